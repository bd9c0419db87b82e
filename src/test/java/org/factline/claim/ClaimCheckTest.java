package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimCheckTest {

    private static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    @ParameterizedTest(name = "cited {0}, official now {1}, then {2}: {3}")
    @CsvSource(nullValues = "null", value = {
        "8.6,       8.55,      null,   MATCHES",
        "8.6,       8.6499,    null,   MATCHES",
        "-8.6,      -8.58,     null,   MATCHES",
        "8.6,       8.65,      null,   DIFFERS",
        "8.6,       8.549,     null,   DIFFERS",
        "-8.6,      8.6,       null,   DIFFERS",
        "1.00E+8,   98700000,  null,   MATCHES_ROUNDED",
        "1.00E+8,   100400000, null,   MATCHES",
        "500000,    480000,    null,   MATCHES_ROUNDED",
        "85,        85.32,     null,   MATCHES",
        "-8.6,      -7.149,    null,   DIFFERS",
        "-8.6,      -7.149,    -8.6,   REVISED_SINCE",
        "-8.6,      -7.149,    -8.63,  REVISED_SINCE",
        "-8.6,      -7.149,    -8.0,   DIFFERS",
        "-8.6,      null,      null,   NO_OFFICIAL_DATA",
        "0,         0.0,       null,   MATCHES",
    })
    void verdicts(String cited, String now, String then, Verdict expected) {
        assertThat(ClaimCheck.verdict(d(cited), d(now), d(then))).isEqualTo(expected);
    }

    @Test
    void aPercentageIsNeverMatchedWhenRoundedForItStatesItsWholeDigits() {
        assertThat(ClaimCheck.verdict(d("10"), d("13"), null)).as("no unit").isEqualTo(Verdict.MATCHES_ROUNDED);
        assertThat(ClaimCheck.verdict(d("10"), d("13"), null, "percent")).isEqualTo(Verdict.DIFFERS);
        assertThat(ClaimCheck.verdict(d("10"), d("10.4"), null, "percent")).isEqualTo(Verdict.MATCHES);
        assertThat(ClaimCheck.verdict(d("2"), d("2.4"), null, "percentage_point")).isEqualTo(Verdict.MATCHES);
        assertThat(ClaimCheck.verdict(d("500000"), d("480000"), null, "doses")).isEqualTo(Verdict.MATCHES_ROUNDED);
        assertThat(ClaimCheck.verdict(d("10"), d("7"), d("13"), "percent")).isEqualTo(Verdict.DIFFERS);
    }

    @Test
    void theDifferenceIsCitedMinusOfficial() {
        assertThat(ClaimCheck.difference(d("-8.6"), d("-7.14897757727955"))).isEqualByComparingTo("-1.45102242272045");
        assertThat(ClaimCheck.difference(d("-8.6"), null)).isNull();
    }

    @Test
    void verdictsAreNamedByLabelOrConstant() {
        assertThat(Verdict.named("revised-since")).isEqualTo(Verdict.REVISED_SINCE);
        assertThat(Verdict.named("matches when rounded")).isEqualTo(Verdict.MATCHES_ROUNDED);
        assertThat(Verdict.named("NO_OFFICIAL_DATA")).isEqualTo(Verdict.NO_OFFICIAL_DATA);
    }
}
