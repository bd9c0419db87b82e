package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factline.measure.Period;
import org.junit.jupiter.api.Test;

/** Comparisons checked against Kyrgyzstan's GDP growth as the World Bank published it on 2024-06-28. */
class RelativeClaimTest {

    static final Map<Period, BigDecimal> KGZ_GROWTH = new TreeMap<>();

    static {
        String[] values = {"5.70279663311726", "-7.94392523779793", "-13.8378377984379", "-15.4593282242512",
                "-20.0851588393243", "-5.4238219222602", "7.08450239536558", "9.91525389550945", "2.12183528473682",
                "3.655789399748", "5.44333663288322", "5.32162141190466", "-0.0173246130360667", "7.03029319731168",
                "7.02681242497607", "-0.175515404044219", "3.10289874199981", "8.54287477507607", "8.40161604861429",
                "2.88629457537731", "-0.471566596791618", "5.95627429693504", "-0.0881501998439376",
                "10.9154694528045", "4.02403863083252", "3.87582544512439", "4.33585592190116", "4.73993722377884",
                "3.75791013557165", "4.60062565707598", "-7.14897757727955", "5.50700762671923", "8.96750520041391",
                "6.15139183716032"};
        for (int i = 0; i < values.length; i++) {
            KGZ_GROWTH.put(Period.year(1990 + i), new BigDecimal(values[i]));
        }
    }

    private static List<RelativeClaim> check(String sentence, int year) {
        return RelativeClaim.check(sentence, Period.year(year), KGZ_GROWTH, true, "percent");
    }

