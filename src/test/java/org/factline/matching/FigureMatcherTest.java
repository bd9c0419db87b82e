package org.factline.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factline.extraction.FigureExtractor;
import org.factline.geography.Geography;
import org.factline.geography.GeographyKind;
import org.factline.indicator.Indicator;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import org.factline.observation.Observation;
import org.factline.observation.ObservationStatus;
import org.factline.observation.OfficialValues;
import org.junit.jupiter.api.Test;

/**
 * The matcher on a small catalog shaped like the WDI's (names, topics, definitions and units as the World Bank
 * writes them) and official values set per test.
 */
class FigureMatcherTest {

    static final List<Indicator> CATALOG = List.of(
            wdi("NY.GDP.MKTP.KD.ZG", "GDP growth (annual %)", "percent", "Economic Policy & Debt: National accounts: Growth rates",
                    "Annual percentage growth rate of GDP at market prices based on constant local currency."),
            wdi("FP.CPI.TOTL.ZG", "Inflation, consumer prices (annual %)", "percent", "Financial Sector: Exchange rates & prices",
                    "Inflation as measured by the consumer price index reflects the annual percentage change in the cost to the average consumer of acquiring a basket of goods and services."),
            wdi("SL.UEM.TOTL.ZS", "Unemployment, total (% of total labor force) (modeled ILO estimate)", "percent",
                    "Social Protection & Labor: Unemployment", "Unemployment refers to the share of the labor force that is without work but available for and seeking employment."),
            wdi("BX.TRF.PWKR.DT.GD.ZS", "Personal remittances, received (% of GDP)", "percent",
                    "Economic Policy & Debt: Balance of payments: Current account: Transfers",
                    "Personal remittances comprise personal transfers and compensation of employees."),
            wdi("BX.TRF.PWKR.CD.DT", "Personal remittances, received (current US$)", "USD",
                    "Economic Policy & Debt: Balance of payments: Current account: Transfers",
                    "Personal remittances comprise personal transfers and compensation of employees."),
            wdi("NY.GDP.MKTP.CD", "GDP (current US$)", "USD", "Economic Policy & Debt: National accounts: US$ at current prices: Aggregate indicators",
                    "GDP at purchaser's prices is the sum of gross value added by all resident producers in the economy."),
            wdi("SP.POP.TOTL", "Population, total", "", "Health: Population: Structure",
                    "Total population is based on the de facto definition of population, which counts all residents."),
            wdi("PA.NUS.FCRF", "Official exchange rate (LCU per US$, period average)", "LCU per USD",
                    "Financial Sector: Exchange rates & prices", "Official exchange rate refers to the exchange rate determined by national authorities."),
            wdi("NY.GDP.MKTP.CN", "GDP (current LCU)", "LCU", "Economic Policy & Debt: National accounts: Local currency at current prices: Aggregate indicators",
                    "GDP at purchaser's prices is the sum of gross value added by all resident producers in the economy. Data are in current local currency."));

    static final List<Geography> PLACES = List.of(
            new Geography("KGZ", "Kyrgyz Republic", GeographyKind.COUNTRY, "Europe & Central Asia", "Lower middle income"),
            new Geography("RUS", "Russian Federation", GeographyKind.COUNTRY, "Europe & Central Asia", "Upper middle income"),
            new Geography("KAZ", "Kazakhstan", GeographyKind.COUNTRY, "Europe & Central Asia", "Upper middle income"),
            new Geography("ARE", "United Arab Emirates", GeographyKind.COUNTRY, "Middle East", "High income"),
            new Geography("GBR", "United Kingdom", GeographyKind.COUNTRY, "Europe & Central Asia", "High income"),
            new Geography("ECU", "Ecuador", GeographyKind.COUNTRY, "Latin America & Caribbean", "Upper middle income"),
            new Geography("BRN", "Brunei Darussalam", GeographyKind.COUNTRY, "East Asia & Pacific", "High income"),
            new Geography("SGP", "Singapore", GeographyKind.COUNTRY, "East Asia & Pacific", "High income"),
            new Geography("WLD", "World", GeographyKind.AGGREGATE, null, null));

    private static Indicator wdi(String code, String name, String unit, String topic, String definition) {
        return new Indicator(code, name, unit, Frequency.ANNUAL, definition, "World Bank", topic);
    }

