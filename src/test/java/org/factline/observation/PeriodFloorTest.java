package org.factline.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factline.measure.Frequency;
import org.junit.jupiter.api.Test;

class PeriodFloorTest {

    private static final LocalDate END_2023 = LocalDate.of(2023, 1, 1);

    @Test
    void annualSeriesReachBackOneYearPerRow() {
        List<PeriodFloor.Span> spans = List.of(new PeriodFloor.Span(64, END_2023, Frequency.ANNUAL),
                new PeriodFloor.Span(64, END_2023, Frequency.ANNUAL));
        // two rows a year: 20 rows are the ten years 2014..2023
        assertThat(PeriodFloor.of(spans, 20)).contains(LocalDate.of(2014, 1, 1));
        assertThat(PeriodFloor.rowsFrom(spans, LocalDate.of(2014, 1, 1))).isEqualTo(20);
        assertThat(PeriodFloor.rowsFrom(spans, LocalDate.of(2014, 1, 2))).isEqualTo(18);
    }

    @Test
    void aSeriesCountsNoMoreRowsThanItHasAndNoneAfterItsLatest() {
        List<PeriodFloor.Span> spans = List.of(new PeriodFloor.Span(3, END_2023, Frequency.ANNUAL),
                new PeriodFloor.Span(100, LocalDate.of(2023, 3, 1), Frequency.MONTHLY));
        assertThat(PeriodFloor.rowsFrom(spans, LocalDate.of(2000, 1, 1))).isEqualTo(103);
        assertThat(PeriodFloor.rowsFrom(spans, LocalDate.of(2023, 2, 1))).isEqualTo(2);
        // from 2022-05 the monthly series gives 11 rows (May 2022 to March 2023), the annual one 2023
        assertThat(PeriodFloor.of(spans, 12)).contains(LocalDate.of(2022, 5, 1));
    }

    @Test
    void noFloorWhenTheSpansHoldFewerRowsThanAsked() {
        assertThat(PeriodFloor.of(List.of(new PeriodFloor.Span(5, END_2023, Frequency.DAILY)), 6)).isEmpty();
        assertThat(PeriodFloor.of(List.of(), 1)).isEmpty();
    }

    @Test
    void theCeilingIsTheFloorsMirrorFromEachSeriesFirstPeriod() {
        // 1960..2023 and 2004..2023: 20 rows from the oldest are the 20 years 1960..1979 of the first
        List<PeriodFloor.Span> spans = List.of(new PeriodFloor.Span(64, END_2023, Frequency.ANNUAL),
                new PeriodFloor.Span(20, END_2023, Frequency.ANNUAL));
        assertThat(PeriodFloor.ceiling(spans, 20)).contains(LocalDate.of(1979, 1, 1));
        assertThat(PeriodFloor.rowsUpTo(spans, LocalDate.of(1979, 1, 1))).isEqualTo(20);
        assertThat(PeriodFloor.rowsUpTo(spans, LocalDate.of(1978, 12, 31))).isEqualTo(19);
        // from 2004 both count: up to 2005 holds 46 + 2 rows
        assertThat(PeriodFloor.rowsUpTo(spans, LocalDate.of(2005, 1, 1))).isEqualTo(48);
        assertThat(PeriodFloor.ceiling(spans, 48)).contains(LocalDate.of(2005, 1, 1));
        assertThat(PeriodFloor.ceiling(spans, 85)).isEmpty();
    }
}
