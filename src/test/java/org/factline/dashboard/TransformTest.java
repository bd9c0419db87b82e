package org.factline.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factline.chart.ChartPoint;
import org.factline.measure.Period;
import org.junit.jupiter.api.Test;

class TransformTest {

    static final List<Transform.Value> QUARTERS = List.of(
            new Transform.Value(Period.parse("2019-Q4"), 100), new Transform.Value(Period.parse("2020-Q1"), 110),
            new Transform.Value(Period.parse("2020-Q2"), 99), new Transform.Value(Period.parse("2020-Q4"), 120));

    private static List<String> apply(Transform t) {
        return t.apply(QUARTERS).stream().map(ChartPoint::toString).map(s -> s.replaceAll("ChartPoint\\[date=|]", ""))
                .toList();
    }

    @Test
    void levelKeepsTheValues() {
        assertThat(Transform.LEVEL.apply(QUARTERS)).extracting(ChartPoint::value).containsExactly(100.0, 110.0, 99.0, 120.0);
    }

    @Test
    void changeAndPercentChangeNeedThePreviousPeriod() {
        // 2020-Q3 is missing, so 2020-Q4 has no change.
        assertThat(Transform.CHANGE.apply(QUARTERS)).extracting(ChartPoint::value).containsExactly(10.0, -11.0);
        assertThat(Transform.PCT.apply(QUARTERS)).extracting(ChartPoint::value).containsExactly(10.0, -10.0);
    }

    @Test
    void yearOnYearComparesTheSamePeriodAYearEarlier() {
        assertThat(Transform.YOY.apply(QUARTERS)).extracting(ChartPoint::value).containsExactly(20.0);
        assertThat(apply(Transform.YOY)).singleElement().asString().startsWith("2020-10-01");
    }

    @Test
    void unitsFollowTheTransform() {
        assertThat(Transform.CHANGE.unit("percent")).isEqualTo("percentage_point");
        assertThat(Transform.CHANGE.unit("USD")).isEqualTo("USD");
        assertThat(Transform.PCT.unit("USD")).isEqualTo("percent");
    }

    @Test
    void parametersAreNamedAndCheckedNames() {
        assertThat(Transform.fromParam("YoY")).isEqualTo(Transform.YOY);
        assertThat(Transform.fromParam(null)).isEqualTo(Transform.LEVEL);
        assertThatThrownBy(() -> Transform.fromParam("log")).hasMessageContaining("Unknown transform 'log'");
    }
}