    private final Map<OfficialValues.Key, BigDecimal> official = new HashMap<>();

    private void official(String indicator, String geo, int year, String value) {
        String unit = CATALOG.stream().filter(i -> i.code().equals(indicator)).findFirst().orElseThrow().unit();
        official.put(new OfficialValues.Key(indicator, geo, Period.year(year), unit), new BigDecimal(value));
    }

    private List<FigureMatcher.Match> match(String title, String text, Map<String, List<String>> learned) {
        return match(CATALOG, title, text, learned);
    }

    private List<FigureMatcher.Match> match(List<Indicator> catalog, String title, String text,
                                            Map<String, List<String>> learned) {
        FigureMatcher m = new FigureMatcher(new CatalogIndex(catalog, learned), new Places(PLACES));
        return m.match(new FigureMatcher.Article(title, text, LocalDate.of(2021, 2, 24)), FigureExtractor.extract(text),
                new FigureMatcher.Officials() {
                    @Override
                    public Map<OfficialValues.Key, BigDecimal> latest(java.util.Collection<OfficialValues.Key> keys) {
                        Map<OfficialValues.Key, BigDecimal> out = new HashMap<>();
                        keys.stream().filter(official::containsKey).forEach(k -> out.put(k, official.get(k)));
                        return out;
                    }

                    @Override
                    public List<Observation> near(String geo, Period period, List<BigDecimal[]> ranges) {
                        return official.entrySet().stream()
                                .filter(e -> e.getKey().geographyCode().equals(geo) && e.getKey().period().equals(period))
                                .filter(e -> ranges.stream().anyMatch(r -> e.getValue().compareTo(r[0]) >= 0
                                        && e.getValue().compareTo(r[1]) <= 0))
                                .map(e -> new Observation(0, e.getKey().indicatorCode(), geo, period, e.getValue(),
                                        e.getKey().unit(), ObservationStatus.OFFICIAL, 1, LocalDate.of(2024, 1, 1), null))
                                .toList();
                    }
                });
    }

