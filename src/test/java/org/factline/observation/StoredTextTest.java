package org.factline.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import org.junit.jupiter.api.Test;

/** A series' values as PostgreSQL's aggregate writes them ({@code ObservationRepository.VINTAGES_AS_TEXT}). */
class StoredTextTest {

    private static long day(int year, int month, int day) {
        return LocalDate.of(year, month, day).toEpochDay();
    }

    @Test
    void readsEachValueWithItsPeriodVintageAndScale() {
        String text = day(-50, 1, 1) + " A " + day(2024, 1, 1) + " 2 1.50,"
                + day(2020, 7, 1) + " Q " + day(2024, 6, 1) + " -7 150000000,"
                + day(2020, 7, 14) + " D " + day(2024, 1, 1) + " 0 1234567890123456789012345,"
                + day(2021, 1, 1) + " A " + day(2024, 1, 1) + " 17 -7.14897757727955191";
        assertThat(StoredText.values(text)).containsExactly(
                new Vintages.Value(new Period(LocalDate.of(-50, 1, 1), Frequency.ANNUAL), LocalDate.of(2024, 1, 1),
                        new BigDecimal("1.50")),
                new Vintages.Value(Period.quarter(2020, 3), LocalDate.of(2024, 6, 1), new BigDecimal("1.5E+8")),
                new Vintages.Value(Period.day(LocalDate.of(2020, 7, 14)), LocalDate.of(2024, 1, 1),
                        new BigDecimal("1234567890123456789012345")),
                new Vintages.Value(Period.year(2021), LocalDate.of(2024, 1, 1),
                        new BigDecimal("-7.14897757727955191")));
    }
}
