package org.factline.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainDecimalTest {

    /** Digits, scale and sign as BigDecimal reads them: equals, not compareTo. */
    @Test
    void readsWhatBigDecimalReadsDigitsAndScale() {
        for (String s : new String[] {"0", "-0", "42", "007", "5.", ".5", "-.5", "0.00", "-0.125", "123.4500",
                "999999999999999999", "-999999999999999999", "9999999999999999999", "0.000000000000000000001",
                "-7.14897757727955191", "1234567890123456789012345.678901234567890"}) {
            assertThat(PlainDecimal.parse(s)).as(s).isEqualTo(new BigDecimal(s));
        }
    }

    @Test
    void randomDecimalsOfOneToFortyDigitsReadExactly() {
        Random random = new Random(20261203L);
        for (int n = 0; n < 10_000; n++) {
            StringBuilder s = new StringBuilder(random.nextBoolean() ? "-" : "");
            int digits = 1 + random.nextInt(40);
            int point = random.nextInt(digits + 1);
            for (int i = 0; i < digits; i++) {
                s.append(i == point && i > 0 ? "." : "").append(random.nextInt(10));
            }
            assertThat(PlainDecimal.parse(s)).as(s.toString()).isEqualTo(new BigDecimal(s.toString()));
        }
    }

    @Test
    void readsOnlyTheGivenPart() {
        assertThat(PlainDecimal.parse("17 -3.25,9", 3, 8)).isEqualTo(new BigDecimal("-3.25"));
    }

    @Test
    void anythingButAPlainDecimalIsRefused() {
        for (String s : new String[] {"", "-", ".", "1.2.3", "1e5", "+1", "1,5", "1 000"}) {
            assertThatThrownBy(() -> PlainDecimal.parse(s)).as(s).isInstanceOf(NumberFormatException.class)
                    .hasMessageContaining("not a plain decimal");
        }
    }
}