    private static FigureMatcher.Match figure(List<FigureMatcher.Match> matches, String text) {
        return matches.stream().filter(m -> m.figure().text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void aFigureCloseToTheOfficialValueOfTheSeriesItsSentenceNamesIsLinkedWithoutAnEditor() {
        official("NY.GDP.MKTP.KD.ZG", "KGZ", 2020, "-8.4");
        official("FP.CPI.TOTL.ZG", "KGZ", 2020, "6.3");

        String text = "Kyrgyzstan's activity shrank by 8.6% in 2020, its largest drop in decades.";
        // The seed's editor linked "economy shrank by 8.6%" to GDP growth: "shrank" is a word the catalog lacks.
        FigureMatcher.Match m = figure(match("Reset with Russia", text, SEED_PHRASES), "8.6%");
        FigureMatcher.Match unlearned = figure(match("Reset with Russia", text, Map.of()), "8.6%");

        FigureMatcher.Option top = m.top();
        assertThat(top.indicator().code()).isEqualTo("NY.GDP.MKTP.KD.ZG");
        assertThat(top.geography().code()).isEqualTo("KGZ");
        assertThat(top.period()).isEqualTo(Period.year(2020));
        assertThat(top.official()).isEqualByComparingTo("-8.4");
        assertThat(m.autoLinkable()).isTrue();
        assertThat(top.score()).isGreaterThan(m.options().get(1).score());
        // Without a word in common the data alone finds the series, and the figure waits for an editor.
        assertThat(unlearned.top().indicator().code()).isEqualTo("NY.GDP.MKTP.KD.ZG");
        assertThat(unlearned.autoLinkable()).isFalse();
    }

    @Test
    void aFigureWhoseWordsNameNoIndicatorAndWhoseValueIsNoSeriesOffersNothingRatherThanTheFirstOfItsUnit() {
        official("NY.GDP.MKTP.KD.ZG", "KGZ", 2020, "-8.4");

        FigureMatcher.Match harvest = figure(match("Kyrgyz harvest", "Kyrgyzstan's wheat harvest rose 31% in 2020.",
                Map.of()), "31%");
        // The data still suggests a series whose value is near, whatever the words.
        FigureMatcher.Match near = figure(match("Kyrgyz harvest", "Kyrgyzstan's wheat harvest fell 8.4% in 2020.",
                Map.of()), "8.4%");

        assertThat(harvest.options()).isEmpty();
        assertThat(harvest.autoLinkable()).isFalse();
        assertThat(near.top().indicator().code()).isEqualTo("NY.GDP.MKTP.KD.ZG");
        assertThat(near.autoLinkable()).isFalse();
    }

    @Test
    void aSentenceThatPointsBackWithItsOrThereIsAboutThePlaceItsParagraphNamedLast() {
        String pointing = "Kazakhstan grew 5.1% in 2023.\n\nRussia's economy grew 3.6% in 2023. Its consumer prices rose "
                + "7.4% in 2023.";
        String otherParagraph = "Russia's economy grew 3.6% in 2023.\n\nIts consumer prices rose 7.4% in 2023.";

        assertThat(figure(match("Kazakhstan's economy", pointing, Map.of()), "7.4%").top().geography().code())
                .isEqualTo("RUS");
        assertThat(figure(match("Kazakhstan's economy", otherParagraph, Map.of()), "7.4%").top().geography().code())
                .isEqualTo("KAZ");
    }

    @Test
    void aSubjectThatPointsBackOutranksAPlaceNamedAfterTheFigureAndALocativeThereStartsASentence() {
        String subject = "Kazakhstan grew 5.1% in 2023.\n\nRussia's economy grew 3.6% in 2023. The country's "
                + "population of 146 million wants to join the United Kingdom's club.";
        String there = "Kazakhstan grew 5.1% in 2023.\n\nRussia's economy grew 3.6% in 2023. There, consumer "
                + "prices rose 7.4% in 2023.";
        // An existential "There were" points nowhere: the paragraph's first country, not its last, is the subject.
        String existential = "Russia's economy grew 3.6% in 2023, Kazakhstan's 5.1%. There were 7.4% more consumers in "
                + "2023.";

        FigureMatcher.Match people = figure(match("Kazakhstan's economy", subject, Map.of()), "146 million");
        assertThat(people.top().geography().code()).isEqualTo("RUS");
        assertThat(people.options()).noneMatch(o -> o.geography().code().equals("GBR"));
        assertThat(figure(match("Kazakhstan's economy", there, Map.of()), "7.4%").top().geography().code())
                .isEqualTo("RUS");
        assertThat(figure(match("Kazakhstan's economy", existential, Map.of()), "7.4%").top().geography().code())
                .isEqualTo("RUS");
    }

    @Test
    void theCountryIsTheOneTheParagraphsFiguresWentOnAboutAfterThePlaceItNamedLast() {
        // both countries' data is close to both figures: only the words can tell
        official("SL.UEM.TOTL.ZS", "KAZ", 2023, "4.7");
        official("SL.UEM.TOTL.ZS", "RUS", 2023, "4.7");
        String text = "Kazakhstan's economy grew 5.1% in 2023, as firms that left Russia moved in. Consumer prices "
                + "rose 9.8% in 2023. Unemployment, long the country's sore point, was 4.7% in 2023.";
        // With no figure after the place named last, the country is that place, as before.
        String named = "Kazakhstan's economy grew 5.1% in 2023. Russia's too. Unemployment, long the country's sore "
                + "point, was 4.7% in 2023.";
        assertThat(figure(match("Central Asia", text, Map.of()), "4.7%").top().geography().code()).isEqualTo("KAZ");
        assertThat(figure(match("Central Asia", named, Map.of()), "4.7%").top().geography().code()).isEqualTo("RUS");
    }

    @Test
    void aSentenceThatNamesNoPlaceGoesOnAboutTheCountryItsParagraphOpenedWith() {
        String text = "Kazakhstan grew 5.1% in 2023.\n\nThe world economy grew 2.7%, and Russia's 3.6%, in 2023. Consumer "
                + "prices rose 7.4% in 2023.";
        String otherParagraph = "Kazakhstan grew 5.1% in 2023.\n\nRussia's economy grew 3.6% in 2023.\n\nConsumer "
                + "prices rose 7.4% in 2023.";
        assertThat(figure(match("Kazakhstan's economy", text, Map.of()), "7.4%").top().geography().code())
                .isEqualTo("RUS");
        assertThat(figure(match("Kazakhstan's economy", otherParagraph, Map.of()), "7.4%").top().geography().code())
                .isEqualTo("KAZ");
    }

    static final Map<String, List<String>> SEED_PHRASES = Map.of("NY.GDP.MKTP.KD.ZG", List.of("economy", "shrank"));

    @Test
    void theSameWordsWithoutCloseDataScoreLowerAndWaitForAnEditor() {
        official("NY.GDP.MKTP.KD.ZG", "KGZ", 2020, "-2.1");

        String text = "Kyrgyzstan's economy shrank by 8.6% in 2020.";
        FigureMatcher.Match far = figure(match("Reset", text, SEED_PHRASES), "8.6%");
        official.clear();
        official("NY.GDP.MKTP.KD.ZG", "KGZ", 2020, "-8.6");
        FigureMatcher.Match near = figure(match("Reset", text, SEED_PHRASES), "8.6%");

        assertThat(far.top().score()).isLessThan(near.top().score());
        assertThat(far.autoLinkable()).isFalse();
        assertThat(near.autoLinkable()).isTrue();
    }

    @Test
    void aPercentageIsNeverMatchedToALevelInDollarsNorALevelToAPercentage() {
        List<FigureMatcher.Match> m = match("Remittances slump",
                "Remittances to Kyrgyzstan fell 25% to $2.4 billion in 2020.", Map.of());

        assertThat(figure(m, "25%").options()).extracting(o -> o.indicator().unit()).containsOnly("percent");
        assertThat(figure(m, "$2.4 billion").options()).extracting(o -> o.indicator().unit()).containsOnly("USD");
        assertThat(figure(m, "$2.4 billion").top().indicator().code()).isEqualTo("BX.TRF.PWKR.CD.DT");
    }

    @Test
    void aMonthsOrAQuartersRateKeepsThePeriodTheTextStatesAndIsNeverLinkedToAnAnnualSeries() {
        official("FP.CPI.TOTL.ZG", "KGZ", 2020, "9.7");

        List<FigureMatcher.Match> m = match("Prices", "In Kyrgyzstan, inflation reached 9.7% in December 2020, "
                + "and output fell 5.1% in the second quarter of 2020.", Map.of());

        FigureMatcher.Match december = figure(m, "9.7%");
        assertThat(december.stated()).isEqualTo(Period.month(2020, 12));
        assertThat(december.top().indicator().code()).isEqualTo("FP.CPI.TOTL.ZG");
        assertThat(december.autoLinkable()).isFalse();
        assertThat(figure(m, "5.1%").stated()).isEqualTo(Period.quarter(2020, 2));
    }

    @Test
    void requestsAndForecastsGetCandidatesButAreNeverLinkedAutomatically() {
        official("NY.GDP.MKTP.KD.ZG", "KGZ", 2021, "3.6");

        List<FigureMatcher.Match> m = match("Outlook", "The IMF expects Kyrgyzstan's economy to grow 3.6% in 2021. "
                + "Bishkek seeks a $100 million loan.", Map.of());

        assertThat(figure(m, "3.6%").status()).isEqualTo(ObservationStatus.FORECAST);
        assertThat(figure(m, "3.6%").top().indicator().code()).isEqualTo("NY.GDP.MKTP.KD.ZG");
        assertThat(figure(m, "3.6%").autoLinkable()).isFalse();
        assertThat(figure(m, "$100 million").status()).isEqualTo(ObservationStatus.REQUESTED);
    }

    @Test
    void lastYearIsTheYearBeforePublicationAndTheArticlesMainCountryStandsInWhenTheSentenceNamesNone() {
        official("SL.UEM.TOTL.ZS", "KAZ", 2020, "4.9");

        List<FigureMatcher.Match> m = match("Kazakhstan's labour market", "Kazakhstan reopened its borders. "
                + "Unemployment stood at 4.9% last year, the statistics office said.", Map.of());

        FigureMatcher.Option top = figure(m, "4.9%").top();
        assertThat(top.indicator().code()).isEqualTo("SL.UEM.TOTL.ZS");
        assertThat(top.geography().code()).isEqualTo("KAZ");
        assertThat(top.period()).isEqualTo(Period.year(2020));
    }

    @Test
    void aPhraseAnEditorLinkedOnceLeadsToItsIndicator() {
        official("SL.UEM.TOTL.ZS", "GBR", 2020, "4.5");
        official("NY.GDP.MKTP.KD.ZG", "GBR", 2020, "-9.3");
        // "Jobless" is among the words news uses for the catalog's ("unemployment"); "dole queue" is not.
        String text = "Britain's dole queue was 4.5% in 2020 in the United Kingdom.";

        FigureMatcher.Match before = figure(match("Jobs", text, Map.of()), "4.5%");
        FigureMatcher.Match after = figure(match("Jobs", text,
                Map.of("SL.UEM.TOTL.ZS", List.of("dole", "queue"))), "4.5%");

        // The data finds the series either way; the editor's phrase gives the words to link it without one.
        assertThat(before.top().indicator().code()).isEqualTo("SL.UEM.TOTL.ZS");
        assertThat(before.autoLinkable()).isFalse();
        assertThat(after.top().indicator().code()).isEqualTo("SL.UEM.TOTL.ZS");
        assertThat(after.top().geography().code()).isEqualTo("GBR");
        assertThat(after.top().score()).isGreaterThan(before.top().score());
        assertThat(after.autoLinkable()).isTrue();
    }

    @Test
    void aShortNameSharedByTwoCountriesNamesNeither() {
        Places places = new Places(PLACES);

        assertThat(places.in("The United delegation arrived.").mostMentioned()).isNull();
        String met = "Kyrgyzstan's and Russian officials met in the United Kingdom.";
        assertThat(places.in(met).nearest(met, 0, 0, 0).code()).isEqualTo("KGZ");
        assertThat(places.in("Russian officials").mostMentioned().code()).isEqualTo("RUS");
    }

    @Test
    void shortNamesCountAsProperNounsAndTheNamesNewsUseFindTheirPlace() {
        List<Geography> more = new java.util.ArrayList<>(PLACES);
        more.add(new Geography("CAF", "Central African Republic", GeographyKind.COUNTRY, "Sub-Saharan Africa", "Low income"));
        more.add(new Geography("USA", "United States", GeographyKind.COUNTRY, "North America", "High income"));
        more.add(new Geography("TUR", "Türkiye", GeographyKind.COUNTRY, "Europe & Central Asia", "Upper middle income"));
        Places places = new Places(more, Map.of("USA", List.of("US"), "TUR", List.of("Turkey")));

        assertThat(places.in("Kenya's central bank said so.").mostMentioned()).isNull();
        assertThat(places.in("Give us the data.").mostMentioned()).isNull();
        assertThat(places.in("US health spending grew.").mostMentioned().code()).isEqualTo("USA");
        assertThat(places.in("Turkey's inflation eased.").mostMentioned().code()).isEqualTo("TUR");
        assertThat(places.in("In the kyrgyz steppe").mostMentioned()).as("lower case").isNull();
    }

    @Test
    void aChangeInAQuarterTheSentenceDoesNotNameIsNeverLinkedToTheYear() {
        official("NY.GDP.MKTP.KD.ZG", "KGZ", 2020, "-0.3");

        FigureMatcher.Match m = figure(match("Kyrgyz output", "Kyrgyzstan's economy shrank 0.3% in the quarter.",
                SEED_PHRASES), "0.3%");

        assertThat(m.top().indicator().code()).isEqualTo("NY.GDP.MKTP.KD.ZG");
        assertThat(m.autoLinkable()).isFalse();
    }

    @Test
    void closenessIsOneWithinTheStatedPrecisionAndFallsToZeroBeforeTwentyPercentApart() {
        assertThat(FigureMatcher.closeness(new BigDecimal("8.6"), new BigDecimal("8.62"), "percent")).isEqualTo(1.0);
        assertThat(FigureMatcher.closeness(new BigDecimal("100000000"), new BigDecimal("98700000"), "USD")).isEqualTo(1.0);
        assertThat(FigureMatcher.closeness(new BigDecimal("12.5"), new BigDecimal("13.75"), "percent")).isBetween(0.4, 0.5);
        // A value that does not round to the figure is a step behind one that does, however near.
        assertThat(FigureMatcher.closeness(new BigDecimal("8.7"), new BigDecimal("8.64"), "percent")).isBetween(0.85, 0.9);
        assertThat(FigureMatcher.closeness(new BigDecimal("10.5"), new BigDecimal("14"), "percent")).isZero();
        assertThat(FigureMatcher.closeness(new BigDecimal("-8.6"), new BigDecimal("8.6"), "percent")).isZero();
        assertThat(FigureMatcher.closeness(new BigDecimal("10"), new BigDecimal("13"), "percent"))
                .as("10% states its whole digits").isLessThan(0.1);
    }

    @Test
    void anExchangeRateNamesItsCountryByItsCurrency() {
        official("PA.NUS.FCRF", "KGZ", 2020, "77.35");
        official("PA.NUS.FCRF", "KAZ", 2020, "412.95");
        // An article about Kazakhstan that gives the som's rate too, naming no other country: the som is Kyrgyzstan's.
        String text = "Kazakhstan's tenge averaged 412.95 per dollar in 2020, while the som averaged 77.35.";
        FigureMatcher.Match som = figure(match("Kazakhstan's currency", text, Map.of()), "77.35");
        assertThat(som.figure().unit()).isEqualTo("KGS");
        assertThat(som.top().geography().code()).isEqualTo("KGZ");
        assertThat(som.top().indicator().code()).isEqualTo("PA.NUS.FCRF");
        assertThat(figure(match("Kazakhstan's currency", text, Map.of()), "412.95").top().geography().code())
                .isEqualTo("KAZ");
        // A currency at par with another country's: the rate is the currency's own country's, however near the other
        // is named and whatever its own rate.
        official("PA.NUS.FCRF", "BRN", 2023, "1.343");
        official("PA.NUS.FCRF", "SGP", 2023, "1.343");
        FigureMatcher.Match brunei = figure(match("Small economies", "Brunei grew in 2023. The Brunei dollar, at par "
                + "with Singapore's, averaged 1.34 per US dollar in 2023.", Map.of()), "1.34");
        assertThat(brunei.figure().unit()).isEqualTo("BND");
        assertThat(brunei.top().geography().code()).isEqualTo("BRN");
    }

    @Test
    void anAmountInACountrysOwnCurrencyIsCheckedAgainstItsSeriesInLocalCurrencyUnitsAndNoOtherCountrys() {
        official("NY.GDP.MKTP.CN", "KGZ", 2020, "641442000000");
        official("NY.GDP.MKTP.CN", "KAZ", 2020, "70649000000000");
        String text = "Kyrgyzstan's GDP, a hundredth of Kazakhstan's, reached 641.4 billion soms in 2020.";

        FigureMatcher.Match soms = figure(match("Kyrgyz output", text, Map.of()), "641.4 billion soms");
        assertThat(soms.top().indicator().code()).isEqualTo("NY.GDP.MKTP.CN");
        assertThat(soms.top().geography().code()).isEqualTo("KGZ");
        assertThat(soms.top().official()).isEqualByComparingTo("641442000000");
        assertThat(soms.top().verdict()).isEqualTo(org.factline.claim.Verdict.MATCHES);
        // Kazakhstan's GDP is in tenge: soms are never a value of it.
        assertThat(soms.options()).noneMatch(o -> o.indicator().code().equals("NY.GDP.MKTP.CN")
                && !o.geography().code().equals("KGZ"));
        // An article about Kazakhstan that gives its neighbour's GDP without naming it: soms name Kyrgyzstan.
        FigureMatcher.Match neighbour = figure(match("Kazakh output", "Kazakhstan's GDP reached 70.6 trillion tenge "
                + "in 2020. The neighbour's, at 641.4 billion soms, was a hundredth of it.", Map.of()),
                "641.4 billion soms");
        assertThat(neighbour.top().geography().code()).isEqualTo("KGZ");
        assertThat(neighbour.top().indicator().code()).isEqualTo("NY.GDP.MKTP.CN");
        // Dollars are no local currency of Kyrgyzstan's, so they are matched to the series in US$ only.
        FigureMatcher.Match dollars = figure(match("Kyrgyz output", "Kyrgyzstan's GDP reached $7.7 billion in 2020.",
                Map.of()), "$7.7 billion");
        assertThat(dollars.options()).isNotEmpty().noneMatch(o -> o.indicator().code().equals("NY.GDP.MKTP.CN"));
        // nor do series in other economies' currencies change how a dollar amount is scored
        official("NY.GDP.MKTP.CD", "KGZ", 2020, "7736000000");
        String text2 = "Kyrgyzstan's GDP, converted from its local currency, reached $7.7 billion in 2020.";
        List<Indicator> withoutLocal = CATALOG.stream().map(i -> !i.unit().equals("LCU") ? i
                : new Indicator(i.code(), i.name(), "percent", i.frequency(), i.description(), i.sourceOrganization(),
                        i.topic())).toList(); // the same words, in a unit no amount fits
        assertThat(figure(match("Kyrgyz output", text2, Map.of()), "$7.7 billion").top().score())
                .isEqualTo(figure(match(withoutLocal, "Kyrgyz output", text2, Map.of()), "$7.7 billion").top().score());
    }

    @Test
    void anEconomyPayingInDollarsHasTheSameValuesInUsDollarsAndInLocalCurrencyUnitsAndEitherIsLinked() {
        official("NY.GDP.MKTP.CD", "ECU", 2021, "106165866000");
        official("NY.GDP.MKTP.CN", "ECU", 2021, "106165866000");
        FigureMatcher.Match gdp = figure(match("Ecuador's output", "Ecuador's GDP reached $106.2 billion in 2021.",
                Map.of()), "$106.2 billion");
        assertThat(gdp.options()).extracting(o -> o.indicator().code()).contains("NY.GDP.MKTP.CD", "NY.GDP.MKTP.CN");
        assertThat(gdp.top().geography().code()).isEqualTo("ECU");
        assertThat(gdp.top().indicator().code()).as("a dollar amount, the series in US$ first").isEqualTo("NY.GDP.MKTP.CD");
        // the twin is the same number, no rival reading: the figure is linked without an editor
        assertThat(gdp.autoLinkable()).isTrue();
    }

    @Test
    void aDatelineNamesTheArticlesEconomyWhenItsTextNamesNone() {
        official("NY.GDP.MKTP.KD.ZG", "KAZ", 2020, "-2.5");
        String text = "ASTANA, 3 March 2021 — The economy shrank by 2.6% in 2020, the statistics office said.";

        FigureMatcher.Match filed = figure(match("Output falls", text, SEED_PHRASES), "2.6%");
        assertThat(filed.top().geography().code()).isEqualTo("KAZ");
        assertThat(filed.top().indicator().code()).isEqualTo("NY.GDP.MKTP.KD.ZG");

        // Without the dateline the same sentence names no economy at all.
        FigureMatcher.Match unfiled = figure(match("Output falls", text.substring(text.indexOf("The economy")),
                SEED_PHRASES), "2.6%");
        assertThat(unfiled.options()).noneMatch(o -> o.geography().code().equals("KAZ"));
    }

    @Test
    void datelinesAreReadInCapitalsAtTheStartOfTheFirstParagraphsOnly() {
        Datelines d = Datelines.shipped();
        assertThat(d.economyOf("NAIROBI (Reuters) - Kenya's shilling fell.")).contains("KEN");
        assertThat(d.economyOf("Headline\n\nMEXICO CITY, Nov 21 — Output rose.")).contains("MEX");
        assertThat(d.economyOf("WASHINGTON (March 10, 2023) - The IMF said.")).contains("USA");
        assertThat(d.economyOf("BOGOTÁ — Output rose.")).contains("COL"); // the list writes BOGOTA
        assertThat(d.economyOf("SÃO PAULO, Nov 21 — Output rose.")).contains("BRA");
        // A city that is not at the start of a paragraph, or not in capitals, is no dateline.
        assertThat(d.economyOf("The talks in MOSCOW — which ended late — failed.")).isEmpty();
        assertThat(d.economyOf("Moscow, 24 February — talks failed.")).isEmpty();
        assertThat(d.economyOf("GDP — the broadest measure — rose.")).isEmpty();
    }

    @Test
    void wordsNewsUsesForTheCatalogsMeetThem() {
        official("SL.UEM.TOTL.ZS", "GBR", 2020, "4.5");
        FigureMatcher.Match jobless = figure(match("Jobs", "The United Kingdom's jobless rate was 4.5% in 2020.",
                Map.of()), "4.5%");
        assertThat(jobless.top().indicator().code()).isEqualTo("SL.UEM.TOTL.ZS");
        assertThat(jobless.autoLinkable()).isTrue();
        assertThat(Words.stem("spending")).isEqualTo("expenditure");
        assertThat(Words.stem("economy")).isEqualTo("gdp");
    }

    @Test
    void theArticlesEconomyStaysACandidateWhenAnotherIsNamedNearer() {
        String text = "Kyrgyzstan's economy shrank in 2020. Remittances from migrant workers in Russia recovered to "
                + "$2.4 billion in 2020.";
        FigureMatcher.Match m = figure(match("Kyrgyz remittances", text, Map.of()), "$2.4 billion");
        assertThat(m.top().geography().code()).isEqualTo("RUS"); // named in the sentence itself
        // The article's own economy keeps evidence of its own (before, none once another was named nearer): its
        // series scores more than a third of the top one, so among 1,500 indicators it still makes the top five.
        FigureMatcher.Option kgz = m.options().stream().filter(o -> o.geography().code().equals("KGZ")
                && o.indicator().code().equals("BX.TRF.PWKR.CD.DT")).findFirst().orElseThrow();
        assertThat(kgz.score()).isGreaterThan(m.top().score() / 3);
    }

    @Test
    void aClauseWithItsOwnSubjectAfterAnEarlierFigureLeavesThatFiguresSubjectBehind() {
        official("FP.CPI.TOTL.ZG", "KGZ", 2020, "2.58");
        official("SL.UEM.TOTL.ZS", "KGZ", 2020, "3.024");

        List<FigureMatcher.Match> m = match("Prices", "In Kyrgyzstan, inflation was only 2.6% in 2020, thanks to fuel "
                + "subsidies, and unemployment 3%.", Map.of());

        assertThat(figure(m, "2.6%").top().indicator().code()).isEqualTo("FP.CPI.TOTL.ZG");
        assertThat(figure(m, "3%").top().indicator().code()).isEqualTo("SL.UEM.TOTL.ZS");
    }

    @Test
    void theNextOfAListOfWhatEachFigureIsOfLeavesTheFirstsNounBehind() {
        // both series' data round to both figures: only the words can tell
        official("FP.CPI.TOTL.ZG", "KGZ", 2020, "3.47");
        official("SL.UEM.TOTL.ZS", "KGZ", 2020, "3.51");

        List<FigureMatcher.Match> m = match("Prices", "Kyrgyzstan grew 2.4% in 2020, with inflation of 3.5% and "
                + "unemployment of 3.5%.", Map.of());

        assertThat(m.get(1).top().indicator().code()).isEqualTo("FP.CPI.TOTL.ZG");
        assertThat(m.get(2).top().indicator().code()).isEqualTo("SL.UEM.TOTL.ZS");
    }

    @Test
    void aStatedZeroFindsTheSeriesItRoundsFromInTheData() {
        official("NY.GDP.MKTP.KD.ZG", "KGZ", 2020, "-0.00486");
        official("FP.CPI.TOTL.ZG", "KGZ", 2020, "6.3");

        FigureMatcher.Match m = figure(match("Stagnation", "Kyrgyzstan did not expand at all in 2020, by the World "
                + "Bank's count (0%).", Map.of()), "0%");

        assertThat(m.top().indicator().code()).isEqualTo("NY.GDP.MKTP.KD.ZG");
        assertThat(m.top().official()).isEqualByComparingTo("-0.00486");
    }

    @Test
    void itsRightBeforeAFigureIsTheSentencesSubjectsNotTheNearestPlaces() {
        official("SP.POP.TOTL", "KGZ", 2020, "6700000");
        official("SP.POP.TOTL", "KAZ", 2020, "18800000");

        FigureMatcher.Match m = figure(match("Kyrgyzstan's neighbour", "Kazakhstan's economy was worth $171 billion in "
                + "2020, over twenty times Kyrgyzstan's $7.7 billion, and its 18.8 million people earn more.", Map.of()),
                "18.8 million people");

        assertThat(m.top().geography().code()).isEqualTo("KAZ");
    }
}