    @Test
    void theSeedArticlesLargestDropFor26YearsHolds() {
        List<RelativeClaim> found = check("The economy shrank by 8.6% in 2020, the largest drop for 26 years.", 2020);

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.phrase()).isEqualTo("largest drop for 26 years");
            assertThat(r.holds()).isTrue();
            assertThat(r.explanation()).isEqualTo(
                    "2020's -7.149% is the lowest since 1994 (-20.085%): 26 years, claimed for 26 years — holds");
        });
    }

    @Test
    void aLongerSpanThanTheSeriesBearsOutDoesNotHold() {
        RelativeClaim r = check("the steepest contraction in thirty years", 2020).get(0);

        assertThat(r.holds()).isFalse();
        assertThat(r.explanation()).endsWith("26 years, claimed for 30 years — does not hold");
    }

    @Test
    void sinceAYearRecordsAndRatiosAreCheckedToo() {
        assertThat(check("growth of 10.9%, the highest since 1997", 2013).get(0).holds()).isTrue();
        assertThat(check("growth of 10.9%, the highest since 2010", 2013).get(0).explanation())
                .isEqualTo("2013's 10.915% is the highest on record (23 earlier periods), claimed since 2010 — holds");
        assertThat(check("growth of 4.6%, the highest since 2013", 2019).get(0).holds()).isFalse();
        assertThat(check("growth hit a record high", 2013).get(0).holds()).isTrue();
        assertThat(check("growth hit a record high", 2022).get(0).explanation())
                .isEqualTo("2022's 8.968% is not a record: 2013 was 10.915% — does not hold");
        assertThat(check("the economy fell 20%, a record low", 1994).get(0).holds()).isTrue();
        assertThat(check("growth doubled", 2007).get(0).holds()).isFalse();
        assertThat(check("growth halved", 2009).get(0).explanation()).startsWith("2009's 2.886% is 0.344 times 2008's");
    }

    @Test
    void aSentenceWithoutAComparisonOrAPeriodWithoutAValueGivesNone() {
        assertThat(check("The economy shrank by 8.6% in 2020.", 2020)).isEmpty();
        assertThat(check("the largest drop for 26 years", 2030)).isEmpty();
        assertThat(RelativeClaim.mayCompare("The economy shrank by 8.6% in 2020.")).isFalse();
        assertThat(RelativeClaim.mayCompare("the largest drop for 26 years")).isTrue();
    }

    @Test
    void twiceAsFastAsAnotherEconomyIsCheckedAgainstThatEconomysSeriesAtTheSamePeriod() {
        Map<Period, BigDecimal> russia = Map.of(Period.year(2019), new BigDecimal("2.2"));
        java.util.function.Function<String, java.util.Optional<RelativeClaim.Other>> economies = name ->
                name.equals("Russia") ? java.util.Optional.of(new RelativeClaim.Other("Russian Federation", russia))
                        : java.util.Optional.empty();

        List<RelativeClaim> found = RelativeClaim.check("In 2019 Kyrgyzstan's economy grew twice as fast as Russia's, "
                + "by 4.6%.", Period.year(2019), KGZ_GROWTH, true, "percent", economies);
        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.phrase()).isEqualTo("twice as fast as Russia");
            assertThat(r.holds()).isTrue();
            assertThat(r.explanation()).isEqualTo("2019's 4.601% is 2.09 times Russian Federation's 2.2%, claimed 2 "
                    + "times — holds");
        });
        assertThat(RelativeClaim.check("grew three times as fast as Russia", Period.year(2019), KGZ_GROWTH, true,
                "percent", economies)).singleElement().extracting(RelativeClaim::holds).isEqualTo(false);
        // An economy Factline does not know, or no economy at all, gives no comparison rather than a guess.
        assertThat(RelativeClaim.check("grew twice as fast as Atlantis", Period.year(2019), KGZ_GROWTH, true,
                "percent", economies)).isEmpty();
        assertThat(check("grew twice as fast as expected", 2019)).isEmpty();
    }

    @Test
    void asFastAsAnEarlierPeriodComparesWithinTheSeries() {
        assertThat(check("growth was twice as fast as the year before", 2019)).singleElement().satisfies(r -> {
            assertThat(r.holds()).isFalse();
            assertThat(r.explanation()).isEqualTo("2019's 4.601% is 1.22 times 2018's 3.758%, claimed 2 times — "
                    + "does not hold");
        });
        assertThat(check("it grew half as fast as in 2013", 2019)).singleElement()
                .satisfies(r -> assertThat(r.explanation()).startsWith("2019's 4.601% is 0.421 times 2013's 10.915%"));
        assertThat(check("output rose 1.5 times as fast as in 2018", 2019)).singleElement()
                .extracting(RelativeClaim::holds).isEqualTo(false);
    }

    @Test
    void aThreefoldRiseIsARatioToThePeriodBefore() {
        // 2013's 10.915% against 2012's -0.088%: nowhere near three times.
        assertThat(check("growth rose threefold to 10.9%", 2013)).singleElement().satisfies(r -> {
            assertThat(r.phrase()).isEqualTo("threefold");
            assertThat(r.holds()).isFalse();
        });
        // 2008's 8.402% against 2007's 8.543%: about one-fold, so "a 1-fold change" holds.
        assertThat(check("a 1-fold change", 2008)).singleElement().extracting(RelativeClaim::holds).isEqualTo(true);
        assertThat(check("the economy quadrupled", 2008)).singleElement().extracting(RelativeClaim::holds)
                .isEqualTo(false);
        assertThat(check("the scaffold fell", 2008)).isEmpty();
    }

    @Test
    void yearHighsDecadesAndASinceNamingAnEventAreCheckedAsTheirYears() {
        assertThat(check("growth of 9%, a nine-year high", 2022)).singleElement().satisfies(r -> {
            assertThat(r.phrase()).isEqualTo("nine-year high");
            assertThat(r.explanation()).isEqualTo(
                    "2022's 8.968% is the highest since 2013 (10.915%): 9 years, claimed for 9 years — holds");
        });
        assertThat(check("growth of 9%, a 10-year high", 2022).get(0).holds()).isFalse();
        assertThat(check("a contraction of 7.1%, the slowest growth in a decade", 2020)).singleElement()
                .satisfies(r -> assertThat(r.explanation()).endsWith("26 years, claimed for 10 years — holds"));
        assertThat(check("output shrank 0.1%, the weakest since the 2010 unrest", 2012)).singleElement()
                .satisfies(r -> assertThat(r.explanation()).endsWith("2 years, claimed since 2010 — holds"));
        assertThat(check("the smallest rise in two decades", 2020).get(0).holds()).isTrue();
    }
}
