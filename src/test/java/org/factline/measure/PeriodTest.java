package org.factline.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
        "2020,       2020-01-01, ANNUAL,    2020",
        "-50,        -0050-01-01, ANNUAL,   -50",
        "2020-Q3,    2020-07-01, QUARTERLY, 2020-Q3",
        "2020q1,     2020-01-01, QUARTERLY, 2020-Q1",
        "2020-07,    2020-07-01, MONTHLY,   2020-07",
        "2020-W01,   2019-12-30, WEEKLY,    2020-W01",
        "2020-07-14, 2020-07-14, DAILY,     2020-07-14",
    })
    void parsesEachFrequencyAndWritesItBack(String text, LocalDate start, Frequency frequency, String written) {
        Period p = Period.parse(text);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.frequency()).isEqualTo(frequency);
        assertThat(p).hasToString(written);
    }

    @Test
    void endIsTheFirstDayAfterThePeriod() {
        assertThat(Period.parse("2020").end()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(Period.parse("2020-Q4").end()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(Period.parse("2020-02").end()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(Period.parse("2020-02-29").end()).isEqualTo(LocalDate.of(2020, 3, 1));
    }

    @Test
    void previousStaysInTheSameFrequency() {
        assertThat(Period.parse("2021-Q1").previous()).isEqualTo(Period.parse("2020-Q4"));
        assertThat(Period.parse("2021").previous()).isEqualTo(Period.year(2020));
    }

    @Test
    void containingFindsThePeriodOfADate() {
        assertThat(Period.containing(LocalDate.of(2020, 8, 17), Frequency.QUARTERLY)).hasToString("2020-Q3");
        assertThat(Period.containing(LocalDate.of(2020, 8, 17), Frequency.ANNUAL)).hasToString("2020");
    }

    @Test
    void aStartThatIsNotTheFirstDayIsRefused() {
        assertThatThrownBy(() -> new Period(LocalDate.of(2020, 7, 14), Frequency.MONTHLY))
                .hasMessageContaining("2020-07-14 is not the first day of a monthly period");
    }

    @ParameterizedTest
    @CsvSource({"2020-13", "2020-02-30", "2020-Q5", "twenty", "2020-W54"})
    void nonsenseIsRefusedNamingTheText(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text);
    }

    @Test
    void periodsSortByStart() {
        assertThat(Period.parse("2019")).isLessThan(Period.parse("2020"));
        assertThat(Period.parse("2020-Q2")).isGreaterThan(Period.parse("2020-Q1"));
    }
}
