package org.factline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factline.measure.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FigureExtractorTest {

    private static Candidate only(String text) {
        List<Candidate> found = FigureExtractor.extract(text);
        assertThat(found).as("figures in '%s'", text).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "They asked for a $100 million loan.           | $100 million          | 100000000     | USD | money",
        "Sales reached £2.5bn last year.               | £2.5bn                | 2500000000    | GBP | money",
        "The deficit is KGS 37 billion.                | KGS 37 billion        | 37000000000   | KGS | money",
        "It lent 100 million dollars to the bank.      | 100 million dollars   | 100000000     | USD | money",
        "Debt stood at $1.2trn in March.               | $1.2trn               | 1200000000000 | USD | money",
        "The scheme gets Rs 500 crore from the centre. | Rs 500 crore          | 5000000000    | INR | money",
        "Spending rises to Rs 10 lakh crore.           | Rs 10 lakh crore      | 10000000000000 | INR | money",
        "Brent traded at $93.37 a barrel on Friday.    | $93.37 a barrel       | 93.37         | USD | money",
        "Inflation was 8.6% in May.                    | 8.6%                  | 8.6           | percent | percent",
        "Output grew 5.3 percent on the year.          | 5.3 percent           | 5.3           | percent | percent",
        "Russia gets 85 per cent of the revenue.       | 85 per cent           | 85            | percent | percent",
        "Rates rose 0.25 percentage points in June.    | 0.25 percentage points | 0.25         | percentage_point | percent",
        "The bank raised rates by 25 basis points.     | 25 basis points       | 0.25          | percentage_point | percent",
        "It sent 500,000 doses to Bishkek.             | 500,000 doses         | 500000        | doses | count",
        "They expect 500,000 free doses soon.          | 500,000 free doses    | 500000        | doses | count",
        "The plant will add 30,000 jobs by 2025.       | 30,000 jobs           | 30000         | jobs | count",
        "Saudi Arabia pumps 1.2 million barrels a day. | 1.2 million barrels a day | 1200000   | barrels | count",
        "The census counted 2,187,417 people there.    | 2,187,417 people      | 2187417       | people | count",
        "Farms harvested 3.5 million tonnes of wheat.  | 3.5 million tonnes    | 3500000       | tonnes | quantity",
        "The country added 295 GW of solar capacity.   | 295 GW                | 295           | GW | quantity",
        "The Sensex ended up 158 points on the day.    | 158 points            | 158           | points | index",
        "The manufacturing PMI rose to 52.3 in June.   | 52.3                  | 52.3          | points | index",
    })
    void readsEachKindOfFigure(String sentence, String text, String value, String unit, String kind) {
        assertReads(sentence, text, value, unit, kind);
    }

    /** The sentence states one figure: this text at its place, with this value, unit and kind. */
    private static void assertReads(String sentence, String text, String value, String unit, String kind) {
        Candidate c = only(sentence);
        assertThat(c.text()).isEqualTo(text);
        assertThat(sentence.substring(c.start(), c.end())).isEqualTo(text);
        assertThat(c.value()).isEqualByComparingTo(value);
        assertThat(c.unit()).isEqualTo(unit);
        assertThat(c.kind().label()).isEqualTo(kind);
        assertThat(c.sentence()).isEqualTo(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Kyrgyzstan's economy shrank by 8.6% in 2020. | -8.6",
        "GDP fell 3.1 per cent last year.            | -3.1",
        "It reported an 8.6% GDP drop in 2020.       | -8.6",
        "Exports suffered a drop of 12% in March.    | -12",
        "Output contracted 2% in the quarter.        | -2",
        "The yield fell 25 basis points overnight.   | -0.25",
        "Deposit rates stand at minus 0.1% in Japan. | -0.1",
        "The index stood at -8.6% by May.            | -8.6",
        "OPEC cut output by 2 million barrels a day. | -2000000",
        "Output grew 5% in 2021.                     | 5",
        "Inflation fell to 7.5% in May.              | 7.5",
        "Revenue, forecast at $20 billion plus or minus 2%, was beaten. | 20000000000",
        "It grew after contractions of 0.3% and 0.1%.  | -0.3",
        "Output grew 0.6% after falls of 0.3% and 0.1%. | 0.6",
        "OPEC+ extended cuts of 2.2 million bpd.      | -2200000",
        "Analysts expected a draw of 1.6 million barrels. | -1600000",
        "It cut the rate by a total of 3.25 percentage points. | -3.25",
        "The unit posted losses totalling $14.9 billion.  | -14900000000",
        "It rebounded from a 32.9% collapse in 2020.      | -32.9",
        "It grew after a collapse of 21.4% in 2020.      | -21.4",
        "It followed a record 132.5 billion franc loss in 2022. | -132500000000",
        "The bank booked a $2 billion loss on bonds.     | -2000000000",
        "It sold its $3 billion loss-making unit.        | 3000000000",
    })
    void directionWordsSignChanges(String sentence, String value) {
        Candidate c = FigureExtractor.extract(sentence).get(0);
        assertThat(c.value()).isEqualByComparingTo(value);
    }

    @Test
    void aScaledAmountJoinedToItsNounByAHyphenIsThatMany() {
        assertReads("Analysts expected a 1.6 million-barrel draw.", "1.6 million-barrel", "-1600000", "barrels",
                "count");
        assertReads("It plans a 2 million-tonne expansion.", "2 million-tonne", "2000000", "tonnes", "quantity");
        assertThat(FigureExtractor.extract("A 3-million-strong crowd marched.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Brent was little changed by 1100 GMT.", "Trading opens at 0930 local time.",
        "The index was flat at 1430 ET."})
    void aTimeOfDayWithItsZoneIsNoFigure(String text) {
        assertThat(FigureExtractor.extract(text)).isEmpty();
    }

    @Test
    void centsOfEveryUnitOfACurrencyAreThatCurrencys() {
        assertReads("Interest absorbs 22 cents of every rand of revenue.", "22 cents", "0.22", "ZAR", "money");
        assertReads("Brent rose 34 cents on Monday.", "34 cents", "0.34", "USD", "money");
    }

    @Test
    void aKBeforeANumberIsTheKwachaWhenTheSentenceNamesIt() {
        Candidate kwacha = FigureExtractor.extract("Zambia's kwacha has lost 30% against the dollar over the past "
                + "year and traded at K26.45 on Friday.").get(1);
        assertThat(kwacha.text()).isEqualTo("K26.45");
        assertThat(kwacha.unit()).isEqualTo("ZMW");
        assertThat(kwacha.per()).isEqualTo("USD");
        assertThat(FigureExtractor.extract("Zambia's police bought a K9 unit.")).isEmpty();
    }

    @Test
    void aRateNamedAsOneOrReachedByACurrencyIsItsPriceInDollars() {
        Candidate past = FigureExtractor.extract("The ruble traded at about 92.5 to the dollar, after weakening past "
                + "100 last October.").get(1);
        assertThat(past.text()).isEqualTo("100");
        assertThat(past.unit()).isEqualTo("RUB");
        assertThat(past.per()).isEqualTo("USD");
        Candidate parallel = FigureExtractor.extract("In Egypt the parallel market rate had reached LE70 in January.")
                .get(0);
        assertThat(parallel.kind()).isEqualTo(FigureKind.OTHER);
        assertThat(parallel.unit()).isEqualTo("EGP");
        assertThat(parallel.per()).isEqualTo("USD");
        Candidate tariff = FigureExtractor.extract("Pakistan's official rate of Rs 45 per unit of power will rise.")
                .get(0);
        assertThat(tariff.kind()).as("a price of something else").isEqualTo(FigureKind.MONEY);
    }

    @Test
    void aRateReachedInAClauseOrARecordAfterYearsIsStillTheCurrencysPrice() {
        Candidate parallel = FigureExtractor.extract("Banks quoted the birr at 74.73 per dollar, while the parallel "
                + "market rate, which had reached about 120 birr, eased.").get(1);
        assertThat(parallel.text()).isEqualTo("120 birr");
        assertThat(parallel.kind()).isEqualTo(FigureKind.OTHER);
        assertThat(parallel.per()).isEqualTo("USD");
        Candidate low = FigureExtractor.extract("The krona lost 15% against the euro between 2021 and late 2023, and "
                + "traded at a record low of 12.02 in September.").get(1);
        assertThat(low.unit()).isEqualTo("SEK");
        assertThat(low.per()).isEqualTo("EUR");
    }

    @Test
    void theDollarsPriceInAnotherCurrencyWrittenAfterOrAveragedIsARate() {
        assertThat(FigureExtractor.extract("In Uruguay the dollar closed at 39.21 pesos on Wednesday, against about 45 "
                + "pesos in early 2022.")).extracting(c -> c.text() + " " + c.kind() + " " + c.unit() + "/" + c.per())
                .containsExactly("39.21 pesos OTHER UYU/USD", "45 pesos OTHER UYU/USD");
        assertThat(FigureExtractor.extract("Firms see the dollar averaging ¥144.77 this year.")).extracting(
                c -> c.kind() + " " + c.unit() + "/" + c.per()).containsExactly("OTHER JPY/USD");
        assertThat(FigureExtractor.extract("In Uruguay the dollar bought 39.21 pesos per kilo of beef."))
                .extracting(Candidate::kind).containsExactly(FigureKind.MONEY);
    }

    @Test
    void centsWrittenOnBeforeWhatTheyPayForAreAPrice() {
        assertThat(FigureExtractor.extract("JOHANNESBURG - The rand firmed. Petrol dropped by 54c a litre in June."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit() + "/" + c.per())
                .containsExactly("54c a litre -0.54 ZAR/litre");
        assertThat(FigureExtractor.extract("Petrol rose 5c a litre.")).extracting(c -> c.value().toPlainString()
                + " " + c.unit()).containsExactly("0.05 USD");
        assertThat(FigureExtractor.extract("In Dublin petrol rose 5c a litre, to €1.80.")).extracting(Candidate::unit)
                .containsExactly("EUR", "EUR");
        assertThat(FigureExtractor.extract("It has 4c cells.")).isEmpty();
    }

    private static List<String> read(String text) {
        return FigureExtractor.extract(text).stream().map(c -> c.text() + " " + c.kind() + " "
                + c.value().stripTrailingZeros().toPlainString() + " " + c.unit()).toList();
    }

    @Test
    void aCountContinuedByARecordAnExpectationACombinedRevisionOrAnElidedSubjectKeepsItsNoun() {
        assertThat(read("It sold 5.85 lakh units, and a record 21.35 lakh in the year.")).containsExactly(
                "5.85 lakh units COUNT 585000 units", "21.35 lakh COUNT 2135000 units");
        assertThat(read("Employers added 272,000 jobs in May.\n\nEconomists had forecast about 180,000. Revisions "
                + "lowered March and April by a combined 15,000.")).containsExactly("272,000 jobs COUNT 272000 jobs",
                "180,000 COUNT 180000 jobs", "15,000 COUNT -15000 jobs");
        assertThat(read("Transactions jumped to 7,429 in April, the most in three years, but slowed to about 5,000 in "
                + "May.")).containsExactly("7,429 COUNT 7429 transactions", "5,000 COUNT 5000 transactions");
        assertThat(read("Visitor numbers to Petra dropped to about 2,000 a day from 5,000.")).containsExactly(
                "2,000 a day COUNT 2000 visitors", "5,000 COUNT 5000 visitors");
        assertThat(read("It will buy 90 more Boeing 777X aircraft and 50 Boeing 737 jets.")).containsExactly(
                "90 more Boeing 777X aircraft COUNT 90 aircraft", "50 Boeing 737 jets COUNT 50 jets");
        // a verb with a subject of its own is no elided one
        assertThat(read("The firm sold 7,429 cars in April, and the index rose to 5,000.")).containsExactly(
                "7,429 cars COUNT 7429 cars", "5,000 INDEX 5000 points");
    }

    @Test
    void anIndexLevelAboveAForecastOrAfterAnAsideAndPointsContinuedAreRead() {
        assertThat(read("The PMI rose to 51.7, above the 51.5 forecast in a poll.")).containsExactly(
                "51.7 INDEX 51.7 points", "51.5 INDEX 51.5 points");
        assertThat(read("The official PMI from the statistics bureau, which surveys larger companies, fell "
                + "unexpectedly to 49.5.")).containsExactly("49.5 INDEX 49.5 points");
        assertThat(read("Bonds rose to 59.5 cents on the dollar, and the spread fell to about 1,200 basis points, from "
                + "more than 2,000 in 2023.")).containsExactly("59.5 cents MONEY 0.595 USD",
                "1,200 basis points PERCENT 12 percentage_point", "2,000 PERCENT 20 percentage_point");
        assertThat(read("The bank slowed its easing after cuts of 50 and 75 basis points.")).containsExactly(
                "50 PERCENT -0.5 percentage_point", "75 basis points PERCENT -0.75 percentage_point");
    }

    @Test
    void aCurrencysLowOfSomeYearsAndAReductionByAnAverageAreRead() {
        assertThat(read("The ringgit rose to 4.6950 against the US dollar, extending its recovery from a 26-year low "
                + "of 4.7960.")).containsExactly("4.6950 OTHER 4.695 MYR", "4.7960 OTHER 4.796 MYR");
        assertThat(read("It will reduce its holdings by an average of €7.5 billion a month.")).containsExactly(
                "€7.5 billion a month MONEY -7500000000 EUR");
    }

    @Test
    void aLossRestatedPerShareInUsCentsMultiplesOfForecastEarningsAndWordsOfFold() {
        assertThat(read("TORONTO - Shares fell to $86.15 in Toronto, Canada. Shopify swung to a net loss of US$273 "
                + "million, or 21 cents a share.")).contains("21 cents a share MONEY -0.21 USD");
        assertThat(read("They trade at about 70 times forecast earnings; profit rose more than fifteenfold."))
                .containsExactly("70 times forecast earnings OTHER 70 times", "fifteenfold OTHER 15 times");
    }

    @Test
    void whatAQuantityIsOfBeforeItsRateAndARateBeforeWhatItExcludes() {
        assertThat(read("It will supply 25 million litres of petrol a day.")).containsExactly(
                "25 million litres of petrol a day QUANTITY 25000000 litres");
        assertThat(read("In Lagos, Nigeria, petrol would sell at about N600 a litre before taxes.")).containsExactly(
                "N600 a litre MONEY 600 NGN");
        assertThat(read("Egypt will raise the price of bread to 20 piastres a loaf.")).containsExactly(
                "20 piastres a loaf MONEY 0.2 EGP");
    }

    @Test
    void aShareOfItsWorkersPeopleOfACountryEndingInIsAndACurrencysOwnPriceBesideThePegged() {
        assertThat(read("The union represents 28,000 of its 125,000 domestic workers.")).containsExactly(
                "28,000 COUNT 28000 workers", "125,000 domestic workers COUNT 125000 workers");
        assertThat(read("The number of Nepalis taking labour permits reached 687,000.")).containsExactly(
                "687,000 COUNT 687000 nepalis");
        assertThat(read("Nepal's reserves rose, Nepal's bank said. The rupee, pegged to the Indian rupee, traded at "
                + "Rs 133.5 per dollar.")).containsExactly("Rs 133.5 OTHER 133.5 NPR");
        assertThat(read("The shilling has weakened by 7 percent against the dollar since January, trading at "
                + "TSh2,620.")).containsExactly("7 percent PERCENT -7 percent", "TSh2,620 OTHER 2620 TZS");
    }

    @Test
    void aFiscalYearsEndAContinuedAmountsCurrencyAndRatesBeforeTaxOrPerThousand() {
        assertThat(read("It could lower the deficit for 2024-25 to 4.9 per cent.")).containsExactly(
                "4.9 per cent PERCENT 4.9 percent");
        assertThat(read("In Chile the bill would lift the pension to 250,000 pesos from 214,000.")).containsExactly(
                "250,000 pesos MONEY 250000 CLP", "214,000 MONEY 214000 CLP");
        assertThat(read("A worker will earn about €2,150 a month before tax.")).containsExactly(
                "€2,150 a month MONEY 2150 EUR");
        assertThat(read("In Uganda duty rose by Shs5,000 per 1,000 sticks.")).containsExactly(
                "Shs5,000 per 1,000 sticks MONEY 5000 UGX");
        assertThat(read("Exports dropped to 549.4 million kilogrammes from 567.5 million.")).containsExactly(
                "549.4 million kilogrammes QUANTITY 549400000 kilogrammes",
                "567.5 million QUANTITY 567500000 kilogrammes");
    }

    @Test
    void aRateFromOneLevelToMoreThanAnotherAndAFallComparedWithAnEarlierOne() {
        assertThat(read("The birr fell from 57 to more than 100 per dollar.")).containsExactly("57 OTHER 57 ETB",
                "100 OTHER 100 ETB");
        assertThat(read("The cedi depreciated by 19.3 percent against the US dollar in the first half, compared with "
                + "21.1 percent a year earlier.")).containsExactly("19.3 percent PERCENT -19.3 percent",
                "21.1 percent PERCENT -21.1 percent");
        assertThat(read("The economy shrank 2.1%, compared with 1.5% growth a year earlier.")).containsExactly(
                "2.1% PERCENT -2.1 percent", "1.5% PERCENT 1.5 percent");
    }

    @Test
    void rwandanFrancsMilkSolidsGramsKilolitresAndARandsMonthlyPrice() {
        assertThat(read("KIGALI - GDP was Rwf4.6 trillion, and the franc weakened to about Rwf1,310 per dollar."))
                .containsExactly("Rwf4.6 trillion MONEY 4600000000000 RWF", "Rwf1,310 OTHER 1310 RWF");
        assertThat(read("AUCKLAND - New Zealand's milk price range was NZ$7.50 to NZ$8.10 a kgMS.")).contains(
                "NZ$8.10 a kgMS MONEY 8.1 NZD");
        assertThat(read("CAPE TOWN - It adds about R150 a month; households get 10.5 kilolitres of free water a month, "
                + "and 10 grams of gold cost more.")).containsExactly("R150 a month MONEY 150 ZAR",
                "10.5 kilolitres of free water a month QUANTITY 10.5 kilolitres", "10 grams QUANTITY 10 grams");
    }

    @Test
    void aLevelNamedByItsNumberAnIndexAfterAnAsideWithAbbreviationsAndACountOfThem() {
        assertThat(read("The dollar was at 151.87 yen, not far from the 152 level.")).containsExactly(
                "151.87 yen OTHER 151.87 JPY", "152 OTHER 152 JPY");
        assertThat(read("The dollar index, which measures the U.S. currency against six others, rose 0.1% to 104.21."))
                .containsExactly("0.1% PERCENT 0.1 percent", "104.21 INDEX 104.21 points");
        assertThat(read("The city's budget for 2024/25 totals R76.4 billion. Indigent households, about 240,000 of "
                + "them, get free water.")).containsExactly("R76.4 billion MONEY 76400000000 ZAR",
                "240,000 COUNT 240000 households");
        assertThat(read("Artisanal diggers, an estimated 200,000 of them, produce a tenth of the cobalt."))
                .containsExactly("200,000 COUNT 200000 diggers");
        assertThat(read("Refugees from Sudan, more than 600,000 of them, drove up food prices."))
                .containsExactly("600,000 COUNT 600000 refugees");
        // so many percent fewer than before is a fall
        assertThat(read("Sales fell: 1,740 properties changed hands, 12% fewer than a year before.")).containsExactly(
                "1,740 properties COUNT 1740 properties", "12% PERCENT -12 percent");
    }

    @Test
    void countsWhoseNounIsNotRightAfterTheNumber() {
        // a noun before its verb, past an aside, a figure or in a headline's present tense
        assertThat(read("Car sales dropped to 29,172, while light commercial vehicles, mostly bakkies, slipped 7.1% to "
                + "9,211.")).containsExactly("29,172 COUNT 29172 units", "7.1% PERCENT -7.1 percent",
                "9,211 COUNT 9211 vehicles");
        assertThat(read("Canadian housing starts jump to 278,606 annual pace")).containsExactly(
                "278,606 COUNT 278606 starts");
        assertThat(read("Creditors' voluntary liquidations, in which directors close a business that cannot pay its "
                + "debts, made up 20,577 of the total.")).containsExactly("20,577 COUNT 20577 liquidations");
        // a second subject whose verb is left out
        assertThat(read("Compulsory liquidations rose to 3,281 as HMRC stepped up petitions, and administrations to "
                + "1,099.")).containsExactly("3,281 COUNT 3281 liquidations", "1,099 COUNT 1099 administrations");
        // groups, each with its size; a scaled size after a group stays without a noun, as the corpus reads it
        assertThat(read("Bangladeshis were the largest group, at 13,779, followed by Syrians with 12,473 and "
                + "Tunisians with 7,678.")).containsExactly("13,779 COUNT 13779 bangladeshis",
                "12,473 COUNT 12473 syrians", "7,678 COUNT 7678 tunisians");
        assertThat(read("Visitors rose, with the French with 4.5 million and Germans with 3.9 million."))
                .containsExactly("4.5 million OTHER 4500000 ", "3.9 million OTHER 3900000 ");
        // what the number is, after its verb; more of what was counted, elsewhere or after a verb
        assertThat(read("Of those who arrived, 8,043 were unaccompanied minors.")).containsExactly(
                "8,043 COUNT 8043 minors");
        assertThat(read("Departures from Tunisia fell by 80% to 19,246, while those from Libya dropped to 42,600."))
                .containsExactly("80% PERCENT -80 percent", "19,246 COUNT 19246 departures",
                        "42,600 COUNT 42600 departures");
        assertThat(read("Wilko closed all 400 stores; 71 have since been bought by Poundland.")).containsExactly(
                "400 stores COUNT 400 stores", "71 COUNT 71 stores");
        // one in so many: both numbers count what the rate is of
        assertThat(read("About one in 189 active companies failed, against one in 213 the year before."))
                .containsExactly("189 active companies COUNT 189 companies", "213 COUNT 213 companies");
        assertThat(read("Canada needs 3.87 million new homes by 2031, on top of the 1.87 million expected anyway."))
                .containsExactly("3.87 million new homes COUNT 3870000 homes", "1.87 million COUNT 1870000 homes");
        assertThat(read("Dealers sold 1,580 electric and hybrid vehicles.")).containsExactly(
                "1,580 electric and hybrid vehicles COUNT 1580 vehicles");
    }

    @Test
    void theConvertibleMarkACurrencyPeggedAtAPriceAndAPercentAfterAMonth() {
        assertThat(read("The Federation adopts KM 7.4 billion budget. The convertible mark is pegged to the euro at "
                + "1.95583. The wage rose to KM 1,312 in September, 11% more than a year earlier. The road is 120 km "
                + "long, at km 42.")).containsExactly("KM 7.4 billion MONEY 7400000000 BAM",
                "1.95583 OTHER 1.95583 BAM", "KM 1,312 MONEY 1312 BAM", "11% PERCENT 11 percent",
                "120 km QUANTITY 120 km");
        assertThat(read("SKOPJE — The denar is pegged to the euro at about 61.5. The attacks of September 11 changed "
                + "it.")).containsExactly("61.5 OTHER 61.5 MKD");
    }

    @Test
    void aPopulationPastAnAsideItsEarlierCountAndTheGuyanaDollar() {
        assertThat(read("Malta's population, boosted by foreign workers, reached 542,000, up from 417,000 in 2011."))
                .containsExactly("542,000 COUNT 542000 people", "417,000 COUNT 417000 people");
        assertThat(read("It approved G$210 billion; the Guyana dollar has been stable at G$208 to the US dollar."))
                .containsExactly("G$210 billion MONEY 210000000000 GYD", "G$208 OTHER 208 GYD");
    }

    @Test
    void aNounThatIsItsOwnPluralBeforeTheCountedOne() {
        assertThat(read("The 10 spot bitcoin ETFs took in $1 billion; one holds 195,000 bitcoin and 50 aircraft."))
                .containsExactly("10 spot bitcoin ETFs COUNT 10 ETFs", "$1 billion MONEY 1000000000 USD",
                        "195,000 bitcoin COUNT 195000 bitcoin", "50 aircraft COUNT 50 aircraft");
        assertThat(read("The nation of 200 million people spends 60% of its income on food.")).containsExactly(
                "200 million people COUNT 200000000 people", "60% PERCENT 60 percent");
    }

    @Test
    void aPopulationReachedOrNamedByItsPlace() {
        assertThat(read("The population passed 320,000. It has fallen to about 104,600 in Tonga, where the population "
                + "has fallen to about 104,600.")).containsExactly("320,000 COUNT 320000 people",
                "104,600 COUNT 104600 people", "104,600 COUNT 104600 people");
        assertThat(read("The country of 132,500, spread over 33 atolls, uses the Australian dollar.")).containsExactly(
                "132,500 COUNT 132500 people", "33 atolls COUNT 33 atolls");
    }

    @Test
    void numbersThatReadEachOtherAreReadOnceEach() throws Exception {
        // each of these once read its numbers round in a circle until the stack ran out
        List<String> texts = List.of("It has 147 aircraft and raised its order from 5 to 42 more.",
                "It has 147 aircraft; between 5 and 42 more are on order.", "It had 147 stores, 5 of 42 have closed.",
                "It sold 300 cars, 5 in 42 were imported.", "Wilko had 400 stores and 5 to 42 have since been bought.",
                "Dealers sold 1 in 7: adults who bought 12,000 cars and sold 9 to 12 more.");
        List<String> read = new java.util.ArrayList<>();
        Thread t = new Thread(null, () -> texts.forEach(x -> read.add(String.join("; ", read(x)))), "extract",
                512 * 1024);
        t.start();
        t.join();
        assertThat(read).hasSize(texts.size());
        assertThat(read.get(0)).isEqualTo("147 aircraft COUNT 147 aircraft; 5 COUNT 5 aircraft; 42 COUNT 42 aircraft");
        assertThat(read.get(4)).isEqualTo("400 stores COUNT 400 stores; 5 COUNT 5 stores; 42 COUNT 42 stores");
    }

    @Test
    void aListOfLabelsASizeANameInQuotesAndARelativeClausesContinuation() {
        // a figure as a list's label, its noun after the colon; "1 in 7" counts what 7 does
        assertThat(read("3.2 million: households behind on a bill, up from 2.6 million a year earlier.\n\n1 in 7: "
                + "adults who used a food bank.")).containsExactly("3.2 million COUNT 3200000 households",
                "2.6 million COUNT 2600000 households", "1 COUNT 1 adults", "7 COUNT 7 adults");
        // the size of what is sold is no figure; neither is a number inside a name in quotes
        assertThat(read("A 50 sq m flat now costs about 890,000 zlotys.")).containsExactly(
                "890,000 zlotys MONEY 890000 PLN");
        assertThat(read("Volumes fell to 5.2 million bags of 46 kilograms.")).containsExactly(
                "5.2 million bags COUNT 5200000 bags");
        // a record set against a quantity, with a scale word of its own
        assertThat(read("The harvest will fall to 650,000 tonnes, from 750,000 last season and a record 1.05 million."))
                .containsExactly("650,000 tonnes QUANTITY 650000 tonnes", "750,000 QUANTITY 750000 tonnes",
                        "1.05 million QUANTITY 1050000 tonnes");
        assertThat(read("Under the \"Safe 2% Credit\" scheme the state paid the gap to a fixed 2% rate."))
                .containsExactly("2% PERCENT 2 percent");
        assertThat(read("Peru produced 2.76 million tonnes of copper, after Chile, which mined 5.25 million."))
                .containsExactly("2.76 million tonnes QUANTITY 2760000 tonnes", "5.25 million QUANTITY 5250000 tonnes");
    }

    @Test
    void currenciesInTrouble() {
        // a currency of its own name, the bolívar's sign and plural, a "K" price in a text that names the kyat
        assertThat(read("The Reserve Bank introduced ZiG at an exchange rate of 13.56 to the US dollar."))
                .containsExactly("13.56 OTHER 13.56 ZWG");
        assertThat(read("The bolívar weakened only 0.3% in January, trading at Bs 36.17 per dollar. The minimum wage "
                + "is 130 bolívars a month.")).containsExactly("0.3% PERCENT -0.3 percent", "Bs 36.17 OTHER 36.17 VES",
                "130 bolívars a month MONEY 130 VES");
        assertThat(read("Myanmar's kyat fell to 5,500 per dollar. Diesel sells for K2,800 in Yangon. Rice rose to "
                + "K4,500 a pyi.")).containsExactly("5,500 OTHER 5500 MMK", "K2,800 MONEY 2800 MMK",
                "K4,500 a pyi MONEY 4500 MMK");
        // a currency held at a price, as a headline writes it: the pound of a Lebanese text
        assertThat(read("Lebanon's central bank holds pound at 89,500 as reserves grow")).containsExactly(
                "89,500 OTHER 89500 LBP");
        // a quantity continued after "from", with its own scale word
        assertThat(read("Maize output will fall to 868,000 tonnes from 2.3 million.")).containsExactly(
                "868,000 tonnes QUANTITY 868000 tonnes", "2.3 million QUANTITY 2300000 tonnes");
    }

    @Test
    void aFactChecksArithmeticACallsStoresAndACropInBushels() {
        // a change's two ends after "the number of", a drop restated as a percentage (and a fall, after "or about")
        assertThat(read("The number of unemployed people fell from 412,000 to 331,000, a drop of 81,000, or 20%. That "
                + "is a fall of 1.7 percentage points, or about 22%.")).containsExactly(
                "412,000 COUNT 412000 people", "331,000 COUNT 331000 people", "81,000 COUNT -81000 people",
                "20% PERCENT -20 percent", "1.7 percentage points PERCENT -1.7 percentage_point",
                "22% PERCENT -22 percent");
        assertThat(read("We opened 38 stores and closed 11, ending June with 1,204.")).containsExactly(
                "38 stores COUNT 38 stores", "11 COUNT 11 stores", "1,204 COUNT 1204 stores");
        // bushels are a measure, as tonnes are; "a quarter" is a rate, "a quarter of" a share
        assertThat(read("The crop is 15.1 billion bushels, with yields of 183.6 bushels per acre.")).containsExactly(
                "15.1 billion bushels QUANTITY 15100000000 bushels", "183.6 bushels per acre QUANTITY 183.6 bushels");
        assertThat(read("BP cut its buyback to $1.75 billion a quarter, and a couple would lose 3.6% of their income."))
                .containsExactly("$1.75 billion a quarter MONEY 1750000000 USD", "3.6% PERCENT -3.6 percent");
        assertThat(read("It paid $2 billion a quarter of which half went abroad.")).containsExactly(
                "$2 billion MONEY 2000000000 USD");
    }

    @Test
    void aFallRestatedInPointsARangeOfCutsAndAMultipleSetAgainstItsAverage() {
        assertThat(read("The KOSPI dropping 1.8 percent, or 47.13, to close at 2,577.27.")).containsExactly(
                "1.8 percent PERCENT -1.8 percent", "47.13 INDEX -47.13 points", "2,577.27 INDEX 2577.27 points");
        // both ends of a range of cuts are cuts
        assertThat(read("It would cut costs by A$50 million-A$70 million a year.")).containsExactly(
                "A$50 million MONEY -50000000 AUD", "A$70 million a year MONEY -70000000 AUD");
        assertThat(read("It trades at about 9.5 times forward earnings, against an average of 11 over a decade."))
                .containsExactly("9.5 times forward earnings OTHER 9.5 times", "11 OTHER 11 times");
    }

    @Test
    void moreOfWhatWasCountedAndAPopulationBeforeItsVerb() {
        assertThat(read("The airline operates a fleet of 147 aircraft and has 42 more on order.")).containsExactly(
                "147 aircraft COUNT 147 aircraft", "42 COUNT 42 aircraft");
        // "more than" compares: no count of its own
        assertThat(read("It has 147 aircraft, and 42 more than a year ago.")).containsExactly(
                "147 aircraft COUNT 147 aircraft");
        // the next of a list after "and", with the same scale word, counts the same
        assertThat(read("The firm has 48.4 million customers in Kenya and 4.6 million in Ethiopia.")).containsExactly(
                "48.4 million customers COUNT 48400000 customers", "4.6 million COUNT 4600000 customers");
        assertThat(read("Paraguay's population of about 6.1 million sends few migrants abroad.")).containsExactly(
                "6.1 million COUNT 6100000 people");
        // the guaraní's "G." in capitals before a number only
        assertThat(read("The guaraní weakened to about G. 7,300 per dollar.")).containsExactly(
                "G. 7,300 OTHER 7300 PYG");
        assertThat(read("Exports, e.g. 5 shipments, fell.")).noneMatch(r -> r.contains("PYG"));
    }

    @Test
    void aListAfterAFallAndAColonIsAListOfFalls() {
        assertThat(FigureExtractor.extract("All three Baltic economies shrank last year: Estonia's by 3%, "
                + "Lithuania's by 0.3% and Latvia's by 0.3%. Profits fell: sales grew by 5% and costs by 2%."))
                .extracting(Candidate::value).usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("-3"), new java.math.BigDecimal("-0.3"),
                        new java.math.BigDecimal("-0.3"), new java.math.BigDecimal("5"), new java.math.BigDecimal("2"));
    }

    @Test
    void aSecondCurrencysAverageAfterARateIsItsOwnRate() {
        Candidate real = FigureExtractor.extract("The Mexican peso averaged 17.76 per dollar, its strongest since "
                + "2015, while the Brazilian real averaged 4.99.").get(1);
        assertThat(real.text()).isEqualTo("4.99");
        assertThat(real.unit()).isEqualTo("BRL");
        assertThat(real.per()).isEqualTo("USD");
    }

    @Test
    void specialDrawingRightsAreMoney() {
        assertReads("The arrangement totals SDR 11.6 billion.", "SDR 11.6 billion", "11600000000", "XDR", "money");
        assertReads("It would release 656 million SDRs.", "656 million SDRs", "656000000", "XDR", "money");
    }

    @Test
    void pointsAnIndexLostAreAFallAndTheLevelItFellToIsNot() {
        List<Candidate> found = FigureExtractor.extract(
                "The Dow lost 422.16 points, or 1.1%, to 38,461.51, and the S&P 500 fell 1% to 5,160.64.");
        assertThat(found).extracting(Candidate::text)
                .containsExactly("422.16 points", "1.1%", "38,461.51", "1%", "5,160.64");
        assertThat(found).extracting(Candidate::value).usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("-422.16"), new java.math.BigDecimal("-1.1"),
                        new java.math.BigDecimal("38461.51"), new java.math.BigDecimal("-1"),
                        new java.math.BigDecimal("5160.64"));
    }

    @Test
    void aCurrencysOwnPriceIsARateAgainstWhatTheSentenceQuotesItAgainst() {
        Candidate shilling = FigureExtractor.extract("The shilling has gained about 22 percent against the dollar "
                + "since January and traded at Sh131.50 on Tuesday.").get(1);
        assertThat(shilling.text()).isEqualTo("Sh131.50");
        assertThat(shilling.kind()).isEqualTo(FigureKind.OTHER);
        assertThat(shilling.unit()).isEqualTo("KES");
        assertThat(shilling.per()).isEqualTo("USD");
        Candidate blue = FigureExtractor.extract("The official rate stood at 883 pesos per dollar, while the parallel "
                + "\"blue\" rate was 1,040 pesos.").get(1);
        assertThat(blue.text()).isEqualTo("1,040 pesos");
        assertThat(blue.kind()).isEqualTo(FigureKind.OTHER);
        assertThat(blue.per()).isEqualTo("USD");
        Candidate gained = FigureExtractor.extract("The shilling gained 3.1% against the dollar on the news to "
                + "Sh148.50.").get(1);
        assertThat(gained.kind()).isEqualTo(FigureKind.OTHER);
        assertThat(gained.per()).isEqualTo("USD");
        Candidate price = FigureExtractor.extract("The shilling gained 2% against the dollar as a bag of maize "
                + "traded at Sh4,500.").get(1);
        assertThat(price.kind()).as("a price in shillings of something else").isEqualTo(FigureKind.MONEY);
    }

    @Test
    void everyFigureOfAListOfFallsIsAFall() {
        assertThat(FigureExtractor.extract("It grew after contractions of 0.3%, 0.2% and 0.1% in earlier quarters."))
                .extracting(Candidate::value).usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("-0.3"), new java.math.BigDecimal("-0.2"),
                        new java.math.BigDecimal("-0.1"));
        assertThat(FigureExtractor.extract("Sales rose 3% and 2% in the two halves."))
                .extracting(Candidate::value).usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("3"), new java.math.BigDecimal("2"));
    }

    @Test
    void aFigureWithAFallAndALevelInOneSentence() {
        List<Candidate> found = FigureExtractor.extract("Unemployment fell 0.3 percentage points to 4.1% in May.");
        assertThat(found).extracting(c -> c.value().toPlainString()).containsExactly("-0.3", "4.1");
    }

    @Test
    void rangesGiveTheFirstNumberTheSecondsUnit() {
        List<Candidate> found = FigureExtractor.extract("Growth of 3-4% is expected.");
        assertThat(found).extracting(Candidate::text).containsExactly("3", "4%");
        assertThat(found.get(0).unit()).isEqualTo("percent");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The law was passed in 2020 and amended in 1998.",
        "The summit opened on 24 February and closed on March 3.",
        "The report came out at 10:30 and again at 9 a.m. and 9.15am.",
        "It was his 14th visit and the 2nd this year.",
        "The war has lasted 26 years; talks took ten days and 48 hours.",
        "Covid-19 hit the G20 and Boeing 737 orders under Article 50.",
        "Read it at https://example.org/2021/02/24/report-a73048 or www.example.com/page/12.",
        "The 2022/23 budget and the 2023-24 plan were approved.",
        "Its Q3 results and H1 2021 outlook were fine; the FTSE 100 was flat.",
        "A 10-year bond and a 45-year-old minister, ten times over.",
        "Prices rose 5 times in a year.",
    })
    void proposesNothingWhereThereIsNoFigure(String text) {
        assertThat(FigureExtractor.extract(text)).isEmpty();
    }

    @Test
    void spansPointIntoTheTextAndSentencesAreCut() {
        String text = "Mr. Japarov met Putin on Feb. 24.\n\nThe U.S. pledged $5m. Remittances fell 25% in 2020.";
        List<Candidate> found = FigureExtractor.extract(text);
        assertThat(found).extracting(Candidate::text).containsExactly("$5m", "25%");
        assertThat(found.get(0).sentence()).isEqualTo("The U.S. pledged $5m.");
        assertThat(found.get(1).sentence()).isEqualTo("Remittances fell 25% in 2020.");
        assertThat(text.substring(found.get(1).start(), found.get(1).end())).isEqualTo("25%");
        assertThat(text.substring(found.get(1).sentenceStart())).startsWith("Remittances");
    }

    @Test
    void aRateIsPartOfTheFigureButNotItsUnit() {
        Candidate c = only("Russia produced 9.9 million barrels a day in September.");
        assertThat(c.per()).isEqualTo("day");
        assertThat(c.unit()).isEqualTo("barrels");
        Candidate earlier = FigureExtractor.extract("Profit was €293 million a year earlier.").get(0);
        assertThat(earlier.text()).isEqualTo("€293 million");
    }

    @Test
    void aScaleWordJoinedByAHyphenIsPartOfTheFigureButACompoundAdjectiveIsNot() {
        Candidate c = only("The fund is worth $480-billion, its managers said.");
        assertThat(c.text()).isEqualTo("$480-billion");
        assertThat(c.value()).isEqualByComparingTo("480000000000");
        assertThat(c.unit()).isEqualTo("USD");
        assertThat(FigureExtractor.extract("The 3-million-strong union and a 10-year bond.")).isEmpty();
    }

    @Test
    void centralAsianCurrenciesWrittenAfterTheNumberAreMoney() {
        assertThat(FigureExtractor.extract("The som ended at 84.8 soms, the dram at 403 drams and the somoni at "
                + "11.3 somoni."))
                .extracting(Candidate::unit).containsExactly("KGS", "AMD", "TJS");
    }

    @Test
    void anExchangeRateGetsTheCurrencyItIsQuotedAgainstAndTheOneTheSentenceNames() {
        Candidate som = only("The Kyrgyz som traded at 84.8 to the dollar on Wednesday.");
        assertThat(som.text()).isEqualTo("84.8");
        assertThat(som.unit()).isEqualTo("KGS");
        assertThat(som.per()).isEqualTo("USD");
        Candidate tenge = only("The tenge weakened to 470.5 against the US dollar.");
        assertThat(tenge.unit()).isEqualTo("KZT");
        assertThat(tenge.per()).isEqualTo("USD");
        Candidate unnamed = only("The rate was 7.9 to the euro.");
        assertThat(unnamed.unit()).isEmpty();
        assertThat(unnamed.per()).isEqualTo("EUR");
    }

    @Test
    void emptyAndFigurelessTextGiveNothing() {
        assertThat(FigureExtractor.extract("")).isEmpty();
        assertThat(FigureExtractor.extract("No numbers here at all.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It will spend half a billion euros on rail.     | half a billion euros           | 500000000  | EUR | money",
        "Three million people are out of work.           | Three million people           | 3000000    | people | count",
        "Unemployment rose to five percent.              | five percent                   | 5          | percent | percent",
        "Fares rise by twenty-five per cent in June.     | twenty-five per cent           | 25         | percent | percent",
        "A million jobs depend on exports.               | A million jobs                 | 1000000    | jobs | count",
        "It needs one and a half billion euros.          | one and a half billion euros   | 1500000000 | EUR | money",
        "It carries two hundred thousand passengers.     | two hundred thousand passengers | 200000    | passengers | count",
        "About a quarter of a million commuters renewed. | a quarter of a million commuters | 250000   | commuters | count",
        "Volumes fell twelve percent last year.          | twelve percent                 | -12        | percent | percent"
    })
    void numbersSpelledOutBeforeAScaleWordOrPercentAreFigures(String text, String figure, String value, String unit,
                                                             String kind) {
        assertReads(text, figure, value, unit, kind);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"One of the largest banks raised rates.", "Seven of the ten board members backed it.",
        "It took three years and a lot of effort.", "A few million people watched.", "He won a hundred races.",
        "Someone said it was a once-in-a-century event.", "The board meets four times a year."})
    void numberWordsWithoutAScaleWordOrPercentAreNotFigures(String text) {
        assertThat(FigureExtractor.extract(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The shares trade at a P/E of 21.                  | a P/E of 21                     | 21      | times | other",
        "It was priced at a price-to-earnings ratio of 18. | a price-to-earnings ratio of 18 | 18      | times | other",
        "Exports rose threefold in two years.              | threefold                       | 3       | times | other",
        "Online sales saw a 4-fold increase.               | 4-fold                          | 4       | times | other",
        "The new plant employs 45 in the region.           | 45                              | 45      | employees | count",
        "It will bottle 2 million 300 thousand litres.     | 2 million 300 thousand litres   | 2300000 | litres | quantity",
        "It added four times what analysts expected.       | four times                      | 4       | times | other",
        "It paid 22 times next year's expected earnings.  | 22 times next year's expected earnings | 22 | times | other",
        "It pumps 1.3 million barrels of oil equivalent per day. | 1.3 million barrels of oil equivalent per day | 1300000 | barrels | count",
        "Part-time work made up 50,000 of the new jobs.    | 50,000                          | 50000   | jobs  | count"
    })
    void multiplesMultipliersUnnamedStaffAndTwoPartNumeralsAreFigures(String text, String figure, String value,
                                                                     String unit, String kind) {
        assertReads(text, figure, value, unit, kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Mortgage rates eased to 4.79pc in March.         | 4.79pc          | 4.79           | percent | percent",
        "The government budgeted N27.5 trillion for 2024. | N27.5 trillion  | 27500000000000 | NGN     | money",
        "In Argentina the official rate was 879 pesos.    | 879 pesos       | 879            | ARS     | money",
        "Five of the six members voted for the rise.      | Five            | 5              | members | count",
        "Markets expect a half-point rise in June.        | a half-point    | 0.5            | percentage_point | percent"
    })
    void britishPercentNairaThePesoOfTheCountryNamedWordSharesAndFractionsOfAPoint(String text, String figure,
                                                                                   String value, String unit,
                                                                                   String kind) {
        assertReads(text, figure, value, unit, kind);
    }

    @Test
    void aNumberComparedWithACountCountsTheSame() {
        assertThat(FigureExtractor.extract("Banks approved 61,300 mortgages in March, up from 60,500 in February."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("61,300 mortgages 61300 mortgages", "60,500 60500 mortgages");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Wear N95 masks on the N1 road.", "The PC market grew.", "Seven of the ten board members backed it."})
    void aMaskARoadAndAComputerAreNoFigures(String text) {
        assertThat(FigureExtractor.extract(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The scaffold fell on the street.", "The benefits are manifold.",
        "He employs a lawyer.", "The company hired in 2019 and 2020."})
    void wordsEndingInFoldAndEmployingWithoutANumberAreNoFigures(String text) {
        assertThat(FigureExtractor.extract(text)).isEmpty();
    }

    @Test
    void oneOfTheTenLargestIsAWayOfSpeakingNotAShare() {
        assertThat(FigureExtractor.extract("It is one of the 10 largest banks in the region."))
                .extracting(Candidate::text).containsExactly("10 largest banks");
    }

    @Test
    void aShareWhoseFirstNumberIsAWordCountsTheSecondsNoun() {
        List<Candidate> found = FigureExtractor.extract("Seven of the 10 largest banks raised rates, and two out of 3 "
                + "economists expect more.");
        assertThat(found).extracting(c -> c.text() + " = " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("Seven = 7 banks", "10 largest banks = 10 banks", "two = 2 economists",
                        "3 economists = 3 economists");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Wages rose to 8,408 zlotys in March.                 | 8,408 zlotys                            | 8408    | PLN | money",
        "Texas pumped 5.6 million bpd in December.            | 5.6 million bpd                         | 5600000 | barrels | count",
        "Gas fell to $1.65 per million British thermal units. | $1.65 per million British thermal units | 1.65    | USD | money",
        "The Nikkei closed down at 31,998.                    | 31,998                                  | 31998   | points | index"
    })
    void theSecondBlindSetsShapesAreRead(String text, String figure, String value, String unit, String kind) {
        assertReads(text, figure, value, unit, kind);
    }

    @Test
    void anIndexLevelAfterAChangeWithADecimalPointIsStillAnIndexLevel() {
        List<Candidate> found = FigureExtractor.extract("The Nikkei share average closed down 0.8% at 31,998.");
        assertThat(found).extracting(Candidate::text).containsExactly("0.8%", "31,998");
        assertThat(found.get(1).unit()).isEqualTo("points");
    }

    @Test
    void aShillingExchangeRateTakesTheShilling() {
        Candidate c = FigureExtractor.extract("The shilling has gained this year, trading at 130 per dollar.").get(0);
        assertThat(c.text()).isEqualTo("130");
        assertThat(c.unit()).isEqualTo("KES");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Treasury pencils in R254bn of debt relief.        | R254bn        | 254000000000 | ZAR | money",
        "Eskom's debt stands at about R400-billion.        | R400-billion  | 400000000000 | ZAR | money",
        "Eskom added about 6,000MW of capacity.            | 6,000MW       | 6000         | MW  | quantity",
        "The minimum wage was raised to 17,002 liras.      | 17,002 liras  | 17002        | TRY | money",
        "The benchmark KOSPI ended the week at 2,593.27.   | 2,593.27      | 2593.27      | points | index",
        "It came after a half-percentage-point cut.        | a half-percentage-point | -0.5 | percentage_point | percent"
    })
    void theFourthBlindSetsShapesAreRead(String text, String figure, String value, String unit, String kind) {
        assertReads(text, figure, value, unit, kind);
    }

    @Test
    void aCutByAPointAfterTheRateItCutsIsAFall() {
        assertThat(FigureExtractor.extract("The Bank may cut Bank Rate from 5.25pc by a quarter point in August."))
                .extracting(c -> c.text() + " " + c.value().toPlainString()).containsExactly("5.25pc 5.25",
                        "a quarter point -0.25");
    }

    @Test
    void aRandExchangeRateIsAPriceOfTheDollar() {
        Candidate c = FigureExtractor.extract("The rand firmed 0.8% to R17.62/$ on Friday.").get(1);
        assertThat(c.text()).isEqualTo("R17.62");
        assertThat(c.kind()).isEqualTo(FigureKind.OTHER);
        assertThat(c.unit()).isEqualTo("ZAR");
        assertThat(c.per()).isEqualTo("USD");
    }

    @Test
    void aBareCountTakesTheNounOfTheCountJustStated() {
        List<Candidate> found = FigureExtractor.extract("Data for August showed 159,000 jobs added instead of the "
                + "previously reported 142,000. Economists had forecast payrolls rising by 140,000. Restaurants added "
                + "69,000 jobs, health care 45,000 and government 31,000.");
        assertThat(found).extracting(c -> c.text() + " " + c.unit()).containsExactly("159,000 jobs jobs",
                "142,000 jobs", "140,000 jobs", "69,000 jobs jobs", "45,000 jobs", "31,000 jobs");
    }

    @Test
    void aLevelACountOfAnotherParagraphAndARoadAreNoBareCounts() {
        assertThat(FigureExtractor.extract("The plant made 2,000 cars. The rate traded at about 1,050."))
                .extracting(Candidate::text).containsExactly("2,000 cars");
        assertThat(FigureExtractor.extract("Banks sold 2,000 bonds.\n\nOfficials counted 1,500 in total."))
                .extracting(Candidate::text).containsExactly("2,000 bonds");
        assertThat(FigureExtractor.extract("Roads R21 and R300 reopened; 1,234 is not a count.")).isEmpty();
        assertThat(FigureExtractor.extract("It sold class R 5 million shares.")).extracting(Candidate::unit)
                .containsExactly("shares");
    }

    @Test
    void aChangeAtAParagraphsStartCountsWhatTheParagraphBeforeCounted() {
        assertThat(FigureExtractor.extract("Canada lost 2,200 jobs in March, the agency said.\n\nEconomists had "
                + "expected a gain of 25,000. Full-time work fell by 8,200, while part-time employment edged up by "
                + "6,000.")).extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("2,200 jobs 2200 jobs", "25,000 25000 jobs", "8,200 -8200 jobs", "6,000 6000 jobs");
        assertThat(FigureExtractor.extract("Starts reached 240,000 units.\n\nThe average rose 2.1% to 245,000."))
                .extracting(Candidate::unit).containsExactly("units", "percent", "units");
        assertThat(FigureExtractor.extract("Banks sold 2,000 bonds.\n\nA year earlier they sold 3,000. Then "
                + "officials counted 1,500 in total.")).extracting(Candidate::text).containsExactly("2,000 bonds");
    }

    @Test
    void aReadingOfAGaugeNamedInTheSentenceBeforeIsItsLevel() {
        assertThat(FigureExtractor.extract("The Ifo index fell to 88.6 in May. Analysts had forecast a reading of "
                + "89.4.")).extracting(c -> c.text() + " " + c.unit()).containsExactly("88.6 points", "89.4 points");
        assertThat(FigureExtractor.extract("The PMI rose to 51.2.\n\nEconomists had expected a reading of 50.8."))
                .extracting(Candidate::text).containsExactly("51.2");
        assertThat(FigureExtractor.extract("The meter gave a reading of 12.5 on Monday.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Profits rose to HK$5.2 billion last year.  | HK$5.2 billion      | 5200000000     | HKD",
        "Temasek invested S$1.5 billion.            | S$1.5 billion       | 1500000000     | SGD",
        "Fonterra paid NZ$2.3 billion.              | NZ$2.3 billion      | 2300000000     | NZD",
        "TSMC earned NT$300 billion.                | NT$300 billion      | 300000000000   | TWD",
        "It raised RMB 5 billion.                   | RMB 5 billion       | 5000000000     | CNY",
        "Jakarta spent Rp 3,000 trillion.           | Rp 3,000 trillion   | 3000000000000000 | IDR",
        "Samsung spent ₩53 trillion.                | ₩53 trillion        | 53000000000000 | KRW",
        "Manila set aside ₱1.2 billion.             | ₱1.2 billion        | 1200000000     | PHP",
        "Kenya borrowed KSh 50 billion.             | KSh 50 billion      | 50000000000    | KES",
        "Ghana raised GH¢5 billion.                 | GH¢5 billion        | 5000000000     | GHS",
        "Bangladesh spent Tk 7.6 lakh crore.        | Tk 7.6 lakh crore   | 7600000000000  | BDT"
    })
    void aDollarOfHongKongSingaporeNewZealandOrTaiwanIsNotTheUsDollarAndOtherSignsAreKnown(String text,
            String figure, String value, String unit) {
        assertReads(text, figure, value, unit, "money");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Australian dollar fell to US66.2 cents.        | US66.2 cents       | 0.662  | USD      | money",
        "Hyundai sold 7,77,876 vehicles in India.           | 7,77,876 vehicles  | 777876 | vehicles | count",
        "Markets price in 20 basis points of cuts.          | 20 basis points    | -0.20  | percentage_point | percent",
        "The S&P/ASX 200 closed at 7,959.3.                 | 7,959.3            | 7959.3 | points   | index"
    })
    void theFifthBlindSetsShapesAreRead(String text, String figure, String value, String unit, String kind) {
        assertReads(text, figure, value, unit, kind);
    }

    @Test
    void aPriceRangeWrittenOnceWithItsCurrencyIsTwoAmountsOfIt() {
        assertThat(FigureExtractor.extract("The IPO is priced at ₹1,865-1,960 a share."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("₹1,865 1865 INR", "1,960 a share 1960 INR");
    }

    @Test
    void theRealBesideARateIsBrazilsCurrencyAndAnIndexLevelIsNoCountOfAnEarlierNoun() {
        assertThat(FigureExtractor.extract("The real has lost 13% this year, trading at 5.58 per dollar.").get(1)
                .unit()).isEqualTo("BRL");
        List<Candidate> found = FigureExtractor.extract("Petrobras shares fell 1.2% and the Ibovespa index dropped "
                + "0.4% to 134,960.");
        assertThat(found.get(2).unit()).isEqualTo("points");
        assertThat(FigureExtractor.extract("The bank cut its rate by 50 basis points. Officials expect 6,658 more."))
                .extracting(Candidate::unit).containsExactly(Units.PERCENTAGE_POINT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Riyadh projects a deficit of SR101 billion.               | SR101 billion       | 101000000000 | SAR | money",
        "Qatar spent QR12 billion.                                 | QR12 billion        | 12000000000  | QAR | money",
        "A villa costs Dh5,000,000 in Dubai.                       | Dh5,000,000         | 5000000      | AED | money",
        "Kuwait's budget shows a KD5.6 billion gap.                | KD5.6 billion       | 5600000000   | KWD | money",
        "Petrol costs Rs.100 a litre.                              | Rs.100 a litre      | 100          | INR | money",
        "BI made a surprise 25-basis-point cut.                    | 25-basis-point      | -0.25        | percentage_point | percent",
        "It was a 0.5-percentage-point rise.                       | 0.5-percentage-point | 0.5        | percentage_point | percent",
        "External demand subtracted 0.4 percentage point from growth. | 0.4 percentage point | -0.4    | percentage_point | percent",
        "The rupiah weakened to Rp 15,740 per US dollar.           | Rp 15,740           | 15740        | IDR | other",
        "There are 2.16 million overseas Filipino workers.         | 2.16 million overseas Filipino workers | 2160000 | workers | count"
    })
    void theSixthBlindSetsShapesAreRead(String text, String figure, String value, String unit, String kind) {
        assertReads(text, figure, value, unit, kind);
    }

    @Test
    void aPWrittenOntoANumberIsThePesoOnlyInATextAboutThePhilippines() {
        assertThat(FigureExtractor.extract("Philippine remittances were worth P188.7 billion, as the peso averaged "
                + "P56.05 against the dollar."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit() + " " + c.kind())
                .containsExactly("P188.7 billion 188700000000 PHP MONEY", "P56.05 56.05 PHP OTHER");
        assertThat(FigureExtractor.extract("The P5 group met, and the P2 class sold out.")).isEmpty();
    }

    @Test
    void aBareDollarIsTheLocalOneInATextAboutADollarCountryThatMarksNoOtherDollar() {
        assertThat(FigureExtractor.extract("Australian home prices rose. In Australia the median is $796,000."))
                .extracting(Candidate::unit).containsExactly("AUD");
        // a wire marks the local dollar and means the US one by "$"
        assertThat(FigureExtractor.extract("Australia's BHP earned A$5 billion, or $3.3 billion, in Australia."))
                .extracting(Candidate::unit).containsExactly("AUD", "USD");
        // named once, or less often than the United States: the US dollar
        assertThat(FigureExtractor.extract("Canada sold $5 billion of goods to the U.S. and United States buyers."))
                .extracting(Candidate::unit).containsExactly("USD");
        // a dateline and a city count as the country: a Sydney paper's rent
        assertThat(FigureExtractor.extract("SYDNEY — Rents in Sydney rose to $760 a week, Australia's highest."))
                .extracting(Candidate::unit).containsExactly("AUD");
    }

    @Test
    void aNumberWithThousandsSeparatorsBeforeAScaledOneKeepsItsOwnMagnitude() {
        assertThat(FigureExtractor.extract("Unemployment climbed by 27,000 to 2.86 million."))
                .extracting(c -> c.text() + " " + c.value().toPlainString())
                .containsExactly("27,000 27000", "2.86 million 2860000");
        assertThat(FigureExtractor.extract("It will raise between 40 and 45 million euros."))
                .extracting(c -> c.value().toPlainString()).containsExactly("40000000", "45000000");
    }

    @Test
    void aFractionAsMarketsWriteOneIsOfTheNumbersLastDigit() {
        assertThat(FigureExtractor.extract("The Committee decided to maintain the target range for the federal funds "
                + "rate at 5-1/4 to 5-1/2 percent.")).extracting(c -> c.text() + " = " + c.value().toPlainString()
                + " " + c.unit()).containsExactly("5-1/4 = 5.25 percent", "5-1/2 percent = 5.5 percent");
        assertThat(FigureExtractor.extract("May wheat fell 7-3/4 cents to $5.62-1/2 a bushel, while corn rose 1/2 cent "
                + "to settle at $4.28 1/2.")).extracting(c -> c.text() + " = " + c.value().toPlainString())
                .containsExactly("7-3/4 cents = -0.0775", "$5.62-1/2 a bushel = 5.625", "1/2 cent = 0.005",
                        "$4.28 1/2 = 4.285");
        // Dates, fiscal years and round-the-clock are no fractions.
        assertThat(FigureExtractor.extract("The 2022/23 budget, a 24/7 service, and on 1/2/2024 talks began."))
                .isEmpty();
    }

    @Test
    void aNumberWithoutItsNounCountsWhatTheNumberOfNamesBeforeItsVerb() {
        assertThat(FigureExtractor.extract("The number of foreign trade enterprises with import and export records "
                + "reached 645,000, an increase of 17,000.")).extracting(c -> c.text() + " " + c.unit())
                .containsExactly("645,000 enterprises", "17,000 enterprises");
        assertThat(FigureExtractor.extract("The number of people out of work rose to 2,150, the office said."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("2,150 people");
        // Another number between the phrase and the figure, or no verb leading to it, and the figure is no count.
        assertThat(FigureExtractor.extract("The number of banks fell by 3% to 4,100 in 2023, and the index rose to 4,210."))
                .extracting(c -> c.text() + " " + c.kind().label()).doesNotContain("4,210 count");
    }

    @Test
    void aBareNumberComparedWithARateJustStatedContinuesIt() {
        assertThat(FigureExtractor.extract("The zloty averaged 4.20 per dollar last year, stronger than the 4.46 of "
                + "2022.")).extracting(c -> c.text() + " " + c.unit() + " per " + c.per())
                .containsExactly("4.20 PLN per USD", "4.46 PLN per USD");
        assertThat(FigureExtractor.extract("Morocco's dirham averaged 10.13 to the dollar in 2023, little changed from "
                + "10.16.")).extracting(c -> c.text() + " " + c.unit() + " per " + c.per())
                .containsExactly("10.13 MAD per USD", "10.16 MAD per USD");
        assertThat(FigureExtractor.extract("The naira has recovered to about ₦1,250 per dollar from a record low of "
                + "₦1,900 in March.")).extracting(c -> c.text() + " " + c.kind().label() + " " + c.unit() + " per "
                + c.per()).containsExactly("₦1,250 other NGN per USD", "₦1,900 other NGN per USD");
        assertThat(FigureExtractor.extract("The lari averaged 2.63 per dollar and the dram 392.5, both stronger.")).extracting(
                c -> c.text() + " " + c.unit() + " per " + c.per()).containsExactly("2.63 GEL per USD", "392.5 AMD per USD");
        assertThat(FigureExtractor.extract("The Tanzanian shilling averaged 2,383 per dollar and the Ugandan shilling "
                + "3,726.")).extracting(c -> c.text() + " " + c.unit() + " per " + c.per())
                .containsExactly("2,383 TZS per USD", "3,726 UGX per USD");
        assertThat(FigureExtractor.extract("The lari averaged 2.63 per dollar and the company 392.5 million."))
                .extracting(Candidate::text).containsExactly("2.63", "392.5 million");
        // A currency's sentence may continue the last rate of the few sentences before it.
        assertThat(FigureExtractor.extract("Egypt let the pound fall to about 49.5 per dollar. The IMF expanded its loan "
                + "to $8 billion from $3 billion. The pound has since strengthened to around 47.")).extracting(
                c -> c.text() + " " + c.unit() + " per " + c.per()).containsExactly("49.5 EGP per USD",
                "$8 billion USD per null", "$3 billion USD per null", "47 EGP per USD");
        // Farther from the rate, or past another figure, a bare number is no rate.
        assertThat(FigureExtractor.extract("The dirham averaged 10.13 to the dollar in 2023, and the central bank said "
                + "that reserves were little changed from 360.")).extracting(Candidate::text).containsExactly("10.13");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It raised 5 billion Australian dollars.                 | 5 billion Australian dollars  | AUD",
        "Egypt's deficit reached 1.2 trillion Egyptian pounds.   | 1.2 trillion Egyptian pounds  | EGP",
        "Sweden's Riksbank spent 50 billion kronor.              | 50 billion kronor             | SEK",
        "Morocco's budget shows a deficit of 60 billion dirhams. | 60 billion dirhams            | MAD",
        "Dubai's budget shows a deficit of 6 billion dirhams.    | 6 billion dirhams             | AED",
        "Kuwait posted a deficit of 5.6 billion dinars.          | 5.6 billion dinars            | KWD",
        "Jordan's deficit was 2.1 billion dinars.                | 2.1 billion dinars            | JOD",
        "Cameroon raised 300 billion CFA francs.                 | 300 billion CFA francs        | XAF",
        "Senegal raised FCFA 200 billion.                        | FCFA 200 billion              | XOF",
        "The company earned 1.2 billion Swiss francs.            | 1.2 billion Swiss francs      | CHF",
        "Pakistan's budget is Rs14.5 trillion, the SBP said.     | Rs14.5 trillion               | PKR",
        "India's budget is Rs48 lakh crore.                      | Rs48 lakh crore               | INR",
        "Pakistan holds 3 billion Indian rupees.                 | 3 billion Indian rupees       | INR",
        "Uganda's budget is Shs72 trillion.                      | Shs72 trillion                | UGX",
        "Kenya's Treasury borrowed KSh50 billion in Uganda.      | KSh50 billion                 | KES",
        "Malaysia's Petronas paid RM32 billion in dividends.     | RM32 billion                  | MYR",
        "Peru's central bank holds S/ 250 billion.               | S/ 250 billion                | PEN",
        "It sold 5 billion Brazilian reais of bonds.             | 5 billion Brazilian reais     | BRL",
        "BOGOTÁ — The budget gap is 60 trillion pesos.           | 60 trillion pesos             | COP",
        "MONTEVIDEO — Exports hit 400 billion pesos.             | 400 billion pesos             | UYU"
    })
    void aCurrencyNounWithItsCountrysAdjectiveOrSharedByCountriesIsTheCurrencyOfTheCountryNamed(String text,
            String figure, String unit) {
        Candidate c = find(text, figure);
        assertThat(c.unit()).isEqualTo(unit);
        assertThat(c.kind()).isEqualTo(FigureKind.MONEY);
    }

    @Test
    void anExchangeRateTakesTheCurrencyOfTheCountryTheTextNames() {
        assertThat(FigureExtractor.extract("The lira traded at 89,500 to the dollar in Beirut, Lebanon."))
                .extracting(Candidate::unit).containsExactly("LBP");
        assertThat(FigureExtractor.extract("Zambia's kwacha fell to 26.5 per dollar.")).extracting(Candidate::unit)
                .containsExactly("ZMW");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The war costs NIS 250 billion.                          | NIS 250 billion     | 250000000000     | ILS | money",
        "The shekel firmed to NIS 3.71 to the dollar.            | NIS 3.71            | 3.71             | ILS | other",
        "Retail sales grew to VND6.39 quadrillion.               | VND6.39 quadrillion | 6390000000000000 | VND | money",
        "The FBR collected Rs5.62tr in Pakistan.                 | Rs5.62tr            | 5620000000000    | PKR | money",
        "The bank cut its rate by 200 basis points, bringing the cumulative reduction to 900bps. | 900bps | -9 | percentage_point | percent",
        "Copper output rose to 478,313 metric tons.              | 478,313 metric tons | 478313           | tonnes | quantity",
        "About 2.5 million people filed returns, up from 1.9m a year earlier. | 1.9m | 1900000           | people | count",
        "Nearly 233,000 new businesses opened, while 197,000 closed. | 197,000        | 197000           | businesses | count"
    })
    void theSeventhBlindSetsShapesAreRead(String text, String figure, String value, String unit, String kind) {
        Candidate c = find(text, figure);
        assertThat(c.value()).isEqualByComparingTo(value);
        assertThat(c.unit()).isEqualTo(unit);
        assertThat(c.kind().label()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Remittances totaled US $5.72 billion in October.        | US $5.72 billion   | 5720000000 | USD | money",
        "Rice prices rose to Tk 8 per kg in Dhaka.               | Tk 8 per kg        | 8          | BDT | money",
        "Gold sold at $85 a gram.                                | $85 a gram         | 85         | USD | money",
        "Offices rent for £60 per square foot.                   | £60 per square foot | 60        | GBP | money"
    })
    void theEighthBlindSetsShapesAreRead(String text, String figure, String value, String unit, String kind) {
        assertReads(text, figure, value, unit, kind);
    }

    @Test
    void aNewZealandPapersBareDollarIsTheNewZealandDollarAndItsRateIsPartOfTheFigure() {
        List<Candidate> found = FigureExtractor.extract("New Zealand's Fonterra lifted its forecast milk price to "
                + "$9.50 per kilogram, as the New Zealand dollar fell to US56.5 cents.");
        assertThat(found).extracting(c -> c.text() + " " + c.unit() + " " + c.per())
                .containsExactly("$9.50 per kilogram NZD kilogram", "US56.5 cents USD null");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Brent rose to $82.50/bbl.                 | $82.50/bbl   | 82.50   | USD     | money | barrel",
        "Henry Hub gas fell to $2.95/MMBtu.        | $2.95/MMBtu  | 2.95    | USD     | money | MMBtu",
        "German power traded at €85/MWh.           | €85/MWh      | 85      | EUR     | money | MWh",
        "Gold hit $2,450/oz.                       | $2,450/oz    | 2450    | USD     | money | ounce",
        "Copper was at $9,500/t.                   | $9,500/t     | 9500    | USD     | money | tonne",
        "Apple trades at 30x earnings.             | 30x earnings | 30      | times   | other |",
        "Tesco shares rose to 345p, or £23bn.      | 345p         | 3.45    | GBP     | money |",
        "Kazakhstan pumps 1.8mb/d.                 | 1.8mb/d      | 1800000 | barrels | count | day",
        "Iraq exports 650 kb/d.                    | 650 kb/d     | 650000  | barrels | count | day"
    })
    void commodityPricesPerUnitMultiplesPenceAndBarrelsADayAsMarketReportsWriteThem(String text, String figure,
            String value, String unit, String kind, String per) {
        Candidate c = find(text, figure);
        assertThat(c.value()).isEqualByComparingTo(value);
        assertThat(c.unit()).isEqualTo(unit);
        assertThat(c.kind().label()).isEqualTo(kind);
        assertThat(c.per()).isEqualTo(per);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The 2020/21 season began.", "It scored 5/10.", "P2P lending grew in China.",
        "Watch it in 1080p.", "The score was 3x higher."})
    void aSlashAnXOrAPWithoutARateAMultipleOrPoundsAreNoFigures(String text) {
        assertThat(FigureExtractor.extract(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Sweden's budget adds kr 60 billion, Sweden said.          | kr 60 billion   | 60000000000 | SEK | money",
        "Exports (–2.1%) slowed.                                   | –2.1%           | -2.1        | percent | percent",
        "Margins narrowed by 30 basis points.                      | 30 basis points | -0.30       | percentage_point | percent"
    })
    void kronorInWordsADashInBracketsAndANarrowingAreRead(String text, String figure, String value, String unit,
            String kind) {
        assertReads(text, figure, value, unit, kind);
    }

    /** The figure written so in the text, whatever else the text states. */
    private static Candidate find(String text, String figure) {
        return FigureExtractor.extract(text).stream().filter(x -> x.text().equals(figure)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + figure + "' in " + FigureExtractor.extract(text)));
    }

    @Test
    void aNumberSetAgainstAFigureBeforeItIsReadAsThatFigureAndAVerbAfterANumberCountsNothing() {
        assertThat(FigureExtractor.extract("The rupee averaged 322.6 to the dollar, against 198.8 in 2021."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per() + " " + c.kind())
                .containsExactly("322.6 INR USD OTHER", "198.8 INR USD OTHER");
        assertThat(FigureExtractor.extract("The island nation of 22 million hopes to grow."))
                .extracting(c -> c.text() + " " + c.kind()).containsExactly("22 million COUNT");
        assertThat(FigureExtractor.extract("He was 65 against 70 in the poll.")).isEmpty();
    }

    @Test
    void aRateTakesACurrencyNamedAnywhereBeforeItAndLoweringByIsACut() {
        assertThat(FigureExtractor.extract("Argentina's official peso exchange rate stood at 1,013 per dollar."))
                .extracting(Candidate::unit).containsExactly("ARS");
        assertThat(FigureExtractor.extract("The ECB cut rates, lowering its deposit rate by 25 basis points."))
                .extracting(c -> c.value().toPlainString()).containsExactly("-0.25");
    }

    @Test
    void aWOntoAScaledNumberIsTheWonInATextAboutKoreaAndACountrysDollarNamesARatesCurrency() {
        assertThat(FigureExtractor.extract("Korea plans to spend W677.4 trillion this year."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("W677.4 trillion KRW");
        assertThat(FigureExtractor.extract("The W12 bus and the W16 engine.")).isEmpty();
        assertThat(FigureExtractor.extract("The Singapore dollar strengthened to 1.3345 against the US dollar."))
                .extracting(c -> c.unit() + " " + c.per()).containsExactly("SGD USD");
    }

    @Test
    void anAmountInACurrencyPerDollarIsAnExchangeRate() {
        assertThat(FigureExtractor.extract("Cambodia's riel held at about 4,110 riels per US dollar."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per() + " " + c.kind())
                .containsExactly("4,110 riels KHR USD OTHER");
        assertThat(FigureExtractor.extract("In Buenos Aires the peso traded at 879 pesos per dollar, Argentina said."))
                .extracting(c -> c.unit() + " " + c.kind()).containsExactly("ARS OTHER");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Poland's deficit will reach 289 billion zł.             | 289 billion zł   | 289000000000  | PLN | money",
        "Türkiye posted a deficit of TL 1.4 trillion.            | TL 1.4 trillion  | 1400000000000 | TRY | money",
        "Egypt plans to raise LE 2.6 trillion.                   | LE 2.6 trillion  | 2600000000000 | EGP | money",
        "The Canadian dollar fell to 71.05 US cents.             | 71.05 US cents   | 0.7105        | USD | money",
        "The tenge lost ground, losing more than 11 percent.     | 11 percent       | -11           | percent | percent"
    })
    void theEleventhBlindSetsShapesAreRead(String text, String figure, String value, String unit, String kind) {
        assertReads(text, figure, value, unit, kind);
    }

    @Test
    void anIsoCodeKnownOnlyFromACurrencyNounIsACurrencyBeforeAndAfterTheAmount() {
        assertThat(FigureExtractor.extract("Morocco issued MAD 5 billion of bonds, and Rabat sold 2 billion MAD more."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.kind())
                .containsExactly("MAD 5 billion MAD MONEY", "2 billion MAD MAD MONEY");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Colombia's debt reached COP$ 900 trillion.                   | COP$ 900 trillion | 900000000000000 | COP | money",
        "Hungary's deficit is Ft 4,000 billion.                       | Ft 4,000 billion  | 4000000000000   | HUF | money",
        "Czech firms paid Kč 50 billion.                              | Kč 50 billion     | 50000000000     | CZK | money",
        "Czech firms paid 3 billion Kč more.                          | 3 billion Kč      | 3000000000      | CZK | money",
        "The SNB's loss came to Fr. 132bn.                            | Fr. 132bn         | 132000000000    | CHF | money",
        "Algeria's budget is DA 15,000 billion.                       | DA 15,000 billion | 15000000000000  | DZD | money",
        "The Maldives sold MVR 40bn of bills.                         | MVR 40bn          | 40000000000     | MVR | money",
        "Russia's fund holds Rb 30trn.                                | Rb 30trn          | 30000000000000  | RUB | money",
        "Uzbekistan's budget is 100 trillion soums.                   | 100 trillion soums | 100000000000000 | UZS | money",
        "Guatemala's remittances reached Q150 billion.                | Q150 billion      | 150000000000    | GTQ | money",
        "Zambia's budget is K217 billion.                             | K217 billion      | 217000000000    | ZMW | money",
        "Myanmar's kyat weakened to K2,100 per dollar.                | K2,100            | 2100            | MMK | other",
        "South Africa's rand weakened to R18.90 against the dollar.   | R18.90            | 18.90           | ZAR | other",
        "The won closed at 1,330 to the greenback in Seoul.           | 1,330             | 1330            | KRW | other",
        "Costa Rica's budget is ₡13 trillion.                         | ₡13 trillion      | 13000000000000  | CRC | money",
        "Panama's budget is B/. 30 billion.                           | B/. 30 billion    | 30000000000     | PAB | money",
        "Senegal will borrow CFAF 500 billion.                        | CFAF 500 billion  | 500000000000    | XOF | money",
        "Iceland's fund holds 300 billion kronur.                     | 300 billion kronur | 300000000000   | ISK | money"
    })
    void currencySignsOfMoreCountriesAreRead(String text, String figure, String value, String unit, String kind) {
        assertReads(text, figure, value, unit, kind);
    }

    @Test
    void lettersThatAreNamesOrWordsAreNoCurrencies() {
        assertThat(FigureExtractor.extract("The K2 expedition and the Q3 results; the R21 road in Zambia."))
                .isEmpty();
        assertThat(FigureExtractor.extract("TOP 10 banks and ALL 27 members agreed."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("10 banks banks", "27 members members");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The two-year yield gained 0.3 of a percentage point.       | 0.3 of a percentage point | 0.3 | percentage_point | percent",
        "Unemployment has stayed sub-4% all year.                   | 4%                        | 4   | percent          | percent"
    })
    void aFractionOfAPointAndALevelBelowWhichAreRead(String text, String figure, String value, String unit, String kind) {
        assertReads(text, figure, value, unit, kind);
    }

    @Test
    void aHyphenAfterLettersStillJoinsANameToItsNumber() {
        assertThat(FigureExtractor.extract("The COVID-19 wave hit the sub-5 group of A-320 jets.")).isEmpty();
    }

    @Test
    void aBareNumberAfterFromOrAndTakesTheRateBeforeIt() {
        assertThat(FigureExtractor.extract("The kip averaged 17,689 per dollar, against 14,035 a year earlier and about "
                + "9,000 in 2020, in Laos.")).extracting(c -> c.text() + " " + c.per()).containsExactly(
                "17,689 USD", "14,035 USD", "9,000 USD");
        assertThat(FigureExtractor.extract("The tugrik weakened to an average of 3,466 per dollar from 3,141 in Mongolia."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per())
                .containsExactly("3,466 MNT USD", "3,141 MNT USD");
        // the bare number after "from" takes the count right before it, not the rate of the clause before
        assertThat(FigureExtractor.extract("Oil rose to $85 a barrel from $80, and the plant employs 300 from 250."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("$85 a barrel USD", "$80 USD",
                        "300 employees", "250 employees");
        assertThat(FigureExtractor.extract("The kip averaged 17,689 per dollar, against 14,035 a year earlier and "
                + "under 9,700 in 2021, in Laos.")).extracting(c -> c.text() + " " + c.per()).containsExactly(
                "17,689 USD", "14,035 USD", "9,700 USD");
        assertThat(FigureExtractor.extract("The cedi averaged 11.02 to the dollar, almost double its 5.8 of 2021."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per())
                .containsExactly("11.02 GHS USD", "5.8 GHS USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Zambia's kwacha averaged K20.2 per dollar against K16.9 in 2022.                  | K16.9   | 16.9  | ZMW",
        "The naira weakened to ₦1,535 per dollar on Tuesday, down from ₦1,480 a week earlier. | ₦1,480 | 1480  | NGN",
        "The rand fell to R18.90 against the dollar from R17.20.                           | R17.20  | 17.20 | ZAR",
        "Kenya's shilling rose to Sh129 to the dollar from about Sh160 in January.         | Sh160   | 160   | KES"
    })
    void anAmountSetAgainstARateInItsSentenceIsThatRate(String text, String figure, String value, String unit) {
        Candidate c = FigureExtractor.extract(text).stream().filter(x -> x.text().equals(figure)).findFirst()
                .orElseThrow();
        assertThat(c.value()).isEqualByComparingTo(value);
        assertThat(c.unit() + " " + c.per() + " " + c.kind()).isEqualTo(unit + " USD OTHER");
    }

    @Test
    void aNumberWrittenOntoAnIsoCodeIsAnAmountOnlyWhenItReadsAsOne() {
        assertThat(FigureExtractor.extract("Subsidies on RON95 petrol and EUR6 engines; Kenya paid USD500 and KGS37bn."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("USD500 USD", "KGS37bn KGS");
    }

    @Test
    void aLevelAfterAnAsianIndexIsInPoints() {
        assertThat(FigureExtractor.extract("The benchmark FBM KLCI closed up 0.4 per cent at 1,629.3."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("0.4 per cent percent", "1,629.3 points");
        assertThat(FigureExtractor.extract("The Ibovespa fell 0.9% to 127,218."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("0.9% percent", "127,218 points");
    }

    @Test
    void aNumberAfterAYearInBracketsIsTheFigureBeforeForThatYear() {
        assertThat(FigureExtractor.extract("The dram averaged 392.5 to the dollar in 2023 (2022: 435.7) in Armenia."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per()).containsExactly("392.5 AMD USD", "435.7 AMD USD");
    }

    @Test
    void oneInFourCountsWhatTheSecondNumberDoes() {
        assertThat(FigureExtractor.extract("About 1 in 4 households are in arrears, and sales rose 5 in 2020."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("1 households", "4 households households");
    }

    @Test
    void aSurveyBalanceAfterASentimentGaugeIsInPoints() {
        assertThat(FigureExtractor.extract("Germany's ZEW fell to -17.5; consumer confidence fell to -21.3 in May."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("-17.5 points", "-21.3 points");
    }

    @Test
    void aCurrencysPriceInTheSentenceAfterItsRateIsThatRate() {
        assertThat(FigureExtractor.extract("The ruble weakened past 100 to the dollar in August. It traded at 89.5 on "
                + "Friday.")).extracting(c -> c.text() + " " + c.unit() + " " + c.per())
                .containsExactly("100 RUB USD", "89.5 RUB USD");
        assertThat(FigureExtractor.extract("The index closed at 2,593. Shares traded at 45 on Friday."))
                .extracting(Candidate::text).containsExactly("2,593");
    }

    @Test
    void aShortfallIsAnAmountAndACroreJoinedByAHyphenIsAScale() {
        assertThat(FigureExtractor.extract("Tax revenue fell short by about €21 billion, and spending fell by €5 billion."))
                .extracting(c -> c.value().toPlainString()).containsExactly("21000000000", "-5000000000");
        assertThat(FigureExtractor.extract("Hyundai India's ₹27,870-crore IPO opens on Tuesday."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("₹27,870-crore 278700000000 INR");
    }

    @Test
    void aCurrencysPriceInItsOwnSignAfterItsRateIsThatRateWhenTheSentenceIsAboutTheCurrency() {
        assertThat(FigureExtractor.extract("The rupiah weakened past Rp 16,000 per dollar. The currency traded at "
                + "Rp 15,870 on Tuesday.")).extracting(c -> c.text() + " " + c.kind() + " " + c.unit() + " " + c.per())
                .containsExactly("Rp 16,000 OTHER IDR USD", "Rp 15,870 OTHER IDR USD");
        // other figures between, none in pounds: "The pound traded at LE50.35", "down from LE47.9"
        assertThat(FigureExtractor.extract("The Egyptian pound fell past 50 to the dollar after a 600 basis point hike and "
                + "an $8 billion loan. The pound traded at LE50.35 at the bank, down from LE47.9 in September."))
                .extracting(c -> c.text() + " " + c.per()).contains("LE50.35 USD", "LE47.9 USD");
        // a share's price is no rate
        assertThat(FigureExtractor.extract("The rupiah weakened past Rp 16,000 per dollar. Shares of Bank Mandiri "
                + "traded at Rp 6,000.")).extracting(c -> c.text() + " " + c.kind())
                .containsExactly("Rp 16,000 OTHER", "Rp 6,000 MONEY");
    }

    @Test
    void wonWrittenWWithThousandsInAKoreanTextAndIndexNamesWithNumbers() {
        assertThat(FigureExtractor.extract("Samsung shares rose 2.1% to W56,300 in Seoul, South Korea."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("2.1% percent", "W56,300 KRW");
        assertThat(FigureExtractor.extract("Samsung shares rose 2.1% to W56,300 in Seoul."))
                .extracting(Candidate::text).doesNotContain("W56,300");
        assertThat(FigureExtractor.extract("The pan-European STOXX 600 index rose 0.4% and China's CSI 300 fell 1%."))
                .extracting(Candidate::text).containsExactly("0.4%", "1%");
    }

    @Test
    void aPricesFallAsAnAmountAndTheShareThatRestatesItAreFalls() {
        assertThat(FigureExtractor.extract("Brent crude fell 52 cents, or 0.7%, to $72.09 a barrel."))
                .extracting(c -> c.text() + " " + c.value().toPlainString())
                .containsExactly("52 cents -0.52", "0.7% -0.7", "$72.09 a barrel 72.09");
        // a loss is an amount, not a fall
        assertThat(FigureExtractor.extract("The airline lost $1.2 billion in 2023."))
                .extracting(c -> c.value().toPlainString()).containsExactly("1200000000");
    }

    @Test
    void aPopulationOfABareNumberCountsPeopleAndF$IsTheFijiDollar() {
        assertThat(FigureExtractor.extract("With GDP of $31 billion and a population of only 393,000, Iceland is rich."))
                .extracting(c -> c.text() + " " + c.kind() + " " + c.unit())
                .containsExactly("$31 billion MONEY USD", "393,000 COUNT people");
        assertThat(FigureExtractor.extract("The Fiji dollar traded at F$2.25 per US dollar."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per()).containsExactly("F$2.25 FJD USD");
    }

    @Test
    void aRateComparedWithThanAndACollapseAsAFall() {
        assertThat(FigureExtractor.extract("The somoni averaged 10.84 per dollar in 2023, firmer than 11.03 a year "
                + "earlier, in Tajikistan.")).extracting(c -> c.text() + " " + c.unit() + " " + c.per())
                .containsExactly("10.84 TJS USD", "11.03 TJS USD");
        assertThat(FigureExtractor.extract("Output collapsed by 8.5% in 2020 and exports plummeted 12%."))
                .extracting(c -> c.value().toPlainString()).containsExactly("-8.5", "-12");
    }

    @Test
    void filsAreHundredthsOfTheDirhamInTheEmiratesAndNoFigureElsewhere() {
        assertThat(FigureExtractor.extract("Emaar proposed a dividend of 100 fils a share in Dubai."))
                .extracting(c -> c.text() + " " + c.kind() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("100 fils a share MONEY 1.00 AED");
        assertThat(FigureExtractor.extract("Zain will pay 25 fils a share, the Kuwaiti operator said.")).isEmpty();
        assertThat(FigureExtractor.extract("Saudi petrol prices rose 15 halalas a litre."))
                .extracting(c -> c.value().toPlainString() + " " + c.unit()).containsExactly("0.15 SAR");
    }

    @Test
    void aCurrencysPriceWrittenAfterTheNumberOrNamedAsARateAndAnIndexLevelAfterARate() {
        assertThat(FigureExtractor.extract("In Buenos Aires the official rate stood at 904 pesos per dollar, while "
                + "the parallel dollar traded at around 1,280 pesos.")).extracting(c -> c.text() + " " + c.per())
                .containsExactly("904 pesos USD", "1,280 pesos USD");
        assertThat(FigureExtractor.extract("The dong traded near 25,450 dong per dollar. The State Bank of Vietnam "
                + "set its central rate at VND24,246.")).extracting(c -> c.text() + " " + c.kind() + " " + c.per())
                .containsExactly("25,450 dong OTHER USD", "VND24,246 OTHER USD");
        // an index's level after a rate is no rate: the sentence is about no currency
        assertThat(FigureExtractor.extract("The naira traded at ₦1,480 per dollar on Friday. The Nigerian "
                + "Exchange's All-Share Index closed at 99,489.15.")).extracting(c -> c.text() + " " + c.kind())
                .containsExactly("₦1,480 OTHER", "99,489.15 INDEX");
        // a bare number after a rate named as one is priced as the rate just before it
        assertThat(FigureExtractor.extract("The boliviano traded at about 13 bolivianos to the dollar on the street, "
                + "almost twice the official rate of 6.96, which has been fixed since 2011."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per())
                .containsExactly("13 bolivianos BOB USD", "6.96 BOB USD");
    }

    @Test
    void anInterviewsAnswersTakeTheirCurrencyAndPeopleFromTheQuestion() {
        // "it" is the currency the question named; the rate moved to is priced as the one it moved from
        assertThat(FigureExtractor.extract("Q: The dram has gained a lot against the dollar.\n\nA: It went from about "
                + "480 to the dollar in early 2022 to around 388 now.")).extracting(c -> c.text() + " " + c.unit()
                + " " + c.per()).containsExactly("480 AMD USD", "388 AMD USD");
        // a number as the subject of its verb counts the people the question asked about
        assertThat(FigureExtractor.extract("Q: And the Russians who came in 2022?\n\nA: About 110,000 have stayed, "
                + "out of the more than 400,000 who crossed the border that year.")).extracting(c -> c.text() + " "
                + c.kind() + " " + c.unit()).containsExactly("110,000 COUNT russians", "400,000 COUNT russians");
        // with no people named, such a number stays unread
        assertThat(FigureExtractor.extract("Q: And the vote?\n\nA: About 110,000 have voted.")).isEmpty();
    }

    @Test
    void currenciesQuotedInDollarsAndTheLeuOfMoldova() {
        // the euro and the kina are quoted as so many dollars to one of them
        assertThat(FigureExtractor.extract("The euro fell 0.3% against the dollar to 1.0812. The kina, which the Bank "
                + "of Papua New Guinea has let fall by about 1.2 per cent against the US dollar, was at 0.2674."))
                .filteredOn(c -> c.kind() == FigureKind.OTHER).extracting(c -> c.text() + " " + c.unit() + " "
                + c.per()).containsExactly("1.0812 USD EUR", "0.2674 USD PGK");
        // a Pacific currency is quoted in dollars below one, per dollar above (and a number in words is read as any)
        assertThat(FigureExtractor.extract("The kina fell 2% against the US dollar to three in a year.")).isNotEmpty();
        assertThat(FigureExtractor.extract("The tala weakened 1.1% against the US dollar to 2.74 in Samoa."))
                .filteredOn(c -> c.kind() == FigureKind.OTHER).extracting(c -> c.unit() + " " + c.per())
                .containsExactly("WST USD");
        // the franc is quoted in itself
        assertThat(FigureExtractor.extract("The franc weakened 0.9% against the euro to 0.98."))
                .filteredOn(c -> c.kind() == FigureKind.OTHER).extracting(c -> c.unit() + " " + c.per())
                .containsExactly("CHF EUR");
        // lei are Moldova's in a Moldovan text, Romania's otherwise
        assertThat(FigureExtractor.extract("CHISINAU — Gas costs 15.3 lei per cubic metre. The leu was at 17.6 to "
                + "the dollar.")).extracting(c -> c.unit()).containsExactly("MDL", "MDL");
        assertThat(FigureExtractor.extract("In Bucharest petrol costs 7.2 lei.")).extracting(c -> c.unit())
                .containsExactly("RON");
    }

    @Test
    void nairaWrittenNAndRupeesOfAPakistaniDateline() {
        assertThat(FigureExtractor.extract("Access Holdings sold shares at N19.75 each in Lagos. Wear an N95 mask."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("N19.75 NGN");
        assertThat(FigureExtractor.extract("ISLAMABAD — The government unveiled a Rs18.9 trillion budget."))
                .extracting(c -> c.unit()).containsExactly("PKR");
    }

    @Test
    void aRateReachedAfterTheRateAFallAtARateAndPesosOfAManilaDateline() {
        assertThat(FigureExtractor.extract("The shekel, which hit 4.08 per dollar in October, has since recovered to "
                + "about 3.65.")).extracting(c -> c.text() + " " + c.per()).containsExactly("4.08 USD", "3.65 USD");
        assertThat(FigureExtractor.extract("Exports to China recovered to 35 after the shekel hit 4.08 per dollar."))
                .extracting(c -> c.text() + " " + c.per()).containsExactly("35 null", "4.08 USD");
        assertThat(FigureExtractor.extract("Output fell 9.1% in 2020 and another 1% in 2021."))
                .extracting(c -> c.value().toPlainString()).containsExactly("-9.1", "-1");
        assertThat(FigureExtractor.extract("GDP contracted at an annualised rate of 19.4% in the quarter."))
                .extracting(c -> c.value().toPlainString()).containsExactly("-19.4");
        assertThat(FigureExtractor.extract("MANILA — The peso closed at P55.58 against the dollar."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per()).containsExactly("P55.58 PHP USD");
    }

    @Test
    void aPriceQuotedAgainstACurrencyNamedBeforeItAndAPricePerQuintal() {
        assertThat(FigureExtractor.extract("The franc weakened 0.9% against the euro to 0.98."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per()).containsExactly("0.9% percent null",
                        "0.98 CHF EUR");
        assertThat(FigureExtractor.extract("Exports rose 5% against the dollar to 120."))
                .extracting(c -> c.text() + " " + c.kind()).doesNotContain("120 OTHER");
        assertThat(FigureExtractor.extract("The support price rose to Rs 2,275 per quintal in India."))
                .extracting(c -> c.text() + " " + c.per()).containsExactly("Rs 2,275 per quintal quintal");
    }

    @Test
    void aCountsNounMayFollowAMeasureJoinedToItsNumber() {
        assertThat(FigureExtractor.extract("Exports came from 6.13 million 60-kilogramme bags and 1.2 million 40-foot "
                + "containers.")).extracting(c -> c.text() + " " + c.unit())
                .containsExactly("6.13 million 60-kilogramme bags bags", "1.2 million 40-foot containers containers");
    }

    @Test
    void commodityDesksRatesAndUnits() {
        assertThat(FigureExtractor.extract("Iron ore fetched US$108.19 a wet tonne, and tea $2.26 per kilo."))
                .extracting(c -> c.text() + " " + c.per())
                .containsExactly("US$108.19 a wet tonne tonne", "$2.26 per kilo kilo");
        assertThat(FigureExtractor.extract("Exports rose to 566.7 million kilos; output was 103.8 billion cubic feet "
                + "per day.")).extracting(c -> c.text() + " " + c.kind())
                .containsExactly("566.7 million kilos QUANTITY", "103.8 billion cubic feet per day QUANTITY");
        assertThat(FigureExtractor.extract("The shilling traded at Sh160.8 to the dollar in January, in Kenya. It has "
                + "since recovered to about Sh131.")).extracting(c -> c.text() + " " + c.kind() + " " + c.per())
                .containsExactly("Sh160.8 OTHER USD", "Sh131 OTHER USD");
    }

    @Test
    void aTwoWayQuoteIsTwoFiguresOfOneKindWhileDatesFiscalYearsAndFractionsStayOut() {
        assertThat(FigureExtractor.extract("Sri Lanka's rupee closed at 298.50/299.00 to the US dollar in the spot "
                + "market on Wednesday, stronger than 300.20/300.40 a day earlier, dealers said."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per())
                .containsExactly("298.50 LKR USD", "299.00 LKR USD", "300.20 LKR USD", "300.40 LKR USD");
        assertThat(FigureExtractor.extract("A 2027 bond was quoted at 11.40/11.50 percent."))
                .extracting(c -> c.text() + " " + c.value()).containsExactly("11.40 11.40", "11.50 percent 11.50");
        // Unequal decimals, dates and fiscal years are no quotes, and a number after a slash stays no figure.
        assertThat(FigureExtractor.extract("In 2022/23 the ratio was 3.25/3.5 percent on 12/03/2024.")).isEmpty();
    }

    @Test
    void aNumberSetAgainstBasisPointsIsInBasisPointsAndAnotherNumberBeforeYearsIsNoDuration() {
        assertThat(FigureExtractor.extract("The spread was 105 basis points over the Bund, against more than 250 two "
                + "years ago.")).extracting(c -> c.text() + " " + c.value() + " " + c.unit())
                .containsExactly("105 basis points 1.05 percentage_point", "250 2.50 percentage_point");
        assertThat(FigureExtractor.extract("Rates rose to 5.25%, against 4.5 a year ago."))
                .extracting(c -> c.text() + " " + c.value() + " " + c.unit())
                .containsExactly("5.25% 5.25 percent", "4.5 4.5 percent");
    }

    @Test
    void manatsAndTheThaiBahtAsBangkokPapersWriteIt() {
        assertThat(FigureExtractor.extract("In Baku the rate has been kept at 1.7 manats per dollar since 2017."))
                .extracting(c -> c.text() + " " + c.kind() + " " + c.unit() + " " + c.per())
                .containsExactly("1.7 manats OTHER AZN USD");
        assertThat(FigureExtractor.extract("Turkmenistan's budget of 120 billion manats was passed in Ashgabat."))
                .extracting(c -> c.unit()).containsExactly("TMT");
        assertThat(FigureExtractor.extract("The Bt3.48-trillion budget for fiscal 2024 was delayed."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("Bt3.48-trillion 3480000000000 THB");
    }

    @Test
    void theDollarsPriceInBirrIsARateAndSterlingsPriceInDollarsStaysAnAmount() {
        assertThat(FigureExtractor.extract("On the parallel market the dollar had fetched around Br 120. The "
                + "government plans to spend Br 971.2 billion."))
                .extracting(c -> c.text() + " " + c.kind() + " " + c.unit() + " " + c.per())
                .containsExactly("Br 120 OTHER ETB USD", "Br 971.2 billion MONEY ETB null");
        assertThat(FigureExtractor.extract("MINSK — Belarus plans to spend Br 45 billion, the Belarusian finance "
                + "ministry said.")).extracting(Candidate::unit).containsExactly("BYN");
        assertThat(FigureExtractor.extract("Sterling slipped 0.3% to $1.2451. Investors sold the yen, and gold rose "
                + "to $2,331.")).extracting(c -> c.text() + " " + c.kind() + " " + c.per())
                .containsExactly("0.3% PERCENT null", "$1.2451 MONEY null", "$2,331 MONEY null");
    }

    @Test
    void employmentThatFellByANumberLostJobsAndPercentagePointsMakeNoIndex() {
        assertThat(FigureExtractor.extract("The unemployment rate rose 0.3 percentage points to 6.1% in March, as "
                + "employment fell by 2,200.")).extracting(c -> c.text() + " " + c.kind() + " " + c.value() + " "
                + c.unit()).containsExactly("0.3 percentage points PERCENT 0.3 percentage_point",
                "6.1% PERCENT 6.1 percent", "2,200 COUNT -2200 jobs");
        assertThat(FigureExtractor.extract("The index fell 12 points, and payrolls rose by 175,000."))
                .extracting(c -> c.text() + " " + c.kind() + " " + c.unit())
                .containsExactly("12 points INDEX points", "175,000 COUNT jobs");
    }

    @Test
    void aTextFromOntarioOrQuebecMeansTheCanadianDollarByABareDollarSign() {
        assertThat(FigureExtractor.extract("TORONTO — Ontario's wages rose to $34.81 an hour."))
                .extracting(Candidate::unit).containsExactly("CAD");
    }

    @Test
    void centsLostAreAPricesFallTheUzbekSumIsACurrencyAndACountrysPeopleTakeNoVerbForANoun() {
        assertThat(FigureExtractor.extract("WTI lost 57 cents to $78.20 a barrel, and the company lost $57 million."))
                .extracting(c -> c.text() + " " + c.value().toPlainString())
                .containsExactly("57 cents -0.57", "$78.20 a barrel 78.20", "$57 million 57000000");
        assertThat(FigureExtractor.extract("The Uzbek sum weakened to an average of 11,735 per dollar. A sum of 5 "
                + "million dollars was paid.")).extracting(c -> c.text() + " " + c.unit() + " " + c.per())
                .containsExactly("11,735 UZS USD", "5 million dollars USD null");
        assertThat(FigureExtractor.extract("The country of 52.3 million produced goods worth $10 billion, and a "
                + "country of 5 million people bought them.")).extracting(c -> c.text() + " " + c.unit())
                .containsExactly("52.3 million people", "$10 billion USD", "5 million people people");
    }

    @Test
    void aRateIsTheSubjectCurrencysNotTheOneItIsPeggedTo() {
        assertThat(FigureExtractor.extract("The lev, pegged to the euro, averaged 1.81 to the dollar."))
                .extracting(c -> c.unit() + " " + c.per()).containsExactly("BGN USD");
        assertThat(FigureExtractor.extract("The peso averaged 17.76 per dollar, while the real averaged 4.99."))
                .extracting(Candidate::unit).containsExactly("MXN", "BRL");
    }

    @Test
    void aCurrencyThatADevaluationOrDepreciationCutsFalls() {
        assertThat(FigureExtractor.extract("Argentina devalues the peso by 54%. The rupee depreciates 2% a year, and "
                + "Egypt is devaluing by 30%.")).extracting(c -> c.value().toPlainString())
                .containsExactly("-54", "-2", "-30");
    }

    @Test
    void tassTrillionsFarmYieldsAndPropertyPricesPerSquareFoot() {
        assertThat(FigureExtractor.extract("The deficit amounted to 3.2 trln rubles ($35 bln), or 1.9% of GDP."))
                .extracting(c -> c.text() + " " + c.kind() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("3.2 trln rubles MONEY 3200000000000 RUB", "$35 bln MONEY 35000000000 USD",
                        "1.9% PERCENT 1.9 percent");
        assertThat(FigureExtractor.extract("Wheat yields of 6.3 t/ha, against 7.3 t/ha last year; corn at 177 bu/acre."))
                .extracting(c -> c.text() + " " + c.kind() + " " + c.unit())
                .containsExactly("6.3 t/ha QUANTITY t/ha", "7.3 t/ha QUANTITY t/ha", "177 bu/acre QUANTITY bu/acre");
        assertThat(FigureExtractor.extract("The top project averaged S$2,100 psf, and offices S$12 psm."))
                .extracting(c -> c.text() + " " + c.per())
                .containsExactly("S$2,100 psf square foot", "S$12 psm square metre");
    }

    @Test
    void commodityAndSouthAsianShorthandForTonnesGasAndCrores() {
        assertThat(FigureExtractor.extract("Wheat output reached 112.9 MMT; sugar exports of 60 LMT were allowed; steel "
                + "output was 850 kt; the plant makes 7.5 mtpa; reserves of 10 tcf; gas at 2.1 bcf a day."))
                .extracting(c -> c.text() + " " + c.kind() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("112.9 MMT QUANTITY 112900000 tonnes", "60 LMT QUANTITY 6000000 tonnes",
                        "850 kt QUANTITY 850 kt", "7.5 mtpa QUANTITY 7500000 tonnes", "10 tcf QUANTITY 10 tcf",
                        "2.1 bcf a day QUANTITY 2.1 bcf");
        assertThat(FigureExtractor.extract("The fund raised Rs 1,200 cr, and Rs 2 lakh cr more."))
                .extracting(c -> c.text() + " " + c.value().toPlainString())
                .containsExactly("Rs 1,200 cr 12000000000", "Rs 2 lakh cr 2000000000000");
    }

    @Test
    void accountsBracketsAreANegativeAmountAndCentsTakeASlashRate() {
        assertThat(FigureExtractor.extract("It reported a net loss of $(12.3) million, or $(0.41) per share. Net income "
                + "(12.3) in 2023.")).extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.per())
                .containsExactly("$(12.3) million -12300000 null", "$(0.41) per share -0.41 share");
        assertThat(FigureExtractor.extract("Cotton climbed to 82.4 cents/lb; wheat fetched Rs 2,275/quintal."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit() + " " + c.per())
                .containsExactly("82.4 cents/lb 0.824 USD pound", "Rs 2,275/quintal 2275 INR quintal");
        assertThat(FigureExtractor.extract("The heat had cut wheat yields by up to 15%."))
                .extracting(c -> c.value().toPlainString()).containsExactly("-15");
    }

    @Test
    void pesosInManilaAsAPAPhpAndCentavosAndAPesoThatClosesInItsOwnMoney() {
        assertThat(FigureExtractor.extract("PHL economy grows 5.7%; peso closes at P57.60\n\nThe Philippine peso closed "
                + "at P57.60 versus the dollar, weakening by 25 centavos from its P57.35 finish. Revenues rose to Php "
                + "1.06 trillion."))
                .extracting(c -> c.text() + " " + c.kind() + " " + c.value().toPlainString() + " " + c.unit() + " "
                        + c.per())
                .containsExactly("5.7% PERCENT 5.7 percent null", "P57.60 OTHER 57.60 PHP USD",
                        "P57.60 OTHER 57.60 PHP USD", "25 centavos MONEY 0.25 PHP null", "P57.35 OTHER 57.35 PHP USD",
                        "Php 1.06 trillion MONEY 1060000000000 PHP null");
        // a close in another currency's money is an amount, and the dollar's close in dollars no rate
        assertThat(FigureExtractor.extract("The dollar closed at $1.08 on Monday."))
                .extracting(c -> c.kind() + " " + c.per()).containsExactly("MONEY null");
    }

    @Test
    void gulfAndAustralianShorthandOmaniRialsUsDollarsAndCentsWrittenOnto() {
        assertThat(FigureExtractor.extract("Oman's surplus reached OR931mn, and debt is to fall to OR 14.4 billion "
                + "from OR15.5bn, or 7% less."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("OR931mn 931000000 OMR", "OR 14.4 billion 14400000000 OMR",
                        "OR15.5bn 15500000000 OMR", "7% -7 percent");
        assertThat(FigureExtractor.extract("In Sydney, the Australian dollar slipped to US66.12c, while iron ore rose "
                + "to $US118 a tonne and Sydney houses cost $1.1 million."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("US66.12c 0.6612 USD", "$US118 a tonne 118 USD", "$1.1 million 1100000 AUD");
    }

    @Test
    void aSharedCurrencyIsTheOneOfTheCountryItsSentenceNamesAndBrazilsRealIsACurrencyBesideARate() {
        assertThat(FigureExtractor.extract("Bahrain's deficit was 1.2 billion dinars, Bahrain said, and Bahrain's debt "
                + "rose. In Jordan, the dinar stays pegged at 0.709 per dollar."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("1.2 billion dinars BHD", "0.709 JOD");
        assertThat(FigureExtractor.extract("Brazil's real weakened 1.2% to 5.18 per U.S. dollar."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("1.2% percent", "5.18 BRL");
    }

    @Test
    void fractionsSetInOneCharacterAndMultiplesInDigitsBeforeWhatTheyCompareWith() {
        assertThat(FigureExtractor.extract("Kenya paid roughly 2½ times what it paid in 2014. Spreads fell by 1½ "
                + "percentage points, and the rate rose to 4¾%. Zambia took 3½ years, and met 3 times a year."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("2½ times 2.5 times", "1½ percentage points -1.5 percentage_point", "4¾% 4.75 percent");
    }

    @Test
    void aChangeWithItsOwnScaleBeforeTheLevelItReachedKeepsItAndAPercentageTakesNoRate() {
        assertThat(FigureExtractor.extract("The population fell by 2.08 million to 1.40967 billion. The official rate, "
                + "crawling at 2 percent a month, rose."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.per())
                .containsExactly("2.08 million -2080000 null", "1.40967 billion 1409670000 null", "2 percent 2 null");
    }

    @Test
    void aCurrencyMovedToABareNumberIsItsPriceInDollarsUnlessItIsQuotedInDollars() {
        assertThat(FigureExtractor.extract("BOJ raises rates to 0.25%, yen jumps past 150\n\nThe euro rose to 1.0850 "
                + "on Monday. The rupee slid to 83.5, and the Nikkei fell to 38,000."))
                .extracting(c -> c.text() + " " + c.kind() + " " + c.unit() + " " + c.per())
                .containsExactly("0.25% PERCENT percent null", "150 OTHER JPY USD", "83.5 OTHER INR USD",
                        "38,000 INDEX points null");
        assertThat(FigureExtractor.extract("In Djibouti the franc, fixed to the dollar since 1973, stood at 177.7; the "
                + "euro, which was weak, traded at 1.08."))
                .extracting(c -> c.text() + " " + c.kind() + " " + c.unit() + " " + c.per())
                .containsExactly("177.7 OTHER DJF USD");
        assertThat(FigureExtractor.extract("In Argentina the official rate reached ARS 877 per dollar, while the "
                + "parallel \"blue\" dollar closed at 1,045 pesos. A basket cost ARS$828,158."))
                .extracting(c -> c.text() + " " + c.kind() + " " + c.unit() + " " + c.per())
                .containsExactly("ARS 877 OTHER ARS USD", "1,045 pesos OTHER ARS USD", "ARS$828,158 MONEY ARS null");
    }

    @Test
    void thoseWhoExpectedANumberAreNotWhatItCounts() {
        assertThat(FigureExtractor.extract("Employers added 254,000 jobs, far more than the 150,000 economists had "
                + "expected. The 20 analysts polled by Reuters expected a hold, 30 analysts expected a cut, and 10 of 14 "
                + "economists had forecast no change."))
                .extracting(c -> c.text() + " " + c.unit())
                .containsExactly("254,000 jobs jobs", "150,000 jobs", "20 analysts analysts", "30 analysts analysts",
                        "10 economists", "14 economists economists");
    }

    @Test
    void nairaAsNBeforeAPriceOfAUnitAndNoNameAfterIt() {
        assertThat(FigureExtractor.extract("In Lagos, Dangote sold petrol at N898 per litre, and N95 masks sold out."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per())
                .containsExactly("N898 per litre NGN litre");
        assertThat(FigureExtractor.extract("N95 masks sold out; the N1 road was shut.")).isEmpty();
    }

    @Test
    void aCurrencyPeggedToAnotherIsTheRatesAndSouthernAfricasOwnCurrenciesAreKnown() {
        assertThat(FigureExtractor.extract("The loti, pegged one-to-one to the South African rand, averaged 18.45 per "
                + "dollar, and so did the lilangeni, at 18.45 per dollar. The lev, pegged to the euro, averaged 1.81 "
                + "per dollar."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per())
                .containsExactly("18.45 LSL USD", "18.45 SZL USD", "1.81 BGN USD");
    }

    @Test
    void hundredthsWithoutAPluralSRatesPerEuroAndZlotysBeforeTheNumber() {
        assertThat(FigureExtractor.extract("In Karachi the rupee gained 11 paisa. In Mumbai it settled 5 paise higher; "
                + "bread rose 50 kobo in Lagos."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("11 paisa 0.11 PKR", "5 paise 0.05 INR", "50 kobo 0.50 NGN");
        assertThat(FigureExtractor.extract("The shekel-euro rate was NIS 4.108/€ and the pound R23.1/£; Poland spends "
                + "zł 186.6bn."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per())
                .containsExactly("NIS 4.108 ILS EUR", "R23.1 ZAR GBP", "zł 186.6bn PLN null");
    }

    @Test
    void aFallStatedFarFromItsVerbOrContinuedAfterAndAndAGroupNamedByAPercentage() {
        assertThat(FigureExtractor.extract("The Committee decided to lower the target range for the federal funds rate "
                + "by 1/2 percentage point to 4-3/4 to 5 percent. It will keep reducing its holdings of Treasury "
                + "securities by up to $25 billion per month and of agency securities by up to $35 billion per month."))
                .extracting(c -> c.text() + " " + c.value().toPlainString())
                .containsExactly("1/2 percentage point -0.5", "4-3/4 4.75", "5 percent 5",
                        "$25 billion per month -25000000000", "$35 billion per month -35000000000");
        assertThat(FigureExtractor.extract("Exports fell by 3% and imports rose by 2%."))
                .extracting(c -> c.value().toPlainString()).containsExactly("-3", "2");
        assertThat(FigureExtractor.extract("The top 1% hold 20% of wealth and the bottom 50 per cent 2%; the top 10 "
                + "banks grew."))
                .extracting(Candidate::text).containsExactly("20%", "2%", "10 banks");
    }

    @Test
    void emissionsInGigatonnesAreAQuantityAndGtAloneBeforeAWordIsNone() {
        assertThat(FigureExtractor.extract("Power-sector emissions dropped 19% to 0.6 Gt of CO2; the GT sports car sold "
                + "200 units."))
                .extracting(c -> c.text() + " " + c.kind() + " " + c.unit())
                .containsExactly("19% PERCENT percent", "0.6 Gt QUANTITY Gt", "200 units COUNT units");
    }

    @Test
    void malaysianBilMilAndSenAClosingRateAfterATimeOfDayAndTheKronaOfSweden() {
        assertThat(FigureExtractor.extract("KUALA LUMPUR: The ringgit firmed to 4.6850 against the US dollar at 6pm "
                + "today from Friday's close of 4.7010, as funds bought RM1.2bil of shares; a glove maker lost "
                + "RM4.5mil and diesel rose 15 sen."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit() + " " + c.per())
                .containsExactly("4.6850 4.6850 MYR USD", "4.7010 4.7010 MYR USD", "RM1.2bil 1200000000 MYR null",
                        "RM4.5mil 4500000 MYR null", "15 sen 0.15 MYR null");
        assertThat(FigureExtractor.extract("Sweden cut rates and the krona weakened to 11.52 per euro. Denmark pegs the "
                + "krone; Danish banks and Danish firms gained kr 2 billion."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("11.52 SEK", "kr 2 billion DKK");
    }

    @Test
    void aSingaporePapersBareDollarIsTheSingaporeDollarThoughItQuotesTheRateAsSDollars() {
        assertThat(FigureExtractor.extract("SINGAPORE - Singapore will spend $1.9 billion more, Singapore's minister "
                + "said. The Singdollar traded at S$1.3452 to the US dollar."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("$1.9 billion SGD", "S$1.3452 SGD");
        assertThat(FigureExtractor.extract("SINGAPORE (Reuters) - Singapore's GDP rose; Singapore firms raised "
                + "S$2 billion and $1 billion."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("S$2 billion SGD", "$1 billion USD");
    }

    @Test
    void opecsThousandsOfBarrelsADay() {
        assertThat(FigureExtractor.extract("Crude output rose by 73 tb/d in May to average 26.63 mb/d."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit() + " " + c.per())
                .containsExactly("73 tb/d 73000 barrels day", "26.63 mb/d 26630000 barrels day");
    }

    @Test
    void aRatePerAnyNounTonnesWrittenOnCaratsAndContainersCounted() {
        assertThat(FigureExtractor.extract("That works out at $6.14 per passenger, and the index rose to $5,117 per 40ft "
                + "container; the rupee stood at 83.2 per US dollar and inflation at 5 per cent."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per())
                .containsExactly("$6.14 per passenger USD passenger", "$5,117 per 40ft container USD container",
                        "83.2 INR USD", "5 per cent percent null");
        assertThat(FigureExtractor.extract("Total demand rose to 1,238t, and De Beers produced 24.7 million carats, "
                + "while the port handled 16.8 million TEUs and Rotterdam 13.4 million TEU."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit() + " " + c.kind())
                .containsExactly("1,238t 1238 tonnes QUANTITY", "24.7 million carats 24700000 carats QUANTITY",
                        "16.8 million TEUs 16800000 TEUs COUNT", "13.4 million TEU 13400000 TEUs COUNT");
    }

    @Test
    void aForecastCountAfterDoubleTheAndAnElidedVerbOfEmployment() {
        assertThat(FigureExtractor.extract("Employment jumped by 116,500, more than double the 40,000 economists had "
                + "forecast. Full-time employment rose by 78,200 and part-time employment by 38,300."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit() + " " + c.kind())
                .containsExactly("116,500 116500 jobs COUNT", "40,000 40000 jobs COUNT", "78,200 78200 jobs COUNT",
                        "38,300 38300 jobs COUNT");
    }

    @Test
    void aCurrencysRecordLowPenceInLondonAndGoldInTaels() {
        assertThat(FigureExtractor.extract("Kenya's shilling rose 2.1% to 152.5 per dollar, its strongest level in two "
                + "months, having hit a record low of KSh162 in January. Its shares fell 2.8% to 407p in London. The "
                + "central bank sold 1,200 taels of gold at 85.3 million dong a tael."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit() + " " + c.per() + " "
                        + c.kind())
                .containsExactly("2.1% 2.1 percent null PERCENT", "152.5 152.5 KES USD OTHER",
                        "KSh162 162 KES USD OTHER", "2.8% -2.8 percent null PERCENT", "407p 4.07 GBP null MONEY",
                        "1,200 taels 1200 taels null QUANTITY", "85.3 million dong a tael 85300000 VND tael MONEY");
        assertThat(FigureExtractor.extract("The company paid KSh162 million for a plot near its record high of "
                + "KSh200 million, and the 1080p screen costs $400."))
                .extracting(c -> c.text() + " " + c.per() + " " + c.kind())
                .containsExactly("KSh162 million null MONEY", "KSh200 million null MONEY", "$400 null MONEY");
    }

    @Test
    void randWithThousandsPointsAfterPercentagePointsADepositPutDownAndALevelKept() {
        assertThat(FigureExtractor.extract("JOHANNESBURG - Talks over a basic wage of R12,500 a month failed. Trucks "
                + "blocked the R21 highway. Buyers putting down a 20% deposit pay 5.6%; prices were down 4% on the year."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit() + " " + c.kind())
                .containsExactly("R12,500 a month 12500 ZAR MONEY", "20% 20 percent PERCENT",
                        "5.6% 5.6 percent PERCENT", "4% -4 percent PERCENT");
        assertThat(FigureExtractor.extract("The reform raises employers' contributions by 7 percentage points. Of the "
                + "new contribution, 4.5 points would go to workers' accounts."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.kind())
                .containsExactly("7 percentage points percentage_point PERCENT",
                        "4.5 points percentage_point PERCENT");
        assertThat(FigureExtractor.extract("Bond yields rose 0.2 percentage points, and the Dow lost 422 points."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.kind())
                .containsExactly("0.2 percentage points percentage_point PERCENT", "422 points points INDEX");
        assertThat(FigureExtractor.extract("It was told to drop plans to raise its capacity to 13 million bpd and keep "
                + "it at 12 million."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.kind())
                .containsExactly("13 million bpd barrels COUNT", "12 million barrels COUNT");
    }

    @Test
    void aHeadlinesHalfPointLakhCroreHyphenatedACountASentenceOpensWithAndAPackSize() {
        assertThat(FigureExtractor.extract("Brazil cuts Selic by half point. Collections crossed the ₹2-lakh-crore mark. "
                + "Of the 36 states and Union territories, 22 reported growth. A 50kg bag of rice sells for N80,000 in "
                + "Lagos, where farmers sold 50kg of rice."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit() + " " + c.kind())
                .containsExactly("half point -0.5 percentage_point PERCENT", "₹2-lakh-crore 2000000000000 INR MONEY",
                        "36 states 36 states COUNT", "22 22 states COUNT", "N80,000 80000 NGN MONEY",
                        "50kg 50 kg QUANTITY");
    }

    @Test
    void aLevelAfterAnIndexsLevelInItsSentenceIsTheIndexs() {
        assertThat(FigureExtractor.extract("The composite PMI rose to 51.4, above the 50 mark and beating the poll "
                + "estimate of 50.8. The services index climbed to 52.9, an 11-month high, while manufacturing slipped "
                + "to 45.6 from 46.1. The rupee slid to 83.5 per dollar from 83.2."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.kind())
                .containsExactly("51.4 points INDEX", "50 points INDEX", "50.8 points INDEX", "52.9 points INDEX",
                        "45.6 points INDEX", "46.1 points INDEX", "83.5 INR OTHER", "83.2 INR OTHER");
    }

    @Test
    void crownsMtpaARecordPastAPercentageARankingsNextAndAShare() {
        assertThat(FigureExtractor.extract("OSLO - The fund made 2.22 trillion Norwegian crowns and was worth 15.77 "
                + "trillion crowns; the crown rose to 10.51 per dollar. Crown Prince Haakon saw 5 crowns of gold."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.kind())
                .containsExactly("2.22 trillion Norwegian crowns NOK MONEY", "15.77 trillion crowns NOK MONEY",
                        "10.51 NOK OTHER", "5 crowns NOK MONEY");
        assertThat(FigureExtractor.extract("PRAGUE - The central bank lost 5.3 billion crowns, while Qatar makes 77 "
                + "mtpa."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit() + " " + c.kind())
                .containsExactly("5.3 billion crowns 5300000000 CZK MONEY", "77 mtpa 77000000 tonnes QUANTITY");
        assertThat(FigureExtractor.extract("About 2.2 million foreign tourists came, up 29% and close to the record "
                + "2.3 million of 2018. Americans led, with 610,000 departures, followed by Britons at 255,000."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.kind())
                .containsExactly("2.2 million foreign tourists tourists COUNT", "29% percent PERCENT",
                        "2.3 million tourists COUNT", "610,000 departures departures COUNT", "255,000 departures COUNT");
    }

    @Test
    void aBareDollarIsCanadasOnlyWhereCanadaIsNamedMoreThanAnyOtherCountry() {
        String both = "Mexico's economy grew 3.2%, three times as fast as Canada's. The peso lifted Mexico's output to "
                + "$1.79 trillion, closing in on Canada's $2.14 trillion. Mexican inflation slowed; in Canada it fell. "
                + "Exports make up 43.4% of Mexico's GDP and 33.7% of Canada's.";
        assertThat(FigureExtractor.extract(both)).filteredOn(c -> c.kind() == FigureKind.MONEY)
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("$1.79 trillion USD", "$2.14 trillion USD");
        String canada = "Canada's economy grew 1.1%. Canada's output reached $2.14 trillion, and Canada's banks lent "
                + "$40 billion.";
        assertThat(FigureExtractor.extract(canada)).filteredOn(c -> c.kind() == FigureKind.MONEY)
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("$2.14 trillion CAD", "$40 billion CAD");
    }

    @Test
    void theNextOfAListOfWhatItIsOfAndThePeruvianSol() {
        assertThat(FigureExtractor.extract("They included 22.2 million tonnes of corn, 13.1 million of wheat and 1.9 "
                + "million of barley. The sol ended the year at 3.70 per dollar."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.kind())
                .containsExactly("22.2 million tonnes tonnes QUANTITY", "13.1 million tonnes QUANTITY",
                        "1.9 million tonnes QUANTITY", "3.70 PEN OTHER");
    }

    @Test
    void aCapacityAWhileClauseAFallAfterAndAndAClauseOfItsOwn() {
        assertThat(FigureExtractor.extract("Oil activities shrank 9.2% for the year and 16.1% in the fourth quarter, "
                + "while exports rose 2% and 3%. It pumps 9 million barrels per day against a capacity of some 12 "
                + "million. Visitors numbered 27.4 million, beating a target of 25 million. Small mines dug 1.3 "
                + "million ounces, up 43%, while large mines produced 2.73 million."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("9.2% -9.2 percent", "16.1% -16.1 percent", "2% 2 percent", "3% 3 percent",
                        "9 million barrels per day 9000000 barrels", "12 million 12000000 barrels",
                        "27.4 million 27400000 visitors", "25 million 25000000 visitors",
                        "1.3 million ounces 1300000 ounces", "43% 43 percent", "2.73 million 2730000 ounces");
        assertThat(FigureExtractor.extract("COLOMBO - The rupee has gained 7% against the dollar this year to around "
                + "Rs. 304, and tourist arrivals rose to 208,253 in January."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.kind())
                .containsExactly("7% percent PERCENT", "Rs. 304 LKR OTHER", "208,253 arrivals COUNT");
    }

    @Test
    void theAcronymOfTwoCapitalsCountedInThePlural() {
        assertThat(FigureExtractor.extract("The company sold 1.38 lakh cars, including 17,200 EVs, and shipped "
                + "2,400 PCs."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.kind())
                .containsExactly("1.38 lakh cars cars COUNT", "17,200 EVs EVs COUNT", "2,400 PCs PCs COUNT");
    }

    @Test
    void theDollarsPriceAfterAnAuxiliaryOrAsItAndAnAmountFromABareNumber() {
        assertThat(FigureExtractor.extract("On the parallel market, where the dollar had fetched as much as LE70 in "
                + "January, it traded at LE50. The airline said it had sold LE70 of tickets."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per() + " " + c.kind())
                .containsExactly("LE70 EGP USD OTHER", "LE50 EGP USD OTHER", "LE70 EGP null MONEY");
        assertThat(FigureExtractor.extract("It raised the monthly child benefit to 800 zlotys from 500, and the fee "
                + "to $30 from 25, while output rose to 612 tonnes from 500."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit() + " " + c.kind())
                .containsExactly("800 zlotys 800 PLN MONEY", "500 500 PLN MONEY", "$30 30 USD MONEY",
                        "25 25 USD MONEY", "612 tonnes 612 tonnes QUANTITY", "500 500 tonnes QUANTITY");
    }

    @Test
    void aSaleTimesOversubscribedPulaInBotswanaAndAPercentageBelowItsLevel() {
        assertThat(FigureExtractor.extract("The deal was more than five times oversubscribed; the notes were 3.2 times "
                + "covered. It meets four times a year."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("five times 5 times", "3.2 times 3.2 times");
        assertThat(FigureExtractor.extract("GABORONE - Botswana's deficit will widen to P9.3 billion."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("P9.3 billion BWP");
        assertThat(FigureExtractor.extract("MANILA - The Philippines will spend P9.3 billion."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("P9.3 billion PHP");
        assertThat(FigureExtractor.extract("Jet fuel averaged about 8% below its level a year ago; revenue came in "
                + "Rp 6.8 trillion below target."))
                .extracting(c -> c.text() + " " + c.value().toPlainString())
                .containsExactly("8% -8", "Rp 6.8 trillion 6800000000000");
    }

    @Test
    void theLekTheConvertibleMarkAndAPlaceOfSoManyPeopleBeforeAVerbInThePresent() {
        assertThat(FigureExtractor.extract("Albania's lek averaged 100.6 per dollar. Bosnia's convertible mark "
                + "averaged 1.81 per dollar, a mark of confidence, it said."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per()).containsExactly("100.6 ALL USD", "1.81 BAM USD");
        assertThat(FigureExtractor.extract("Unemployment in the country of 2.5 million stands at 23.4%."))
                .extracting(c -> c.text() + " " + c.kind()).containsExactly("2.5 million COUNT", "23.4% PERCENT");
        assertThat(FigureExtractor.extract("The city of 2 million residents has grown."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("2 million residents residents");
    }

    @Test
    void aMarketWrapsLossesInPointsAndRupeesAndItsCountsOfWhichAndFrom() {
        assertThat(FigureExtractor.extract("KSE-100 sheds 1,234 points. The index, losing 1,234.56 points, or 1.55pc, "
                + "closed at 78,445.38. WorldCall lost Rs0.06 to close at Rs1.32; the firm lost Rs5 billion in 2023."))
                .extracting(c -> c.text() + " " + c.value().toPlainString())
                .containsExactly("1,234 points -1234", "1,234.56 points -1234.56", "1.55pc -1.55", "78,445.38 78445.38",
                        "Rs0.06 -0.06", "Rs1.32 1.32", "Rs5 billion 5000000000");
        assertThat(FigureExtractor.extract("Volume rose to 612.4 million shares from 487.2 million on Friday. Shares of "
                + "443 companies were traded, of which 98 registered gains, 318 recorded losses and 27 remained unchanged. "
                + "Gas exports reached 23.8 bcm, of which 12 bcm went to Europe."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("612.4 million shares 612400000 shares", "487.2 million 487200000 shares",
                        "443 companies 443 companies", "98 98 companies", "318 318 companies", "27 27 companies",
                        "23.8 bcm 23.8 bcm", "12 bcm 12 bcm");
        assertThat(FigureExtractor.extract("It sold 5 million shares, while the price rose from 10."))
                .extracting(c -> c.text()).containsExactly("5 million shares");
    }

    @Test
    void squareMetresShortenedACorridorsSignedEndsAndARangeInBasisPoints() {
        assertThat(FigureExtractor.extract("Unsold homes reached 391 million sq m; a flat of 1,200 sq ft costs more."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.kind())
                .containsExactly("391 million sq m square metres QUANTITY", "1,200 sq ft square feet QUANTITY");
        assertThat(FigureExtractor.extract("The corridor around the MPR is now +100/-300 basis points, and spreads were "
                + "between 40 and 45 bps. Sales rose in 2020/21."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("+100 1.00 percentage_point", "-300 basis points -3.00 percentage_point",
                        "40 0.40 percentage_point", "45 bps 0.45 percentage_point");
    }

    @Test
    void aRatioAfterAGaugeARoundMarkOfACurrencyAndUnitsOfRainHashAndSpeed() {
        assertThat(FigureExtractor.extract("The bid-to-cover ratio, a gauge of demand, was 2.48, below the 2.53 average. "
                + "The PMI, a gauge of activity, rose to 52.3. The debt ratio falls by 2028-29."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.kind())
                .containsExactly("2.48  OTHER", "2.53  OTHER", "52.3 points INDEX");
        assertThat(FigureExtractor.extract("The yen averaged ¥153.42 to the dollar in April, 14.6% weaker than a year "
                + "earlier, and briefly breached the 160 mark. The euro fell through the 1.05 level."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per())
                .containsExactly("¥153.42 JPY USD", "14.6% percent null", "160 JPY USD");
        assertThat(FigureExtractor.extract("India received 934.8 mm of rain; the hash rate was 615 EH/s, trains ran at "
                + "120 km/h and cotton rose to 82.4 cents/lb."))
                .extracting(c -> c.text() + " " + c.unit())
                .containsExactly("934.8 mm mm", "615 EH/s EH/s", "120 km/h km/h", "82.4 cents/lb USD");
    }

    @Test
    void centsWrittenOnAMultipleOfItsOperatingProfitAndAFigureComparedWithTheOneBefore() {
        assertThat(FigureExtractor.extract("Debt costs eat up about 20c of every rand. BHP shares fell 31c to $43.12."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("20c 0.20 ZAR", "31c -0.31 USD", "$43.12 43.12 USD");
        assertThat(FigureExtractor.extract("A Category 5c storm hit the coast.")).isEmpty(); // no money around
        assertThat(FigureExtractor.extract("Valued at 12 times its operating profit, it trades at 17 times next year's "
                + "earnings.")).extracting(c -> c.text() + " " + c.unit())
                .containsExactly("12 times its operating profit times", "17 times next year's earnings times");
        assertThat(FigureExtractor.extract("Quotas were 240 million wet metric tons, below the 270 million miners had "
                + "sought."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.kind())
                .containsExactly("240 million wet metric tons tonnes QUANTITY", "270 million tonnes QUANTITY");
    }

    @Test
    void aRateThatLabelsAParagraphWithAColon() {
        assertThat(FigureExtractor.extract("Five numbers.\n\n139.8: shillings per dollar, the 2023 average, against "
                + "about 118 a year earlier.\n\n2024: the year of the budget."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per())
                .containsExactly("139.8 KES USD", "118 KES USD");
    }

    @Test
    void aScaledNumberComparedWithACountBeforeItAModelsNameAndAColonsListCountTheSame() {
        assertThat(FigureExtractor.extract("Thailand received 28.15 million foreign tourists, below the target of 30 "
                + "million and short of the record 39.9 million of 2019. Conab cut its forecast to 146.5 million metric "
                + "tons on Thursday from 149.4 million in February. It sold 5 million shares, raising 30 million."))
                .extracting(c -> c.text() + " " + c.unit())
                .containsExactly("28.15 million foreign tourists tourists", "30 million tourists",
                        "39.9 million tourists", "146.5 million metric tons tonnes", "149.4 million tonnes",
                        "5 million shares shares", "30 million ");
        assertThat(FigureExtractor.extract("Women have 5.1 children each, against 2.3 worldwide. The order has 250 "
                + "Airbus planes, including 210 A320neo narrowbodies, and 220 Boeing jets: 190 737 MAX, 20 787s and 10 "
                + "777X, at R$125 per 60-kg bag."))
                .extracting(c -> c.text() + " " + c.unit())
                .containsExactly("5.1 children children", "2.3 children", "250 Airbus planes planes",
                        "210 A320neo narrowbodies narrowbodies", "220 Boeing jets jets", "190 jets", "20 jets", "10 jets",
                        "R$125 per 60-kg bag BRL");
    }

    @Test
    void centsOfTheSentencesCurrencyAFallRestatedInPointsAndAnAmountLostOnTheWayToAPrice() {
        assertThat(FigureExtractor.extract("The minimum wage will rise by 80c to €13.50 an hour. Debt costs eat 20c of "
                + "every rand. WTI lost 57 cents."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("80c 0.80 EUR", "€13.50 an hour 13.50 EUR", "20c 0.20 ZAR", "57 cents -0.57 USD");
        assertThat(FigureExtractor.extract("The Hang Seng Index fell 2.1 per cent, or 362.78 points, to 17,201.27. "
                + "Tencent lost HK$7.20 to HK$376.40, and the firm lost $5 billion to fraud."))
                .extracting(c -> c.text() + " " + c.value().toPlainString())
                .containsExactly("2.1 per cent -2.1", "362.78 points -362.78", "17,201.27 17201.27", "HK$7.20 -7.20",
                        "HK$376.40 376.40", "$5 billion 5000000000");
    }

    @Test
    void whatADollarSoldForIsItsPriceInThatCurrency() {
        assertThat(FigureExtractor.extract("In Buenos Aires the parallel \"blue\" dollar sold for about 1,030 pesos, "
                + "against an official 877 pesos per dollar. Argentina's firm sold shares for 2,000 pesos."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per() + " " + c.kind())
                .containsExactly("1,030 pesos ARS USD OTHER", "877 pesos ARS USD OTHER", "2,000 pesos ARS null MONEY");
    }

    @Test
    void headlinesFallInThePresentTense() {
        assertThat(FigureExtractor.extract("ASX slips 0.6 per cent as miners drag; Gold dips $12 to $2,330; BHP falls "
                + "31c to $43.12"))
                .extracting(c -> c.text() + " " + c.value().toPlainString())
                .containsExactly("0.6 per cent -0.6", "$12 -12", "$2,330 2330", "31c -0.31", "$43.12 43.12");
    }

    @Test
    void aRangeWhoseHeadHasItsOwnScaleWordBeforeTheDash() {
        assertThat(FigureExtractor.extract("Codelco expects 1.33 million-1.39 million tonnes in 2024; the COVID-19 wave "
                + "grounded A-320 jets."))
                .extracting(c -> c.text() + " " + c.value().toPlainString() + " " + c.unit())
                .containsExactly("1.33 million 1330000 tonnes", "1.39 million tonnes 1390000 tonnes");
    }

    @Test
    void aCountAfterOfThoseOrOfTheRoughlyTakesTheNounCountedBefore() {
        assertThat(read("Some 89,700 businesses withdrew, against 98,000 newly registered. Of those leaving, 51,100 "
                + "suspended operations for a fixed time and 17,500 dissolved.")).containsExactly(
                "89,700 businesses COUNT 89700 businesses", "98,000 COUNT 98000 businesses",
                "51,100 COUNT 51100 businesses", "17,500 COUNT 17500 businesses");
        assertThat(read("Some 21,000 migrants arrived. Of those who arrived, 8,043 were unaccompanied minors."))
                .containsExactly("21,000 migrants COUNT 21000 migrants", "8,043 COUNT 8043 minors");
        assertThat(read("Some 3,900 of the roughly 4,000 residents were evacuated; 120 of an estimated 300 homes "
                + "were damaged.")).containsExactly("3,900 COUNT 3900 residents",
                "4,000 residents COUNT 4000 residents",
                "120 COUNT 120 homes", "300 homes COUNT 300 homes");
    }

    @Test
    void aGroupsSizeAfterAnAdverbAndTrafficCountedInItsSingularNoun() {
        assertThat(read("Americans were again the largest group, at 595,000.")).containsExactly(
                "595,000 COUNT 595000 americans");
        assertThat(read("Passenger traffic at Nigerian airports rose 7.6% to 16.2 million last year, the authority "
                + "said, of whom 4.3 million flew abroad. Visitor numbers reached 1.2 million. Passenger traffic rose "
                + "as 40 new flights added 2.1 million.")).containsExactly("7.6% PERCENT 7.6 percent",
                "16.2 million COUNT 16200000 passengers", "4.3 million COUNT 4300000 passengers",
                "1.2 million COUNT 1200000 visitors", "40 new flights COUNT 40 flights", "2.1 million OTHER 2100000 ");
    }

    @Test
    void aCountBeforeItsVerbOfCuttingIsNoCutAndTheKronaWithItsAccentIsIcelands() {
        assertThat(read("Of the 24 foreign carriers that fly to Nigeria, 9 had cut capacity; the airline added 9 "
                + "routes.")).containsExactly("24 foreign carriers COUNT 24 carriers", "9 COUNT 9 carriers",
                "9 routes COUNT 9 routes");
        assertThat(FigureExtractor.extract("The króna weakened to 149 per euro in the autumn."))
                .extracting(c -> c.text() + " " + c.unit() + " " + c.per()).containsExactly("149 ISK EUR");
    }

    @Test
    void countsWithoutANounAsSubjectsOfTheirVerbsAcrossAParagraphAndAfterThem() {
        assertThat(read("Developers started building 13,600 homes in March, 18.6% fewer than a year earlier.\n\nIn the "
                + "first quarter, 48,900 were started and 49,600 completed. Permits were issued for 67,300, up 14%."))
                .containsExactly("13,600 homes COUNT 13600 homes", "18.6% PERCENT -18.6 percent",
                        "48,900 COUNT 48900 homes", "49,600 COUNT 49600 homes", "67,300 COUNT 67300 homes",
                        "14% PERCENT 14 percent");
        assertThat(read("Developers started building 13,600 homes in March.\n\nThe index stood at 4,210 in May."))
                .containsExactly("13,600 homes COUNT 13600 homes", "4,210 INDEX 4210 points");
    }

    @Test
    void aSecondAmountAtKeepsTheFirstsCurrencyAndPeopleAreNamedByWhatTheyDoOrAre() {
        assertThat(read("Pay was highest in mining, at 812,000 tenge, and lowest in agriculture, at 247,000. It sold "
                + "at $5, at 300 stores.")).containsExactly("812,000 tenge MONEY 812000 KZT",
                "247,000 MONEY 247000 KZT", "$5 MONEY 5 USD", "300 stores COUNT 300 stores");
        assertThat(read("The country's 9.1 million employed include 2.3 million who work for themselves. Of the "
                + "Russians who came, 1.1 million who stayed. Exports reached 4.5 million.")).containsExactly(
                "9.1 million COUNT 9100000 people", "2.3 million COUNT 2300000 people",
                "1.1 million COUNT 1100000 russians", "4.5 million OTHER 4500000 ");
    }

    @Test
    void aChangeByThenTheLevelItCameToIsNoRangeAndTheNumberOfUnemployedArePeople() {
        assertThat(read("The number of employed people increased by 296,000 to 16.8 million. The number of unemployed "
                + "fell by 328,000 to 7.8 million. Unemployment rose by 19,000 to 2.78 million people."))
                .containsExactly(
                "296,000 COUNT 296000 people", "16.8 million COUNT 16800000 people", "328,000 COUNT -328000 people",
                "7.8 million COUNT 7800000 people", "19,000 COUNT 19000 people",
                "2.78 million people COUNT 2780000 people");
        assertThat(read("Prices rose by 2 to 3%. Output grew by 2 to 3 million tonnes.")).containsExactly(
                "2 PERCENT 2 percent", "3% PERCENT 3 percent", "2 QUANTITY 2000000 tonnes",
                "3 million tonnes QUANTITY 3000000 tonnes");
    }

    @Test
    void aSentenceOpeningWithOfTheCountsLaterNumbersAndAConvertedAmountKeepsItsSign() {
        assertThat(read("Of the country's 20.6 million people, about 6.6 million need food aid. Of 25 analysts polled, "
                + "19 had expected a cut of that size and 6 a larger one.")).containsExactly(
                "20.6 million people COUNT 20600000 people", "6.6 million COUNT 6600000 people",
                "25 analysts COUNT 25 analysts", "19 COUNT 19 analysts", "6 COUNT 6 analysts");
        assertThat(read("It would cut spending by COP 28.4 trillion ($6.5 billion). Pemex reported a net loss of 161.5 "
                + "billion pesos (US $8 billion), and it cut costs by $5 million and invested $3 million."))
                .containsExactly("COP 28.4 trillion MONEY -28400000000000 COP", "$6.5 billion MONEY -6500000000 USD",
                        "161.5 billion pesos MONEY -161500000000 MXN", "US $8 billion MONEY -8000000000 USD",
                        "$5 million MONEY -5000000 USD", "$3 million MONEY 3000000 USD");
    }

    @Test
    void aCurrencysRateMovedFromOneLevelToAnotherOrEndingTheYearIsItsPriceInDollars() {
        assertThat(FigureExtractor.extract("The central bank let the pound fall by almost 40%, from about EGP 30.9 per "
                + "dollar to more than EGP 49, as part of an $8 billion loan. It now trades at around EGP 50.6. The "
                + "shilling weakened by 21.7% against the dollar last year, ending at about Sh156.5. Tea sold at Sh335 "
                + "a kilo.")).extracting(c -> c.text() + " " + c.kind() + " " + c.unit() + " " + c.per())
                .containsExactly("40% PERCENT percent null", "EGP 30.9 OTHER EGP USD", "EGP 49 OTHER EGP USD",
                        "$8 billion MONEY USD null", "EGP 50.6 OTHER EGP USD", "21.7% PERCENT percent null",
                        "Sh156.5 OTHER KES USD", "Sh335 a kilo MONEY KES kilo");
    }

    @Test
    void theNextOfARankingAfterAndAndACutOfAtLeast() {
        assertThat(read("Pakistan remained the largest buyer, taking 198.6 million kilos, followed by Egypt with 71.3 "
                + "million and the United Kingdom with 59.9 million. Economists expect a cut of at least 100 basis "
                + "points.")).containsExactly("198.6 million kilos QUANTITY 198600000 kilos",
                "71.3 million QUANTITY 71300000 kilos", "59.9 million QUANTITY 59900000 kilos",
                "100 basis points PERCENT -1 percentage_point");
    }

    @Test
    void anotherCountARateOfACountInTimeAndAShareOneInFourWithNoNoun() {
        assertThat(read("Britain lost a net 13,479 shops last year, the equivalent of 37 a day. Indonesia has 54 "
                + "smelters in operation and another 33 under construction.")).containsExactly(
                "13,479 shops COUNT 13479 shops", "37 a day COUNT 37 shops", "54 smelters COUNT 54 smelters",
                "33 COUNT 33 smelters");
        assertThat(read("In Manila a family gets about P16,000 a month, and 7 in 10 spend most of it on food. He "
                + "scored 3 in 10 minutes.")).containsExactly("P16,000 a month MONEY 16000 PHP", "7 COUNT 7 people",
                "10 COUNT 10 people");
        assertThat(FigureExtractor.extract("Relief is capped at £110,000 a business."))
                .extracting(c -> c.text() + " " + c.per()).containsExactly("£110,000 a business business");
    }

    @Test
    void aSecondSubjectAfterACommaIsTheCountsNoun() {
        assertThat(read("Openings rose 4% to 26,344, but closures climbed to 39,823.")).containsExactly(
                "4% PERCENT 4 percent", "26,344 COUNT 26344 openings", "39,823 COUNT 39823 closures");
    }

    @Test
    void populationsAndCountsNamedBeforeTheirVerbCountEvenWithAScaleWord() {
        assertThat(read("The population of the emirate passed 3.8 million in September, up from 3.3 million in 2020. "
                + "Uruguay, a country of 3.4 million, holds an investment grade. Population at year-end: 1.40967 "
                + "billion.")).containsExactly("3.8 million COUNT 3800000 people", "3.3 million COUNT 3300000 people",
                "3.4 million COUNT 3400000 people", "1.40967 billion COUNT 1409670000 people");
        assertThat(read("Foreign tourist arrivals reached 28.15 million. Chinese visitors, the largest group before "
                + "the pandemic, numbered 3.4 million, below the 5.5 million of 2019. Exports reached 4.5 million, and "
                + "hybrid sales climbed 31% to 3.8 million.")).containsExactly("28.15 million COUNT 28150000 arrivals",
                "3.4 million COUNT 3400000 visitors", "5.5 million COUNT 5500000 visitors",
                "4.5 million OTHER 4500000 ", "31% PERCENT 31 percent", "3.8 million OTHER 3800000 ");
        assertThat(read("The number of Nepalis taking permits for foreign jobs reached 687,000, and the number of "
                + "guests at hotels and holiday lets rose to 31.6 million.")).containsExactly(
                "687,000 COUNT 687000 nepalis", "31.6 million COUNT 31600000 guests");
    }

    @Test
    void theNextOfAListAheadOfOrAfterAndAtKeepsTheFirstsUnit() {
        assertThat(read("Soybeans were the largest cargo at 41.2 million tonnes, ahead of sugar at 25.9 million and "
                + "corn at 20.1 million. Revenue was $5 million and profit at 2 million.")).containsExactly(
                "41.2 million tonnes QUANTITY 41200000 tonnes", "25.9 million QUANTITY 25900000 tonnes",
                "20.1 million QUANTITY 20100000 tonnes", "$5 million MONEY 5000000 USD", "2 million MONEY 2000000 USD");
    }

    @Test
    void goodsExportedOrShippedWithAScaleWordAreUnits() {
        assertThat(read("Car exports reached 1.1 million, and smartphone shipments rose to 2.5 million. Exports "
                + "reached 4.5 million.")).containsExactly("1.1 million COUNT 1100000 units",
                "2.5 million COUNT 2500000 units",
                "4.5 million OTHER 4500000 ");
    }

    @Test
    void aCurrencyEndingTheYearAtAnAmountIsPricedAsItsRateBefore() {
        assertThat(FigureExtractor.extract("COLOMBO — The rupee, which traded at more than Rs 360 to the dollar in "
                + "Sri Lanka in 2022, ended the year at about Rs 293.")).extracting(c -> c.text() + " " + c.kind() + " "
                + c.unit() + " " + c.per()).containsExactly("Rs 360 OTHER LKR USD", "Rs 293 OTHER LKR USD");
    }

    @Test
    void aWholeNamedAgainByItsNumberAloneAndAnExplicitPlusSign() {
        assertThat(read("Japan's economy will grow 1.2%, a Reuters poll of 28 economists showed.\n\nCore inflation is "
                + "seen at 2.1%. Of the 28, 19 expect a hike in January, and 6 in March.")).containsExactly(
                "1.2% PERCENT 1.2 percent", "28 economists COUNT 28 economists", "2.1% PERCENT 2.1 percent",
                "28 COUNT 28 economists", "19 COUNT 19 economists", "6 COUNT 6 economists");
        assertThat(read("Rents rose in Ontario (+5.5%) and fell in Alberta (-1.2%); GDP +4.7% y/y.")).containsExactly(
                "+5.5% PERCENT 5.5 percent", "-1.2% PERCENT -1.2 percent", "+4.7% PERCENT 4.7 percent");
    }

    @Test
    void employmentAsALevelWithAScaleWordCountsJobs() {
        assertThat(read("Formal employment stood at 3.1 million at the end of 2023, and employment fell by 20,000 in "
                + "March.")).containsExactly("3.1 million COUNT 3100000 jobs", "20,000 COUNT -20000 jobs");
    }

    @Test
    void livestockInHeadARatioOfBirthsAndCountsNamedBeforeACommaAndAt() {
        assertThat(read("The herd fell to 51.6 million head in March, down from 53.4 million a year earlier. It built "
                + "9.03 million vehicles, of which about 2 million in Germany.")).containsExactly(
                "51.6 million head COUNT 51600000 head", "53.4 million COUNT 53400000 head",
                "9.03 million vehicles COUNT 9030000 vehicles", "2 million COUNT 2000000 vehicles");
        assertThat(read("The total fertility rate, the average number of children a woman is expected to have, rose to "
                + "0.75 from 0.72. Deaths, at 358,400, still outnumbered births.")).containsExactly(
                "0.75 OTHER 0.75 ", "0.72 OTHER 0.72 ", "358,400 COUNT 358400 deaths");
        assertThat(read("VW employs about 120,000 people in Germany.\n\nAt the Wolfsburg headquarters alone, 66,000 "
                + "work.")).containsExactly("120,000 people COUNT 120000 people", "66,000 COUNT 66000 people");
    }

    @Test
    void aNumberWithTheScaleWordOfTheCountBeforeItContinuesThatCountButNotAPopulation() {
        assertThat(read("MTN lost about 4 million subscribers in the month, leaving it with 84.2 million. Airtel had "
                + "62.9 million and Globacom 61.3 million.")).containsExactly(
                "4 million subscribers COUNT 4000000 subscribers", "84.2 million COUNT 84200000 subscribers",
                "62.9 million COUNT 62900000 subscribers", "61.3 million COUNT 61300000 subscribers");
        assertThat(read("About 1 million Kyrgyz citizens work abroad, out of a population of 7 million, and exports "
                + "reached $2 billion and 3 billion.")).containsExactly(
                "1 million Kyrgyz citizens COUNT 1000000 citizens", "7 million COUNT 7000000 people",
                "$2 billion MONEY 2000000000 USD", "3 billion OTHER 3000000000 ");
    }

    @Test
    void theNumberOfInAHeadlineARecordOfTheTotalAndWhatANumberIsNamedAfterItsVerb() {
        assertThat(read("Number of people forced from their homes hits record 123 million\n\nThe number of people "
                + "displaced reached a record 122.6 million, up 5.3 million from the end of last year. Sudan has 10.8 "
                + "million people uprooted. Syria follows.\n\nOf the total, 72.1 million were displaced within their "
                + "own countries and 32 million were refugees. Iran hosted the most refugees, some 3.8 million."))
                .containsExactly("123 million COUNT 123000000 people", "122.6 million COUNT 122600000 people",
                "5.3 million COUNT 5300000 people", "10.8 million people COUNT 10800000 people",
                "72.1 million COUNT 72100000 people", "32 million COUNT 32000000 refugees",
                "3.8 million COUNT 3800000 refugees");
    }

    @Test
    void aCountsNounBeforeAPlaceItCameFromAndWhatItWasFewerThan() {
        assertThat(read("Flights at the airport rose 6.2% to 526,000. The airline will grow its fleet to more than 800 "
                + "aircraft by 2033, from about 490 now. Indonesia will recruit 250,000 new civil servants, fewer than "
                + "the 2.3 million the regions had asked for.")).containsExactly("6.2% PERCENT 6.2 percent",
                "526,000 COUNT 526000 flights", "800 aircraft COUNT 800 aircraft", "490 COUNT 490 aircraft",
                "250,000 new civil servants COUNT 250000 servants", "2.3 million COUNT 2300000 servants");
    }

    @Test
    void aWorkforceAScaledRateInTimeAndANameBeforeTheCountedNounAfterOfWhich() {
        assertThat(read("There were 2.5 billion transactions, about 6.8 million a day. Its workforce grew to about "
                + "900,000. Poland has ordered 1,000 K2 tanks, of which 180 have been delivered, and 96 Apache "
                + "helicopters.")).containsExactly("2.5 billion transactions COUNT 2500000000 transactions",
                "6.8 million a day COUNT 6800000 transactions", "900,000 COUNT 900000 employees",
                "1,000 K2 tanks COUNT 1000 tanks", "180 COUNT 180 tanks", "96 Apache helicopters COUNT 96 helicopters");
        assertThat(read("443 companies were traded, of which 98 registered gains.")).containsExactly(
                "443 companies COUNT 443 companies", "98 COUNT 98 companies");
    }

    @Test
    void aQuantityContinuedAndTheLevelAChangeInPercentStartedFrom() {
        assertThat(read("Mongolia exported a record 83.7 million tonnes of coal, up 20% from 69.6 million in 2023. "
                + "Corn made up 22.5 million tonnes and wheat 16.4 million.")).containsExactly(
                "83.7 million tonnes QUANTITY 83700000 tonnes", "20% PERCENT 20 percent",
                "69.6 million QUANTITY 69600000 tonnes", "22.5 million tonnes QUANTITY 22500000 tonnes",
                "16.4 million QUANTITY 16400000 tonnes");
        assertThat(read("Hybrid sales climbed 31% to 3.8 million.")).containsExactly("31% PERCENT 31 percent",
                "3.8 million OTHER 3800000 ");
    }

    @Test
    void pencePopulationAfterAChangeInPercentAndAWorkforcesGrowth() {
        assertThat(read("In London the bonds rose 4 pence to 73p on the pound. India's workforce grows by 8m or so a "
                + "year. The city's population rose 0.4% to 7.52 million.")).containsExactly("4 pence MONEY 0.04 GBP",
                "73p MONEY 0.73 GBP", "8m COUNT 8000000 employees", "0.4% PERCENT 0.4 percent",
                "7.52 million COUNT 7520000 people");
    }

    @Test
    void aWorkforceBroughtToANumberAnEmployerToEmployAndKwachaNamedLaterInTheText() {
        assertThat(read("LUSAKA — A bag of mealie meal has risen to about K350 from K250. The kwacha weakened to K26.8 "
                + "per dollar in Zambia.")).containsExactly("K350 MONEY 350 ZMW", "K250 MONEY 250 ZMW",
                "K26.8 OTHER 26.8 ZMW");
        assertThat(read("The industry added 100,000 jobs, bringing its workforce to 1.82 million. It expects to "
                + "employ 1.9 million by the end of this year.")).containsExactly("100,000 jobs COUNT 100000 jobs",
                "1.82 million COUNT 1820000 employees", "1.9 million COUNT 1900000 employees");
    }

    @Test
    void employmentAfterAChangeInPercentAndASecondRateQuotedPerAnotherCurrency() {
        assertThat(read("Wages rose 11.2%, while employment fell 0.4% to 6.5 million.")).containsExactly(
                "11.2% PERCENT 11.2 percent", "0.4% PERCENT -0.4 percent", "6.5 million COUNT 6500000 jobs");
        assertThat(read("The zloty firmed to 4.26 per euro, its strongest since 2021, and to 3.92 against the dollar."))
                .containsExactly("4.26 OTHER 4.26 PLN", "3.92 OTHER 3.92 PLN");
    }

    @Test
    void unemploymentAsANumberOfPeopleItsChangeAndItsLevel() {
        assertThat(read("Unemployment climbed by 27,000 to 2.86 million, taking the jobless rate to 6.1%. In Spain "
                + "unemployment rose 2% to 2.6 million, and in Italy it fell to 7.8%.")).containsExactly(
                "27,000 COUNT 27000 people", "2.86 million COUNT 2860000 people", "6.1% PERCENT 6.1 percent",
                "2% PERCENT 2 percent", "2.6 million COUNT 2600000 people", "7.8% PERCENT 7.8 percent");
    }

    @Test
    void migrationAsPeopleAnEmployerWithMoreThanAndCompoundsOfPeople() {
        assertThat(read("Net overseas migration fell to 379,000 in the year to June from 536,000. The park now employs "
                + "more than 80,000, up from 60,000 two years ago. Builders are short of about 90,000 tradespeople "
                + "and 3,200 fishermen.")).containsExactly("379,000 COUNT 379000 people", "536,000 COUNT 536000 people",
                "80,000 COUNT 80000 employees", "60,000 COUNT 60000 employees",
                "90,000 tradespeople COUNT 90000 tradespeople", "3,200 fishermen COUNT 3200 fishermen");
    }

    @Test
    void aCountNamedByTheNumberOfAfterAChangeInPercentAndAProfitInTheCurrencyOfTheSalesBeforeIt() {
        assertThat(read("The number of watches exported fell 11% to 15.1 million.")).containsExactly(
                "11% PERCENT -11 percent", "15.1 million COUNT 15100000 watches");
        assertThat(read("Swatch's sales fell 14.6% to 6.7 billion francs and its operating profit by 70% to 304 "
                + "million. Revenue was $6.7 billion. Net profit fell to 304 million.")).containsExactly(
                "14.6% PERCENT -14.6 percent", "6.7 billion francs MONEY 6700000000 CHF", "70% PERCENT -70 percent",
                "304 million MONEY 304000000 CHF", "$6.7 billion MONEY 6700000000 USD",
                "304 million MONEY 304000000 USD");
        assertThat(read("Hybrid sales climbed 31% to 3.8 million.")).containsExactly("31% PERCENT 31 percent",
                "3.8 million OTHER 3800000 ");
    }

    @Test
    void aFallCarriedToThoseOfTheNextPlaceAndToAByAfterAnd() {
        assertThat(read("Shipments to China dropped 25.8% and those to Hong Kong 18.7%. Sales fell 4.5% and profit "
                + "rose by 2.1%.")).containsExactly("25.8% PERCENT -25.8 percent", "18.7% PERCENT -18.7 percent",
                "4.5% PERCENT -4.5 percent", "2.1% PERCENT 2.1 percent");
    }

    @Test
    void aModelsOneDigitNumberInsideItsCountAndTheCountContinuedPastIt() {
        assertThat(read("Sony sold 8.2 million PlayStation 5 consoles in the quarter and now expects to ship 21 "
                + "million in the full year.")).containsExactly(
                "8.2 million PlayStation 5 consoles COUNT 8200000 consoles", "21 million COUNT 21000000 consoles");
    }

    @Test
    void aCountRestatedAsItsPeakItsTotalOrItsChange() {
        assertThat(read("About 580,000 people remain displaced, the agency says, down from a peak of more than 1 "
                + "million. Factories added about 150,000 workers, bringing the total to around 4.2 million. Output "
                + "fell to about 600,000 barrels a day, from a peak above 1 million in 2010.")).containsExactly(
                "580,000 people COUNT 580000 people", "1 million COUNT 1000000 people",
                "150,000 workers COUNT 150000 workers", "4.2 million COUNT 4200000 workers",
                "600,000 barrels a day COUNT 600000 barrels", "1 million COUNT 1000000 barrels");
        assertThat(read("Revenue was $4 billion, down from a peak of 6 million.")).containsExactly(
                "$4 billion MONEY 4000000000 USD", "6 million OTHER 6000000 ");
    }

    @Test
    void populationsChangedByOrForecastAndListLabelsThatCount() {
        assertThat(read("The population fell by 2.08 million to 1.40967 billion, the second annual decline. Nigeria's "
                + "population to pass 400 million by 2050.")).containsExactly("2.08 million COUNT -2080000 people",
                "1.40967 billion COUNT 1409670000 people", "400 million COUNT 400000000 people");
        assertThat(read("Key figures:\n- Births: 9.02 million, the fewest since 1949\n- Exports: 3.4 million"))
                .containsExactly("9.02 million COUNT 9020000 births", "3.4 million OTHER 3400000 ");
    }

    @Test
    void aCountExpectedInTheNextSentencePastMoneyInBillionsAndTouristsWhoNumberedARecord() {
        assertThat(read("Last year Spain welcomed 85.1 million foreign visitors, who spent €108.7 billion. The "
                + "government expects more than 90 million this year.")).containsExactly(
                "85.1 million foreign visitors COUNT 85100000 visitors", "€108.7 billion MONEY 108700000000 EUR",
                "90 million COUNT 90000000 visitors");
        assertThat(read("Foreign tourists, who numbered a record 10.1 million last year, spent more.")).containsExactly(
                "10.1 million COUNT 10100000 tourists");
    }

    @Test
    void theLargestGroupWithAScaleWord() {
        assertThat(read("Malaysians were the largest group at 4.9 million, overtaking Chinese visitors."))
                .containsExactly("4.9 million COUNT 4900000 malaysians");
        assertThat(read("Britons were the largest group at 1.2 million visitors.")).containsExactly(
                "1.2 million visitors COUNT 1200000 visitors");
    }

    @Test
    void theLargestGroupAfterAnAsideOfEveryAndTheNumberForecast() {
        assertThat(read("Household service workers, most of them women, remained the largest group, at about 310,000. "
                + "Of every 10,000 companies, 62 went bust.")).containsExactly("310,000 COUNT 310000 workers",
                "10,000 companies COUNT 10000 companies", "62 COUNT 62 companies");
        assertThat(read("The institute counted 1,472 insolvencies in December and expects the number to peak at about "
                + "26,000 this year.")).containsExactly("1,472 insolvencies COUNT 1472 insolvencies",
                "26,000 COUNT 26000 insolvencies");
    }

    @Test
    void aNounOfMoneysListCountsThingsWhereTheTextCountsItAndHeadlinesInThePresent() {
        assertThat(read("UPI payments top 20 billion in a month\n\nIndians made 20.01 billion payments in December. "
                + "Arrivals cross 10 million.")).containsExactly("20 billion COUNT 20000000000 payments",
                "20.01 billion payments COUNT 20010000000 payments", "10 million COUNT 10000000 arrivals");
        assertThat(read("Remittances hit 4 billion. Payments reached 3 billion.")).containsExactly(
                "4 billion OTHER 4000000000 ", "3 billion OTHER 3000000000 ");
    }

    @Test
    void sterlingAbbreviatedAsWireCopyWritesIt() {
        assertThat(read("It expects profit of 500 mln stg to 525 mln stg, and sold shares for 2.5 billion stg."))
                .containsExactly("500 mln stg MONEY 500000000 GBP", "525 mln stg MONEY 525000000 GBP",
                        "2.5 billion stg MONEY 2500000000 GBP");
    }

    @Test
    void goodsSoldWithoutAScaleWordAreUnitsToo() {
        assertThat(read("Car sales dropped 6.5% to 810,400. Approvals fell to 61,500.")).containsExactly(
                "6.5% PERCENT -6.5 percent", "810,400 COUNT 810400 units", "61,500 COUNT 61500 approvals");
    }

    @Test
    void aPopulationsChangeOverAPeriodAnAsideAfterTheNounAndABlueMarketRateWithItsVerbLeftOut() {
        assertThat(read("Canada's population grew by 20,107 in the fourth quarter to 41.5 million. Housing starts, "
                + "meanwhile, rose 2% to 245,120 last year.")).containsExactly("20,107 COUNT 20107 people",
                "41.5 million COUNT 41500000 people", "2% PERCENT 2 percent", "245,120 COUNT 245120 starts");
        assertThat(read("In Argentina the official exchange rate was 1,032 pesos per dollar, and the blue-market rate "
                + "about 1,230.")).containsExactly("1,032 pesos OTHER 1032 ARS", "1,230 OTHER 1230 ARS");
    }

    @Test
    void peopleNamedByWhatOnlyPeopleDoAndOfThemAcrossAParagraph() {
        assertThat(read("The quakes destroyed about 518,000 homes. Some 3 million left the region, and about 700,000 "
                + "still live in container cities.")).containsExactly("518,000 homes COUNT 518000 homes",
                "3 million COUNT 3000000 people", "700,000 COUNT 700000 people");
        assertThat(read("They involved about 6.24 million patients.\n\nOnly 58.9% of patients had waited less than "
                + "18 weeks, and 3,700 of them had waited more than two years.")).containsExactly(
                "6.24 million patients COUNT 6240000 patients", "58.9% PERCENT 58.9 percent",
                "3,700 COUNT 3700 patients");
    }

    @Test
    void aJobsReportsChangesStatedByTheirVerbsAloneAndTheNumberRevised() {
        assertThat(read("Employers added 143,000 jobs, and hiring was revised up by a combined 100,000.\n\n"
                + "December's gain now stands at 307,000. The jobless rate slipped to 4%.\n\nHealth care added "
                + "44,000 and retailers 34,000, while mining lost 8,000. The revision cut the number of jobs added in "
                + "the year to March 2024 by 598,000.")).containsExactly("143,000 jobs COUNT 143000 jobs",
                "100,000 COUNT 100000 jobs", "307,000 COUNT 307000 jobs", "4% PERCENT 4 percent",
                "44,000 COUNT 44000 jobs", "34,000 COUNT 34000 jobs", "8,000 COUNT 8000 jobs",
                "598,000 COUNT 598000 jobs");
    }

    @Test
    void aYearAfterItsMonthCountsNothingThatFollowsIt() {
        assertThat(read("It handed over 201,580 homes in the provinces hit by the February 2023 earthquakes, and "
                + "will build 251,000 more.")).containsExactly("201,580 homes COUNT 201580 homes",
                "251,000 COUNT 251000 homes");
    }

    @Test
    void unemploymentBelowALevelAChangeOverAMonthAndTwoWheelersSoldPastAGauge() {
        assertThat(read("Spain's registered unemployment falls below 2.6 million\n\nThe number of people registered as "
                + "unemployed fell by 27,300 in April to 2.58 million.")).containsExactly(
                "2.6 million COUNT 2600000 people", "27,300 COUNT -27300 people", "2.58 million COUNT 2580000 people");
        assertThat(read("Two-wheeler sales rise 9% to 1.96 crore. Tractor sales, a gauge of rural demand, rose 7% to "
                + "about 9.4 lakh. Exports of two-wheelers jumped 21% to 41.9 lakh.")).containsExactly(
                "9% PERCENT 9 percent", "1.96 crore COUNT 19600000 units", "7% PERCENT 7 percent",
                "9.4 lakh COUNT 940000 units", "21% PERCENT 21 percent", "41.9 lakh COUNT 4190000 two-wheelers");
    }

    @Test
    void aNameEndingInSBeforeItsNounAFleetGrownFromANumberAndTheEgyptianPoundInCapitalsOnly() {
        assertThat(read("Poland ordered 366 Abrams tanks. Royal Air Maroc has ordered up to 200 aircraft to grow its "
                + "fleet from 50.")).containsExactly("366 Abrams tanks COUNT 366 tanks",
                "200 aircraft COUNT 200 aircraft", "50 COUNT 50 aircraft");
        assertThat(read("RABAT (Le360) — In Cairo a kilo of meat costs LE 450.")).containsExactly(
                "LE 450 MONEY 450 EGP");
        assertThat(read("The government says 1 in 10 Filipinos lives or works abroad.")).containsExactly(
                "1 COUNT 1 filipinos", "10 Filipinos COUNT 10 filipinos");
    }

    @Test
    void aRateWithNoCurrencyInItsSentenceIsTheTextsAndDollarsChangingHandsArePriced() {
        assertThat(read("Fuel sells at 3.72 bolivianos a litre.\n\nThe official exchange rate has been fixed at 6.96 "
                + "per dollar since 2011, but dollars change hands on the street at about 13.")).containsExactly(
                "3.72 bolivianos a litre MONEY 3.72 BOB", "6.96 OTHER 6.96 BOB", "13 OTHER 13 BOB");
    }

    @Test
    void aPopulationInAHeadlinesPresentTense() {
        assertThat(read("Nigeria's population passes 230 million, but nobody is sure")).containsExactly(
                "230 million COUNT 230000000 people");
    }

    @Test
    void aHeadlinesFigureCountedInTheBodyANounBeforeItsPlaceAndPeopleWhoNumber() {
        assertThat(read("Pix instant payments hit 6.4 billion in a month\n\nBrazilians made 6.4 billion transactions "
                + "through Pix. Applications in January, at 14,921, were the fewest. Farmers, who number about 2.4 "
                + "million, say prices fell.")).containsExactly("6.4 billion COUNT 6400000000 transactions",
                "6.4 billion transactions COUNT 6400000000 transactions", "14,921 COUNT 14921 applications",
                "2.4 million COUNT 2400000 farmers");
        assertThat(read("Exports hit 6.4 billion. It made 6.4 billion euros.")).containsExactly(
                "6.4 billion OTHER 6400000000 ", "6.4 billion euros MONEY 6400000000 EUR");
    }

    @Test
    void ratesPerBagAndPerPersonTheNumberHalvedSinceAYearAndTheTopDestination() {
        assertThat(read("It sells rice at ¥2,000 a bag. Argentines ate 47.8 kilograms of beef per person."))
                .containsExactly("¥2,000 a bag MONEY 2000 JPY",
                        "47.8 kilograms of beef per person QUANTITY 47.8 kilograms");
        assertThat(read("Output fell to 6.61 million tonnes, and the number of rice farmers has halved since 2000 to "
                + "about 530,000.")).containsExactly("6.61 million tonnes QUANTITY 6610000 tonnes",
                "530,000 COUNT 530000 farmers");
        assertThat(read("Nepal issued 839,266 labour permits.\n\nMalaysia was the top destination, with 187,211."))
                .containsExactly("839,266 labour permits COUNT 839266 permits", "187,211 COUNT 187211 permits");
    }

    @Test
    void thePlaceThatSentTheMostWithAScaleWordAndANounCountedInTwoPlaces() {
        assertThat(read("Vietnam received 17.6 million foreign visitors.\n\nSouth Korea sent the most, 4.6 million, "
                + "followed by China with 3.7 million.")).containsExactly(
                "17.6 million foreign visitors COUNT 17600000 visitors", "4.6 million COUNT 4600000 visitors",
                "3.7 million COUNT 3700000 visitors");
        assertThat(read("Company insolvencies in England and Wales rise to 2,053 in May")).containsExactly(
                "2,053 COUNT 2053 insolvencies");
    }

    @Test
    void peopleOfACountryWithoutAnSAndThoseWorkingAbroadWhoNumber() {
        assertThat(read("About 1.3 million young Senegalese enter the labour market every year. Remittances from "
                + "Uzbeks working in Russia, who number about 1.2 million, reached $14.8 billion. It sold 300 cheese "
                + "wheels."))
                .containsExactly("1.3 million young Senegalese COUNT 1300000 senegalese",
                        "1.2 million COUNT 1200000 uzbeks", "$14.8 billion MONEY 14800000000 USD",
                        "300 cheese wheels COUNT 300 wheels");
    }

    @Test
    void aLevelAfterAChangeAndItsMonthAndAWorkforceNamedByItsCountry() {
        assertThat(read("Unemployment rose by 7,000 in December to 2.87 million, a rate of 6.1%."))
                .containsExactly("7,000 COUNT 7000 people", "2.87 million COUNT 2870000 people",
                        "6.1% PERCENT 6.1 percent");
        assertThat(read("It will cut 35,000 jobs, a quarter of its German workforce of 120,000."))
                .containsExactly("35,000 jobs COUNT 35000 jobs", "120,000 COUNT 120000 employees");
    }

    @Test
    void anIndexByItsTickerASecondMultipleTheLargestGroupAndJobsAfterPeople() {
        assertThat(read("KSE-100 crosses 100,000 for the first time. COVID-19 killed 7,000 people.")).containsExactly(
                "100,000 INDEX 100000 points", "7,000 people COUNT 7000 people");
        assertThat(read("Shares trade at 4.5 times forward earnings, against 11 times for emerging markets. Prices "
                + "rose 4 times, against 11 times in 2022.")).containsExactly(
                "4.5 times forward earnings OTHER 4.5 times", "11 times OTHER 11 times");
        assertThat(read("Japan welcomed 3.32 million foreign visitors. Visitors from South Korea were the largest "
                + "group, at 713,000.")).containsExactly("3.32 million foreign visitors COUNT 3320000 visitors",
                "713,000 COUNT 713000 visitors");
        assertThat(read("The number of unemployed people increased by 158,000 to 8.4 million, while employment fell "
                + "by 92,000 to 16.7 million.")).containsExactly("158,000 COUNT 158000 people",
                "8.4 million COUNT 8400000 people", "92,000 COUNT -92000 jobs", "16.7 million COUNT 16700000 jobs");
        assertThat(read("Meals for 82.9 million schoolchildren and pregnant women.")).containsExactly(
                "82.9 million schoolchildren COUNT 82900000 schoolchildren");
    }

    @Test
    void agesCountNothingAndACountFallsBelowALevel() {
        assertThat(read("About 9.3 million people aged 16 to 64 were inactive. It hired 25 people aged 30-40."))
                .containsExactly("9.3 million people COUNT 9300000 people", "25 people COUNT 25 people");
        assertThat(read("UK wage growth picks up to 5.2% as vacancies fall below 820,000")).containsExactly(
                "5.2% PERCENT 5.2 percent", "820,000 COUNT 820000 vacancies");
    }

    @Test
    void aPartOfAPlacesCountARateOfStartsAfterAnAsideAndAPronounsCurrency() {
        assertThat(read("About 133 million of Nigeria's 220 million people are poor. It hired 3,000 of the country's "
                + "45,000 nurses.")).containsExactly("133 million COUNT 133000000 people",
                "220 million people COUNT 220000000 people", "3,000 COUNT 3000 nurses",
                "45,000 nurses COUNT 45000 nurses");
        assertThat(read("Single-family starts, the bulk of homebuilding, rose 6.4% to a rate of 1.011 million. "
                + "Sales of existing homes rose 4.8% to an annual rate of 4.15 million.")).containsExactly(
                "6.4% PERCENT 6.4 percent", "1.011 million COUNT 1011000 starts", "4.8% PERCENT 4.8 percent",
                "4.15 million COUNT 4150000 homes");
        assertThat(read("The taka has held at about Tk 120 to the dollar since May, when the central bank let it "
                + "weaken from 110 under a crawling peg.")).containsExactly("Tk 120 OTHER 120 BDT",
                "110 OTHER 110 BDT");
    }

    @Test
    void wireTonnesForecastsOfAnAmountATotalOfAndTheDollarPricedInZiG() {
        assertThat(read("Russia cuts wheat export quota to 10.6 mln T as deficit widens")).containsExactly(
                "10.6 mln T QUANTITY 10600000 tonnes");
        assertThat(read("Its operating profit fell to 9.18 trillion won, below forecasts of 10.7 trillion."))
                .containsExactly("9.18 trillion won MONEY 9180000000000 KRW", "10.7 trillion MONEY 10700000000000 KRW");
        assertThat(read("The peso is allowed to weaken by 2% a month.")).containsExactly("2% PERCENT -2 percent");
        assertThat(read("Employment grew by 213,993 jobs in ten months, for a total of 22.6 million.")).containsExactly(
                "213,993 jobs COUNT 213993 jobs", "22.6 million COUNT 22600000 jobs");
        assertThat(read("On the street, a US dollar buys about ZiG 35.")).containsExactly("ZiG 35 OTHER 35 ZWG");
    }

    @Test
    void aNumberSetByTheVerbBeforeItAPartOfTheGroupASentenceOpensWithAndACurrencyHeldAt() {
        assertThat(read("Ottawa plans to cut the number of new permanent residents to 395,000 next year from 485,000 "
                + "this year, and reduce temporary residents by about 445,000. The population grew by 0.1 per cent in "
                + "the third quarter, to 41.5 million.")).containsExactly("395,000 COUNT 395000 residents",
                "485,000 COUNT 485000 residents", "445,000 COUNT -445000 residents", "0.1 per cent PERCENT 0.1 percent",
                "41.5 million COUNT 41500000 people");
        assertThat(read("Of the startups that raised a seed round in 2021, 7 out of 10 have not raised again."))
                .containsExactly("7 COUNT 7 startups", "10 COUNT 10 startups");
        assertThat(read("Kyrgyz remittances recover as the som holds at 87")).containsExactly("87 OTHER 87 KGS");
    }

    @Test
    void theNumberOfBeforeTheFigureBeforeASectorsOpeningsThoseOfThemAndSalesOfGoodsCountedBefore() {
        assertThat(read("Hires fell to 5.31 million, and the number of people quitting their jobs rose to 3.3 million "
                + "from 3.1 million.")).containsExactly("5.31 million COUNT 5310000 hires",
                "3.3 million COUNT 3300000 people", "3.1 million COUNT 3100000 people");
        assertThat(read("Openings in professional and business services jumped by 273,000, while those in "
                + "manufacturing fell by 41,000.")).containsExactly("273,000 COUNT 273000 openings",
                "41,000 COUNT -41000 openings");
        assertThat(read("More than 11 million people have been forced from their homes, 3.1 million of them across "
                + "borders.")).containsExactly("11 million people COUNT 11000000 people",
                "3.1 million COUNT 3100000 people");
        assertThat(read("Toyota sold 10.82 million vehicles.\n\nSales in China fell 6.9% to 1.78 million."))
                .containsExactly("10.82 million vehicles COUNT 10820000 vehicles", "6.9% PERCENT -6.9 percent",
                        "1.78 million COUNT 1780000 vehicles");
        assertThat(read("It is enough to narrow the trade deficit by 21%. It won a narrow 51% majority."))
                .containsExactly("21% PERCENT -21 percent", "51% PERCENT 51 percent");
    }

    @Test
    void arrivalsOnIslandsAsAWholeARateFarBackDayVisitorsAWorkforceWithAnAdjectiveAndBoeingModels() {
        assertThat(read("Arrivals on the Canary Islands hit a record 46,843. A record 46,843 migrants arrived. "
                + "Arrivals to Spain as a whole rose 12.5% to 63,970.")).containsExactly("46,843 COUNT 46843 arrivals",
                "46,843 migrants COUNT 46843 migrants", "12.5% PERCENT 12.5 percent", "63,970 COUNT 63970 arrivals");
        assertThat(read("Ethiopia's birr has weakened to 124.3 per dollar at the official rate since the central bank "
                + "let it float in July, from 57.5 before.")).containsExactly("124.3 OTHER 124.3 ETB",
                "57.5 OTHER 57.5 ETB");
        assertThat(read("As many as 30,000 day visitors a day crowd the centre. Boeing will cut 17,000 jobs, about a "
                + "tenth of its global workforce of 171,000.")).containsExactly(
                "30,000 day visitors a day COUNT 30000 visitors", "17,000 jobs COUNT 17000 jobs",
                "171,000 COUNT 171000 employees");
        assertThat(read("The strike halted production of the 737 MAX, 767 and 777 jets. Airlines ordered 777 new "
                + "planes in 2023.")).containsExactly("777 new planes COUNT 777 planes");
    }

    @Test
    void pointsAfterBasisPointsAndTheRealsRecordLowInItsOwnMoney() {
        assertThat(read("The bank raised its rate by 100 basis points to 12.25%, more than the 75 points most "
                + "economists expected. The Bovespa fell 300 points after a 50 basis point hike.")).containsExactly(
                "100 basis points PERCENT 1 percentage_point", "12.25% PERCENT 12.25 percent",
                "75 points PERCENT 0.75 percentage_point", "300 points INDEX -300 points",
                "50 basis point PERCENT 0.5 percentage_point");
        assertThat(FigureExtractor.extract("The real has lost 21% against the dollar this year, touching a record low "
                + "of R$6.09 last week.")).extracting(c -> c.text() + " " + c.kind().label() + " " + c.unit() + " per "
                + c.per()).containsExactly("21% percent percent per null", "R$6.09 other BRL per USD");
    }

    @Test
    void aRatioForEachCountsWhatTheSentenceCountedFirst() {
        assertThat(read("Civil service exams drew 3.4 million applicants for about 39,700 posts, or 86 for each job."))
                .containsExactly("3.4 million applicants COUNT 3400000 applicants", "39,700 posts COUNT 39700 posts",
                        "86 COUNT 86 applicants");
    }

    @Test
    void aHeadcountInLakhsAndThePartOfACountNamedAfterOfThem() {
        assertThat(read("\"Our headcount is 6,12,724 today,\" he said.")).containsExactly(
                "6,12,724 COUNT 612724 employees");
        assertThat(read("Some 15,286 people, 4,561 of them children, were in emergency accommodation. About 11 million "
                + "people fled, 3.1 million of them across borders.")).containsExactly(
                "15,286 people COUNT 15286 people", "4,561 COUNT 4561 children",
                "11 million people COUNT 11000000 people", "3.1 million COUNT 3100000 people");
    }

    @Test
    void anAmountAVerbOfMoneyLeadsToAPesoSteadyingNearAPriceAndASmallerCutThanPoints() {
        assertThat(FigureExtractor.extract("Colombia's central bank cuts to 9.5% as peso steadies near 4,400. It cut "
                + "its rate by 25 basis points, a smaller cut than the 50 points it had made. The government cut its "
                + "budget by 12 trillion pesos after Congress rejected a tax bill meant to raise 12 trillion."))
                .extracting(c -> c.text() + " " + c.kind().label() + " "
                        + c.value().stripTrailingZeros().toPlainString() + " " + c.unit() + " per " + c.per())
                .containsExactly("9.5% percent 9.5 percent per null",
                        "4,400 other 4400 COP per USD", "25 basis points percent -0.25 percentage_point per null",
                        "50 points percent -0.5 percentage_point per null",
                        "12 trillion pesos money -12000000000000 COP per null",
                        "12 trillion money 12000000000000 COP per null");
        assertThat(read("Inflation fell to 3.2 per cent, a smaller fall than the 3.1 per cent economists had "
                + "expected.")).containsExactly("3.2 per cent PERCENT 3.2 percent", "3.1 per cent PERCENT 3.1 percent");
    }

    @Test
    void anAmountSizingAPlanIsNoFallAndARatePerSomethingCountsTheNumberOf() {
        assertThat(read("Kenya drops Sh346 billion tax plan after deadly protests. Brent drops $2 to $80 a barrel."))
                .containsExactly("Sh346 billion MONEY 346000000000 KES", "$2 MONEY -2 USD",
                        "$80 a barrel MONEY 80 USD");
        assertThat(read("The number of homes for sale was 11% higher than a year ago, at about 30 per branch."))
                .containsExactly("11% PERCENT 11 percent", "30 per branch COUNT 30 homes");
    }

    @Test
    void aPriceADozenAndAFurtherNumberOfWhatTheSentenceCountedFirst() {
        assertThat(read("Egg prices hit a record $4.15 a dozen. A carton of 18 eggs now sells for as much as $10."))
                .containsExactly("$4.15 a dozen MONEY 4.15 USD", "18 eggs COUNT 18 eggs", "$10 MONEY 10 USD");
        assertThat(read("About 2,500 of the jobs to go will be at Port Talbot, in a town of 35,000 people, with a "
                + "further 300 at other sites.")).containsExactly("2,500 COUNT 2500 jobs",
                "35,000 people COUNT 35000 people", "300 COUNT 300 jobs");
    }

    @Test
    void theNgultrumsSignAPopulationAfterItsNumberAndARatePerPersonOverATime() {
        assertThat(read("Tourism earned Bhutan Nu 7.6 billion; visitors pay Nu 1,200 a night. Form NU 5 is no amount."))
                .containsExactly("Nu 7.6 billion MONEY 7600000000 BTN", "Nu 1,200 a night MONEY 1200 BTN");
        assertThat(read("Some 70% of the 20 million population lives on less than $2.15 a day. Japanese eat about "
                + "51 kilograms per person a year; the fee is $19.28 per kilowatt a month.")).containsExactly(
                "70% PERCENT 70 percent", "20 million COUNT 20000000 people", "$2.15 a day MONEY 2.15 USD",
                "51 kilograms per person a year QUANTITY 51 kilograms", "$19.28 per kilowatt MONEY 19.28 USD");
    }

    @Test
    void dollarsChangingHandsAreTheirPriceAndAMetricTonnageGoesOnInTonnes() {
        assertThat(FigureExtractor.extract("Malawi set the rate at 1,700 kwacha to the dollar, narrowing the gap "
                + "with the parallel market, where dollars were changing hands for as much as K2,400. Imports worth "
                + "5 million dollars were sold at K2,400 each."))
                .extracting(c -> c.text() + " " + c.kind().label() + " " + c.unit() + " per " + c.per())
                .startsWith("1,700 kwacha other MWK per USD", "K2,400 other MWK per USD", "5 million dollars money USD "
                        + "per null");
        assertThat(read("The quota was set at 3 million metric tons, up from 2.47 million a year earlier."))
                .containsExactly("3 million metric tons QUANTITY 3000000 tonnes",
                        "2.47 million QUANTITY 2470000 tonnes");
    }

    @Test
    void theKunaAListsJoblessTotalAndANumberForEveryThousandPeople() {
        assertThat(read("A coffee costs €3, against 12 kuna before the changeover. Slovakia produced 1.08 million "
                + "cars, or 199 for every 1,000 inhabitants.\n\n* Jobless total: 254,000, up 33,000 yr/yr")).containsExactly(
                "€3 MONEY 3 EUR", "12 kuna MONEY 12 HRK", "1.08 million cars COUNT 1080000 cars", "199 COUNT 199 cars",
                "1,000 inhabitants COUNT 1000 inhabitants", "254,000 COUNT 254000 people", "33,000 COUNT 33000 people");
    }

    @Test
    void aNumberSetWithWordsBetweenItsFromAFallToComeAndArrivalsThatRecovered() {
        assertThat(read("The authority will cut the number of ships allowed through each day to 32 from 36. Revenue "
                + "reached $4.9 billion, but it expects revenue to fall by $200 million next year.")).containsExactly(
                "32 COUNT 32 ships", "36 COUNT 36 ships", "$4.9 billion MONEY 4900000000 USD",
                "$200 million MONEY -200000000 USD");
        assertThat(read("Tourist arrivals recovered to 151,000 last year, still below the 180,000 of 2019."))
                .containsExactly("151,000 COUNT 151000 arrivals", "180,000 COUNT 180000 arrivals");
    }

    @Test
    void aSingaporeDatelinesDollarsAClassLetterInANounAnEnginesSizeAndZeroPercent() {
        assertThat(read("SINGAPORE - Premiums rose to $106,000 as the city-state cut the quota. Singapore has 650,000 "
                + "cars.")).startsWith("$106,000 MONEY 106000 SGD");
        assertThat(read("Bids totalled 2,187 for the 1,052 Category A certificates, for engines up to 1,600cc and 130 "
                + "horsepower. Growth is capped at zero per cent a year, a zero tolerance.")).containsExactly(
                "2,187 COUNT 2187 bids", "1,052 Category A certificates COUNT 1052 certificates",
                "1,600cc QUANTITY 1600 cc", "130 horsepower QUANTITY 130 horsepower",
                "zero per cent PERCENT 0 percent");
    }

    @Test
    void migrationAnEstimatedNumberIsOfPeopleAndSoIsTheNumberItFellFrom() {
        assertThat(read("The sector employs some 240,000 academic staff. Net migration was an estimated 728,000 in the "
                + "year to June, down from a record 906,000 a year earlier.")).containsExactly(
                "240,000 academic staff COUNT 240000 staff", "728,000 COUNT 728000 people",
                "906,000 COUNT 906000 people");
    }

    @Test
    void chargingPointsAreCountedAndAnIndexsPointsStayItsLevel() {
        assertThat(read("Norway has some 27,000 public charging points. The index fell 300 points, and rates rose "
                + "25 basis points.")).containsExactly("27,000 public charging points COUNT 27000 charging points",
                "300 points INDEX -300 points", "25 basis points PERCENT 0.25 percentage_point");
    }

    @Test
    void emalangeniWrittenEDollarsSellingForPesosAndPermanentOnes() {
        assertThat(read("Eswatini's customs receipts will rise to E12.4 billion from E9.8 billion. Take the E45 road."))
                .containsExactly("E12.4 billion MONEY 12400000000 SZL", "E9.8 billion MONEY 9800000000 SZL");
        assertThat(FigureExtractor.extract("The official rate in Cuba is 120 pesos to the dollar, but dollars sell for "
                + "340 pesos on the informal market.")).extracting(c -> c.text() + " " + c.unit() + " per " + c.per())
                .containsExactly("120 pesos CUP per USD", "340 pesos CUP per USD");
        assertThat(read("It would create 15,000 jobs during construction and 3,000 permanent ones.")).containsExactly(
                "15,000 jobs COUNT 15000 jobs", "3,000 COUNT 3000 jobs");
    }

    @Test
    void gasADayBarbadianDollarsTheSurinameseDollarAndARatesPriceAfterButAt() {
        assertThat(read("Output fell from 4 bcf/d; plants used 850 mmcf/d. Barbados restructured BDS$15 billion."))
                .containsExactly("4 bcf/d QUANTITY 4 bcf/d", "850 mmcf/d QUANTITY 850 mmcf/d",
                        "BDS$15 billion MONEY 15000000000 BBD");
        assertThat(FigureExtractor.extract("The Surinamese dollar trades at about 35.5 to the U.S. dollar. The dinar "
                + "trades at 135 to the dollar officially, but at 240 on the parallel market in Algiers. Sales rose "
                + "5%, but at 300 stores they fell.")).extracting(c -> c.text() + " " + c.unit() + " per " + c.per())
                .containsExactly("35.5 SRD per USD", "135 DZD per USD", "240 DZD per USD", "5% percent per null",
                        "300 stores stores per null");
    }

    @Test
    void ofThemAfterAQuantityMoreThanAMillionAfterNumberAndAnInfinitiveIsNoDraw() {
        assertThat(read("Vietnam imported 2.7 million tonnes of raw cashews, 1.1 million of them from Ivory Coast. "
                + "Artisanal miners number more than a million. It has built 10 industrial zones to draw investors. "
                + "Indigent households, about 240,000 of them, wait.")).containsExactly(
                "2.7 million tonnes QUANTITY 2700000 tonnes", "1.1 million QUANTITY 1100000 tonnes",
                "a million COUNT 1000000 miners", "10 industrial zones COUNT 10 zones",
                "240,000 COUNT 240000 households");
    }

    @Test
    void malotiSeychellesRupeesADiasporaAndRoomsCappedAtANumber() {
        assertThat(FigureExtractor.extract("Lesotho's exporters shipped M6.1 billion of clothes. The loti, which is "
                + "pegged one-to-one to South Africa's rand, traded at 18.4 to the US dollar. The lilangeni is pegged "
                + "to South Africa's rand, which traded at 18.1. Traffic on the M4 rose.")).extracting(c -> c.text()
                + " " + c.unit() + " per " + c.per()).containsExactly("M6.1 billion LSL per null", "18.4 LSL per USD",
                "18.1 ZAR per USD");
        assertThat(FigureExtractor.extract("The Seychelles raised the levy to SR75 a night, from SR25. The Seychelles "
                + "rupee strengthened to 13.2 per dollar.")).extracting(c -> c.text() + " " + c.unit())
                .containsExactly("SR75 a night SCR", "SR25 SCR", "13.2 SCR");
        assertThat(read("The diaspora is estimated at about 700,000. The government has capped new hotel rooms at "
                + "1,200 a year and interest rates at 12.")).containsExactly("700,000 COUNT 700000 people",
                "1,200 a year COUNT 1200 rooms");
    }

    @Test
    void bruneiAndBahamianDollarsWrittenB() {
        assertThat(FigureExtractor.extract("Brunei's downstream exports reached B$6.9 billion. The Brunei dollar was "
                + "at about B$1.35 per US dollar.")).extracting(c -> c.text() + " " + c.unit())
                .containsExactly("B$6.9 billion BND", "B$1.35 BND");
        assertThat(FigureExtractor.extract("NASSAU - The Bahamas collected B$3.1 billion in revenue."))
                .extracting(c -> c.text() + " " + c.unit()).containsExactly("B$3.1 billion BSD");
    }

    @Test
    void aLossNarrowedToAndFromJobsNamedByTheSentencesLeadAPlantThatWillEmployAndHectolitres() {
        assertThat(read("GoTo narrowed its adjusted EBITDA loss to Rp 1.2 trillion in 2023 from Rp 10.2 trillion. "
                + "Kenya drops Sh346 billion tax plan.")).containsExactly(
                "Rp 1.2 trillion MONEY -1200000000000 IDR", "Rp 10.2 trillion MONEY -10200000000000 IDR",
                "Sh346 billion MONEY 346000000000 KES");
        assertThat(read("Heineken sold 274.5 million hectolitres of beer. Of the jobs to go, as many as 1,000 will be "
                + "at its head office. Lego plans to spend 10 billion crowns. Its plant, which will employ up to "
                + "4,000, opens in 2025.")).containsExactly("274.5 million hectolitres QUANTITY 274500000 hectolitres",
                "1,000 COUNT 1000 jobs", "10 billion crowns MONEY 10000000000 SEK", "4,000 COUNT 4000 employees");
    }

    @Test
    void employmentInASectorFlatAtALevel() {
        assertThat(read("Employment in the sector was broadly flat at 6.55 million, down 0.1%. Unemployment was "
                + "unchanged at 1.2 million.")).containsExactly("6.55 million COUNT 6550000 jobs",
                "0.1% PERCENT -0.1 percent", "1.2 million COUNT 1200000 people");
    }

    @Test
    void outOfEveryRaiARateUpFromAnEarlierRateATonneKilometreAndLossesAsALevel() {
        assertThat(read("It sells about 3 out of every 10 durians eaten in China, and 1 in every 4 mangoes. Some 1.2 "
                + "million rai of orchards are planted.")).containsExactly("3 COUNT 3 durians",
                "10 durians COUNT 10 durians", "1 COUNT 1 mangoes", "4 mangoes COUNT 4 mangoes",
                "1.2 million rai QUANTITY 1200000 rai");
        assertThat(FigureExtractor.extract("On the open market the dollar sells for 600,000 rials, up from 32,000 "
                + "when the deal was signed. Imports rose to 60,500 cars, up from 50,000.")).extracting(c -> c.text()
                + " " + c.kind() + " " + c.unit() + " per " + c.per()).containsExactly(
                "600,000 rials OTHER IRR per USD", "32,000 OTHER IRR per USD", "60,500 cars COUNT cars per null",
                "50,000 COUNT cars per null");
        assertThat(read("Rail costs about Sh500 a tonne-kilometre less than road. The airline's accumulated losses "
                + "exceed $1.8 billion; losses averaged 18.3%.")).containsExactly(
                "Sh500 a tonne-kilometre MONEY -500 KES", "$1.8 billion MONEY -1800000000 USD",
                "18.3% PERCENT 18.3 percent");
    }

    @Test
    void aRateASecondOrAMinuteButNotASecondQuarter() {
        assertThat(read("The mine draws 870 litres of water a second from an aquifer. It pumps 5,000 litres a minute. "
                + "Sales rose 5% a second quarter in a row.")).containsExactly(
                "870 litres of water a second QUANTITY 870 litres", "5,000 litres a minute QUANTITY 5000 litres",
                "5% PERCENT 5 percent");
    }

    @Test
    void aListOfIssuesAfterTheLeadAndAnIndexsRecordFarFromItsName() {
        assertThat(read("Of the 396 issues traded, 289 declined, 61 advanced and 46 remained unchanged."))
                .containsExactly("396 issues COUNT 396 issues", "289 COUNT 289 issues", "61 COUNT 61 issues",
                        "46 COUNT 46 issues");
        assertThat(read("The index has gained 13.4% since January, but remains 16% below its record of 1,528 reached "
                + "in January 2022.")).containsExactly("13.4% PERCENT 13.4 percent", "16% PERCENT -16 percent",
                "1,528 INDEX 1528 points");
    }

    @Test
    void employmentUpByANumberAndAPluralThatRose() {
        assertThat(read("Compared with March 2023, employment was up 425,000, or 1.8%, driven by permanent contracts, "
                + "which rose by 518,000.")).containsExactly("425,000 COUNT 425000 jobs", "1.8% PERCENT 1.8 percent",
                "518,000 COUNT 518000 contracts");
    }

    @Test
    void aModelWithItsVariantTwoAdjectivesOfOneNounALinesLabelAndARatePerTeu() {
        assertThat(read("Copa has 29 Boeing 737 MAX 9 jets. It flies 37 domestic and 24 international routes.\n\n"
                + "- Routes: 37 domestic and 24 international destinations\n- Flights: about 2,600 a week\n\n"
                + "The average rate was $1,500 per TEU.")).containsExactly("29 Boeing 737 MAX 9 jets COUNT 29 jets",
                "37 COUNT 37 routes", "24 international routes COUNT 24 routes", "37 COUNT 37 destinations",
                "24 international destinations COUNT 24 destinations", "2,600 a week COUNT 2600 flights",
                "$1,500 per TEU MONEY 1500 USD");
    }

    @Test
    void theRestOfACountAfterOfThemAndAnotherPart() {
        assertThat(read("The chain now has 2,473 shops, 1,644 of them company-managed and 829 run by franchisees."))
                .containsExactly("2,473 shops COUNT 2473 shops", "1,644 COUNT 1644 shops", "829 COUNT 829 shops");
    }

    @Test
    void aRankingToppedByAGroupACountNumberingOnlyTheNumberOfBabiesInAYearAndARateNamedAgain() {
        assertThat(read("Japanese visitors topped the list at 928,235, followed by those from Hong Kong and Macau at "
                + "1.14 million combined, and South Koreans at 795,000. Americans were the largest group, with 610,000 "
                + "departures, followed by Britons at 255,000.")).containsExactly("928,235 COUNT 928235 visitors",
                "1.14 million COUNT 1140000 visitors", "795,000 COUNT 795000 visitors",
                "610,000 departures COUNT 610000 departures", "255,000 COUNT 255000 departures");
        assertThat(read("Travelers from China, whose group tours remain suspended, numbered only 226,000, against 2.71 "
                + "million in 2019. The number of babies born in Japan in 2023 fell 5.1% from a year earlier to "
                + "758,631.")).containsExactly("226,000 COUNT 226000 travelers", "2.71 million COUNT 2710000 travelers",
                "5.1% PERCENT -5.1 percent", "758,631 COUNT 758631 babies");
        assertThat(read("The total fertility rate was 1.26 in 2022, the lowest on record. Tokyo's rate was 1.04."))
                .containsExactly("1.26 OTHER 1.26 ", "1.04 OTHER 1.04 ");
    }

    @Test
    void aPartWhoDidSomethingCountsWhatTheWholeBeforeIt() {
        assertThat(read("It received 10.3 million visitors, including 8.06 million who arrived by air. About 10 "
                + "million pensioners will lose it, while 1.5 million who receive pension credit will keep it."))
                .containsExactly("10.3 million visitors COUNT 10300000 visitors", "8.06 million COUNT 8060000 visitors",
                "10 million pensioners COUNT 10000000 pensioners", "1.5 million COUNT 1500000 people");
    }

    @Test
    void barrelsOfOilEquivalentShortenedAndMoreOfACountToBeAdded() {
        assertThat(read("ADNOC Drilling, which has 142 rigs, will add 21 this year. Equinor produced 2.08 million "
                + "boe/d in 2023.")).containsExactly("142 rigs COUNT 142 rigs", "21 COUNT 21 rigs",
                "2.08 million boe/d COUNT 2080000 barrels");
    }

    @Test
    void aConversionRateForEachUnitOfANewCurrency() {
        assertThat(FigureExtractor.extract("Banks converted balances at a rate of 2,498.72 Zimbabwe dollars for each "
                + "ZiG. It costs 300 pesos for each visitor.")).extracting(c -> c.text() + " " + c.kind() + " "
                + c.unit() + " per " + c.per()).containsExactly("2,498.72 Zimbabwe dollars OTHER ZWL per ZWG",
                "300 pesos MONEY MXN per null");
    }

    @Test
    void lossesThatNarrowedToAnAmount() {
        assertThat(read("Its losses narrowed to ₹2,350 crore in FY24 from ₹4,179 crore.")).containsExactly(
                "₹2,350 crore MONEY -23500000000 INR", "₹4,179 crore MONEY -41790000000 INR");
    }

    @Test
    void bareMultiplesAfterAMultipleACurrencyMovedToAPriceAndACountFromMoreThan() {
        assertThat(read("Mitsubishi Corp. trades at 1.4 times book, up from 0.8 times in 2020. The Nifty trades at 21 "
                + "times forward earnings, and small caps at 30 times. That would bring the valuation down to about 18 "
                + "times.")).containsExactly("1.4 times book OTHER 1.4 times", "0.8 times OTHER 0.8 times",
                "21 times forward earnings OTHER 21 times", "30 times OTHER 30 times", "18 times OTHER 18 times");
        assertThat(FigureExtractor.extract("The index lagged because the rand weakened 7% to R18.30. The yen fell 2% "
                + "to 150.")).extracting(c -> c.text() + " " + c.kind() + " " + c.unit() + " per " + c.per())
                .containsExactly("7% PERCENT percent per null", "R18.30 OTHER ZAR per USD",
                        "2% PERCENT percent per null", "150 OTHER JPY per USD");
        assertThat(read("The number of listed companies has fallen to 265 from more than 400 in 2012."))
                .containsExactly("265 COUNT 265 companies", "400 COUNT 400 companies");
    }

    @Test
    void aLocalDollarsPriceIsInUsDollarsInItsOwnCountrysPaper() {
        assertThat(FigureExtractor.extract("WELLINGTON - New Zealand's jobless rate rose. New Zealand's central bank "
                + "held. The New Zealand dollar fell 0.3% to $0.5897 after the data. A house in New Zealand costs "
                + "$800,000.")).extracting(c -> c.text() + " " + c.unit()).containsExactly("0.3% percent",
                "$0.5897 USD", "$800,000 NZD");
    }

    @Test
    void aPegOrAThresholdSetAgainstAFigureAndARateADayBeforeAClause() {
        assertThat(FigureExtractor.extract("In Beirut the Lebanese pound traded at 89,500 per dollar against the old "
                + "peg of 1,507.5. Jordan has 61 cubic metres of renewable water per person, against an absolute "
                + "scarcity threshold of 500.")).extracting(c -> c.text() + " " + c.kind() + " " + c.unit() + " per "
                + c.per()).containsExactly("89,500 OTHER LBP per USD", "1,507.5 OTHER LBP per USD",
                "61 cubic metres of renewable water per person QUANTITY cubic metres per person",
                "500 QUANTITY cubic metres per person");
        assertThat(read("The pipeline carried about 450,000 barrels a day before it was shut. Output was 5,000 barrels "
                + "a day before.")).containsExactly("450,000 barrels a day COUNT 450000 barrels",
                "5,000 barrels COUNT 5000 barrels");
    }

    @Test
    void aCurrencyLeftToDepreciateACountThatNowNumbersAndASecondPriceUpTo() {
        assertThat(read("The kina was allowed to depreciate by about 6%. Resort beds now number 63,000. Downing Street "
                + "at number 10 said so.")).containsExactly("6% PERCENT -6 percent", "63,000 COUNT 63000 beds");
        assertThat(FigureExtractor.extract("The rufiyaa is pegged at 15.42 per dollar, but trades at up to 19 on the "
                + "black market.")).extracting(c -> c.text() + " " + c.unit() + " per " + c.per())
                .containsExactly("15.42 MVR per USD", "19 MVR per USD");
    }

    @Test
    void aHeadlinesPluralThatPassesANumber() {
        assertThat(read("Bahamas cruise arrivals pass 8 million as port deals pay off")).containsExactly(
                "8 million COUNT 8000000 arrivals");
    }

    @Test
    void aCurrencyPeggedToAnotherCountrysNamedCurrency() {
        assertThat(FigureExtractor.extract("The Nepali rupee is pegged to the Indian rupee at 1.6 to one. The "
                + "convertible mark is pegged to the euro at 1.95583.")).extracting(c -> c.text() + " " + c.unit()
                + " per " + c.per()).containsExactly("1.6 NPR per INR", "1.95583 BAM per EUR");
    }

    @Test
    void anAttendanceIsPeopleAndANumberOfWhomCountsTheNounBeforeIt() {
        assertThat(read("Average league attendance was 40,260. Attendance averaged 18,500 last season.")).containsExactly(
                "40,260 COUNT 40260 people", "18,500 COUNT 18500 people");
        assertThat(read("Diaspora visitors, about 800,000 of whom return each summer, spent more.")).containsExactly(
                "800,000 COUNT 800000 visitors");
        assertThat(read("Exports, 40,000 of which went to Germany, rose.")).isEmpty(); // money, as often as units
    }

    @Test
    void decimalCommasAndTlnAsTranslatedTextsWriteThem() {
        assertThat(read("Inflation slowed to 4,56% from 0,48%, and the real closed at R$ 5,35 per dollar. Output was "
                + "1,250 tonnes in May and 2,5 million tonnes in the year.")).containsExactly(
                "4,56% PERCENT 4.56 percent", "0,48% PERCENT 0.48 percent", "R$ 5,35 OTHER 5.35 BRL",
                "1,250 tonnes QUANTITY 1250 tonnes", "2,5 million tonnes QUANTITY 2500000 tonnes");
        assertThat(FigureExtractor.extract("The IPCA rose 0,09% in October.").get(0).sentence()).isEqualTo(
                "The IPCA rose 0,09% in October.");
        assertThat(read("The deficit amounted to 3.3 tln rubles in January-October.")).containsExactly(
                "3.3 tln rubles MONEY 3300000000000 RUB");
    }

    @Test
    void aTaxRatePerAnAmountAWaitingListAndACitysWorkforce() {
        assertThat(FigureExtractor.extract("It kept the tax rate at 67.25 cents per $100 of assessed value, or $2.10 "
                + "for every $1,000.")).extracting(c -> c.text() + " " + c.value() + " " + c.unit() + " per " + c.per())
                .containsExactly("67.25 cents per $100 0.6725 USD per $100",
                        "$2.10 for every $1,000 2.10 USD per $1,000");
        assertThat(read("The waiting list for routine hospital treatment in England fell to 7.61 million in October, "
                + "from 7.64 million. NHS waiting lists hit 7.8 million.")).containsExactly(
                "7.61 million COUNT 7610000 cases", "7.64 million COUNT 7640000 cases",
                "7.8 million COUNT 7800000 cases");
        assertThat(read("The budget adds 186 positions, bringing the city's workforce to 7,969.")).containsExactly(
                "186 positions COUNT 186 positions", "7,969 COUNT 7969 employees");
    }

    @Test
    void centsInARangeAfterADropAreTheRandsWhenTheSentencePricesAUnit() {
        assertThat(read("JOHANNESBURG — Petrol will cost R21.61 a litre. Diesel will drop by between 47c and 50c a "
                + "litre, and illuminating paraffin by 49c. The rand rose.")).containsExactly(
                "R21.61 a litre MONEY 21.61 ZAR", "47c MONEY -0.47 ZAR", "50c a litre MONEY -0.5 ZAR",
                "49c MONEY -0.49 ZAR");
        assertThat(read("Output fell by between 3% and 5% in the year.")).containsExactly("3% PERCENT -3 percent",
                "5% PERCENT -5 percent");
    }

    @Test
    void aRankingOfNationalsInEseAWorkforceThatTopsAndAMarkACountPassed() {
        assertThat(read("Vietnamese made up the largest group at 518,364, followed by Chinese at 397,918 and Filipinos "
                + "at 226,846.")).containsExactly("518,364 COUNT 518364 vietnamese", "397,918 COUNT 397918 chinese",
                "226,846 COUNT 226846 filipinos");
        assertThat(read("Americans were the largest group, with 610,000 departures, followed by Britons at 255,000."))
                .containsExactly("610,000 departures COUNT 610000 departures", "255,000 COUNT 255000 departures");
        assertThat(read("Japan's foreign workforce tops 2 million for first time")).containsExactly(
                "2 million COUNT 2000000 employees");
        assertThat(read("The number of foreign workers rose to a record 2,048,675, surpassing 2 million."))
                .containsExactly("2,048,675 COUNT 2048675 workers", "2 million COUNT 2000000 workers");
    }

    @Test
    void aMultipleStatedAgainWithItsVerbAndAnAgeBeforeAVerbInS() {
        assertThat(read("A home now costs 8.3 times the average salary. In London it is 12.1 times. The index is 3 "
                + "times.")).containsExactly("8.3 times OTHER 8.3 times", "12.1 times OTHER 12.1 times");
        assertThat(read("One in five adults aged 30 to 34 still lives with their parents, and 40 children aged 5 "
                + "died.")).containsExactly("40 children COUNT 40 children");
    }

    @Test
    void aCountThatCutsSomethingIsNoFall() {
        assertThat(read("Four of 10 banks cut jobs, and some 40 firms cut prices.")).containsExactly(
                "Four COUNT 4 banks", "10 banks COUNT 10 banks", "40 firms COUNT 40 firms");
        assertThat(read("Exports were $2 billion lower.")).containsExactly("$2 billion MONEY -2000000000 USD");
    }

    @Test
    void aPartOfACountIncludedFromAWholeNamedAfterIt() {
        assertThat(read("Boeing delivered 57 airplanes, including 53 of its 737 MAX narrowbodies. Airbus handed over "
                + "75 jets, including 58 from its A320neo family.")).containsExactly("57 airplanes COUNT 57 airplanes",
                "53 COUNT 53 airplanes", "75 jets COUNT 75 jets", "58 COUNT 58 jets");
        assertThat(read("It raised $75 million, including 20 from the state.")).containsExactly(
                "$75 million MONEY 75000000 USD");
    }

    @Test
    void deathTollsPeopleNamedByWhatBefellThemAndANounInSBeforeTheCountedOne() {
        assertThat(read("Quake death toll passes 5,000. The death toll from the magnitude-7.2 earthquake rose to "
                + "5,120, with 17,300 people injured and about 400 still missing.")).containsExactly(
                "5,000 COUNT 5000 deaths", "5,120 COUNT 5120 deaths", "17,300 people COUNT 17300 people",
                "400 COUNT 400 people");
        assertThat(read("Police arrest 1,200 in crackdown")).containsExactly("1,200 COUNT 1200 people");
        assertThat(read("The plan would cut 2,000 in costs.")).isEmpty();
        assertThat(read("There were 127,350 measles cases and 40 news outlets, and 3.8 million tonnes people "
                + "need.")).containsExactly("127,350 measles cases COUNT 127350 cases",
                "40 news outlets COUNT 40 outlets", "3.8 million tonnes QUANTITY 3800000 tonnes");
        assertThat(read("The number of members, however, was little changed at 14.3 million.")).containsExactly(
                "14.3 million COUNT 14300000 members");
        assertThat(read("It trades at 14 times earnings.")).containsExactly("14 times earnings OTHER 14 times");
    }

    @Test
    void aPartOfThemIsOfTheWholeWithItsScaleWord() {
        assertThat(read("About 11.3 million people in the 31 urban areas the survey covers were poor, and 2.5 million "
                + "of them were destitute.")).containsExactly("11.3 million people COUNT 11300000 people",
                "31 urban areas COUNT 31 areas", "2.5 million COUNT 2500000 people");
    }

    @Test
    void aScaledPartOfTheNamedWholeCountsTheWholesNoun() {
        assertThat(read("Americans accounted for 4.4 million of the air arrivals, and Britons for 1.2 million."))
                .containsExactly("4.4 million COUNT 4400000 arrivals", "1.2 million COUNT 1200000 arrivals");
    }

    @Test
    void aModelWithItsLettersBetweenTheCountAndItsNoun() {
        assertThat(read("Boeing delivered 30 777X jets.")).containsExactly("30 777X jets COUNT 30 jets");
        assertThat(read("The tally was 2020 500 people.")).containsExactly("500 people COUNT 500 people");
    }

    @Test
    void aClauseWithASubjectOfItsOwnCountsThatSubject() {
        assertThat(read("Hires rose to 5.5 million in October, while quits fell to 3.1 million.")).containsExactly(
                "5.5 million COUNT 5500000 hires", "3.1 million COUNT 3100000 quits");
        assertThat(read("Hires rose to 5.5 million in October; layoffs fell to 1.6 million.")).containsExactly(
                "5.5 million COUNT 5500000 hires", "1.6 million COUNT 1600000 layoffs");
    }

    @Test
    void aCountCarriedOnByAVerbOfHandlingAndACountStatedAgainWithoutItsNoun() {
        assertThat(read("Passenger journeys reached 3.6 billion last year. The Underground alone carried 1.18 billion, "
                + "and buses 1.8 billion.")).containsExactly("3.6 billion COUNT 3600000000 journeys",
                "1.18 billion COUNT 1180000000 journeys", "1.8 billion COUNT 1800000000 journeys");
        assertThat(read("The number of unemployed fell to 7.8 million. But at more than 7.8 million the jobless are "
                + "too many.")).containsExactly("7.8 million COUNT 7800000 people", "7.8 million COUNT 7800000 people");
        assertThat(read("The target was 30 million visitors. It sold 5 million shares, raising 30 million."))
                .containsExactly("30 million visitors COUNT 30000000 visitors", "5 million shares COUNT 5000000 shares",
                        "30 million OTHER 30000000 ");
    }

    @Test
    void aCountBeforeItsVerbWithThePeriodItWasCountedIn() {
        assertThat(read("Foreign arrivals from January 1 to November 24 reached 31.9 million.")).containsExactly(
                "31.9 million COUNT 31900000 arrivals");
    }

    @Test
    void aRankingOfNationsKeepsTheNounOfItsGroupWhenTheGroupIsNoNation() {
        assertThat(read("Chinese visitors were the largest group at 6.1 million, followed by Malaysians at 4.5 "
                + "million and Indians at 1.9 million.")).containsExactly("6.1 million COUNT 6100000 visitors",
                "4.5 million COUNT 4500000 visitors", "1.9 million COUNT 1900000 visitors");
        assertThat(read("It sold 1,580 electric and hybrid vehicles.")).containsExactly(
                "1,580 electric and hybrid vehicles COUNT 1580 vehicles");
    }

    @Test
    void aPopulationThatGrewToReachALevel() {
        assertThat(read("Ireland's population, meanwhile, grew by 98,700 in the year to April to reach 5.38 million."))
                .containsExactly("98,700 COUNT 98700 people", "5.38 million COUNT 5380000 people");
    }

    @Test
    void aShareWithNoNounIsOfTheGroupTheSentenceBeforeOpenedWith() {
        assertThat(read("Of the firms that employ staff, 41% said they would freeze hiring. Just 3 in 10 said they "
                + "could absorb the costs.")).containsExactly("41% PERCENT 41 percent", "3 COUNT 3 firms",
                "10 COUNT 10 firms");
        assertThat(read("Prices rose again. Just 3 in 10 said they could cope.")).containsExactly("3 COUNT 3 people",
                "10 COUNT 10 people");
    }

    @Test
    void aCountedNounBeforeAVerbInItsInfinitive() {
        assertThat(read("Economists had expected approvals to slip to 65,000.")).containsExactly(
                "65,000 COUNT 65000 approvals");
        assertThat(read("Of those who arrive, 8,043 will be unaccompanied minors.")).containsExactly(
                "8,043 COUNT 8043 minors");
    }

    @Test
    void countsOfPeopleNamedByWhatTheyDidTheirNationAndABacklog() {
        assertThat(read("More than 33,000 people have crossed, after 707 made the journey on Saturday."))
                .containsExactly("33,000 people COUNT 33000 people", "707 COUNT 707 people");
        assertThat(read("Afghans were the most common nationality among those arriving, accounting for 5,900, followed "
                + "by Syrians at 4,100.")).containsExactly("5,900 COUNT 5900 afghans", "4,100 COUNT 4100 syrians");
        assertThat(read("The backlog of asylum claims awaiting an initial decision stood at 98,600.")).containsExactly(
                "98,600 COUNT 98600 claims");
        assertThat(read("The number of people arriving per boat has also risen, to an average of 53 this year, up "
                + "from 49 last year.")).containsExactly("53 COUNT 53 people", "49 COUNT 49 people");
        assertThat(read("Of those who were housed, 74,530 were families with children.")).containsExactly(
                "74,530 COUNT 74530 families");
    }

    @Test
    void workingDaysLostAreACountAndAMonthsWorkingDaysAreNot() {
        assertThat(read("Over the year, 1.2 million working days were lost, down from 3.9 million. The number of "
                + "working days lost to strikes fell to 79,000.")).containsExactly(
                "1.2 million working days COUNT 1200000 days", "3.9 million COUNT 3900000 days",
                "79,000 COUNT 79000 days");
        assertThat(read("September had 21.5 working days, compared with 23 a year earlier.")).isEmpty();
    }

    @Test
    void emissionsInGigatonnesOfCarbonDioxideEquivalentAndRatesPerSoManyPeople() {
        assertThat(read("Emissions rose to 57.1 gigatonnes last year; the power sector emitted 15.1 GtCO2e."))
                .containsExactly("57.1 gigatonnes QUANTITY 57.1 gigatonnes", "15.1 GtCO2e QUANTITY 15.1 GtCO2e");
        assertThat(FigureExtractor.extract("The rate reached 3,210 cases per 100,000 inhabitants, and topped 9,000 "
                + "per 100,000 in the capital.")).extracting(c -> c.text() + " " + c.unit() + " " + c.per())
                .containsExactly("3,210 cases per 100,000 inhabitants cases inhabitants",
                        "9,000 per 100,000 cases population");
        assertThat(read("Warming of 1.5C is the goal.")).isEmpty();
    }

    @Test
    void aFallCarriedToTheNextPercentageAndToItsRestatement() {
        assertThat(read("Emissions would have to fall 42% by 2030 and 57% by 2035.")).containsExactly(
                "42% PERCENT -42 percent", "57% PERCENT -57 percent");
        assertThat(read("Numbers will fall by a further 400,000 pupils, or 9%, by 2030.")).containsExactly(
                "400,000 pupils COUNT -400000 pupils", "9% PERCENT -9 percent");
        assertThat(read("The number of pupils fell for the first time in a decade, dropping 0.3% to 9.07 million."))
                .containsExactly("0.3% PERCENT -0.3 percent", "9.07 million COUNT 9070000 pupils");
    }

    @Test
    void singaporesOwnInstitutionsSayWhoseDollarABareSignIsAndAcronymsKeepTheirCapitals() {
        assertThat(read("SINGAPORE - COE premiums for small cars rose to $95,689. A total of 4,983 COEs were on offer, "
                + "up from 4,735, and HDB flats rented for $3,400.")).containsExactly("$95,689 MONEY 95689 SGD",
                "4,983 COEs COUNT 4983 COEs", "4,735 COUNT 4735 COEs", "$3,400 MONEY 3400 SGD");
    }

    @Test
    void employmentRisingByACount() {
        assertThat(read("The jobless rate held at 4.1%, with employment rising by 15,900.")).containsExactly(
                "4.1% PERCENT 4.1 percent", "15,900 COUNT 15900 jobs");
    }

    @Test
    void aListLabelledByTheNumberOfWhatItCountsAndTheDollarARateIsQuotedAgainst() {
        assertThat(read("87.3 million: the number of people who shopped in stores.\n\n183.4 million: the number of "
                + "shoppers the NRF expects, 1.4 million more than last year.")).containsExactly(
                "87.3 million COUNT 87300000 people", "183.4 million COUNT 183400000 shoppers",
                "1.4 million COUNT 1400000 shoppers");
        assertThat(read("In Manila, the Philippine peso closed at P58.67 to $1. Entry costs $1.")).containsExactly(
                "P58.67 OTHER 58.67 PHP", "$1 MONEY 1 USD");
    }

    @Test
    void votesLeftUnmarkedAPartInItsWholeAndAShareBehindTheYearItIsComparedWith() {
        assertThat(read("Trump won 77.3 million votes, or 49.8% of the total, to Harris's 75.0 million, or 48.3%."))
                .containsExactly("49.8% PERCENT 49.8 percent", "48.3% PERCENT 48.3 percent");
        assertThat(read("It has laid off more than 2,500 people this year, including 650 in its gaming division."))
                .containsExactly("2,500 people COUNT 2500 people", "650 COUNT 650 people");
        assertThat(read("Sales are running 4% behind 2023 and about 25% behind 2019.")).containsExactly(
                "4% PERCENT -4 percent", "25% PERCENT -25 percent");
        assertThat(read("The dong was about 4.5% weaker than at the start of the year.")).containsExactly(
                "4.5% PERCENT -4.5 percent");
    }

    @Test
    void countsContinuedByAShippersVerbANameWithItsVerbLeftOutAndAnEstimatesPut() {
        assertThat(read("Samsung kept the top spot with 57.8 million units. Transsion, which sells phones in Africa, "
                + "shipped 26.7 million.")).containsExactly("57.8 million units COUNT 57800000 units",
                "26.7 million COUNT 26700000 units");
        assertThat(read("The region added 686,000 members, Europe 1.9 million and Asia-Pacific 2.3 million."))
                .containsExactly("686,000 members COUNT 686000 members", "1.9 million COUNT 1900000 members",
                        "2.3 million COUNT 2300000 members");
        assertThat(read("The ministry put the number of arrivals slightly higher, at 3.1 million.")).containsExactly(
                "3.1 million COUNT 3100000 arrivals");
        assertThat(read("Advanced chips of 7 nanometres and smaller made up 69% of revenue.")).containsExactly(
                "69% PERCENT 69 percent");
    }

    @Test
    void aRankedGroupFromAPlaceAnAttendanceOfAndAComparisonWithMoreThan() {
        assertThat(read("Visitors from South Korea were the largest group at 735,300, followed by China at 570,200 and "
                + "Taiwan at 522,000.")).containsExactly("735,300 COUNT 735300 visitors",
                "570,200 COUNT 570200 visitors", "522,000 COUNT 522000 visitors");
        assertThat(read("Stocks fell to 827,000 bags, down from more than 1 million in October.")).containsExactly(
                "827,000 bags COUNT 827000 bags", "1 million COUNT 1000000 bags");
        assertThat(read("Revenue grew, with average attendance of 38,500.")).containsExactly(
                "38,500 COUNT 38500 people");
        assertThat(read("The number of people in its shelters fell below 56,000, from a peak of about 69,000."))
                .containsExactly("56,000 COUNT 56000 people", "69,000 COUNT 69000 people");
    }

    @Test
    void anIndexsChangeWithItsVerbLeftOutIsAFigureItsNameIsNot() {
        assertThat(read("For the week, the Dow rose 0.6% and the Nasdaq 3.3%. The FTSE 100 and the S&P 500 fell."))
                .containsExactly("0.6% PERCENT 0.6 percent", "3.3% PERCENT 3.3 percent");
    }

    @Test
    void aDeathTollOfAFewHundredWithItsBound() {
        assertThat(read("The death toll from the hurricane rose to at least 230 on Sunday.")).containsExactly(
                "230 COUNT 230 deaths");
        assertThat(read("The death toll in 2023 rose to 2024.")).isEmpty();
    }

    @Test
    void theMostNumerousGroupAndCutsNamedAfterTheirSize() {
        assertThat(read("British tourists were the most numerous at 16.8 million, followed by French at 11.4 million "
                + "and Germans at 10.4 million.")).containsExactly("16.8 million COUNT 16800000 tourists",
                "11.4 million COUNT 11400000 tourists", "10.4 million COUNT 10400000 tourists");
        assertThat(read("Markets price in about 125 basis points of further cuts.")).containsExactly(
                "125 basis points PERCENT -1.25 percentage_point");
    }

    @Test
    void waterInMegalitres() {
        assertThat(read("The dams held some 830,000 megalitres.")).containsExactly(
                "830,000 megalitres QUANTITY 830000 megalitres");
    }

    @Test
    void aCurrencysPriceAtWhichDollarsAreBoughtAndAFinancialRate() {
        assertThat(read("The taka has been stable at around Tk 120 per US dollar. Banks may now buy remittance "
                + "dollars at up to Tk 122.")).containsExactly("Tk 120 OTHER 120 BDT", "Tk 122 OTHER 122 BDT");
        assertThat(read("In Argentina the official rate stood at 904 pesos per dollar, and the financial rate of "
                + "about 1,330 pesos applies to 20% of exports.")).containsExactly("904 pesos OTHER 904 ARS",
                "1,330 pesos OTHER 1330 ARS", "20% PERCENT 20 percent");
    }

    @Test
    void insolvenciesRankedByIndustryAPossessiveBeforeTheNounAndARatePerTenThousand() {
        assertThat(read("Construction had the most insolvencies of any industry, with 4,098, followed by wholesale and "
                + "retail trade at 3,945 and accommodation and food services at 3,633.")).containsExactly(
                "4,098 COUNT 4098 insolvencies", "3,945 COUNT 3945 insolvencies", "3,633 COUNT 3633 insolvencies");
        assertThat(read("There were 1,602 creditors' voluntary liquidations.")).containsExactly(
                "1,602 creditors' voluntary liquidations COUNT 1602 liquidations");
        assertThat(read("One in 189 active companies entered insolvency, a rate of 52.8 per 10,000.")).containsExactly(
                "189 active companies COUNT 189 companies", "52.8 per 10,000 COUNT 52.8 companies");
    }

    @Test
    void aSlumpToACountARiceGradeAndCentsPerAHyphenatedUnit() {
        assertThat(read("Sales of electric cars slumped 25.6% to 311,394.")).containsExactly(
                "25.6% PERCENT -25.6 percent", "311,394 COUNT 311394 cars");
        assertThat(read("Vietnamese 5% broken rice fell to $515 a tonne.")).containsExactly(
                "$515 a tonne MONEY 515 USD");
        assertThat(read("MONTREAL — Hydro-Québec sold power in Quebec at 7.4 cents per kilowatt-hour."))
                .containsExactly("7.4 cents per kilowatt-hour MONEY 0.074 CAD");
    }

    @Test
    void multiplesOfSubscriptionAPopulationGrownLastYearAndAFallCarriedToAnotherSubject() {
        assertThat(read("The IPO was subscribed 2.37 times, and the employee quota 1.74 times. Prices rose 4 times in "
                + "2023.")).containsExactly("2.37 times OTHER 2.37 times", "1.74 times OTHER 1.74 times");
        assertThat(read("Portugal's population grew by 123,000 last year to 10.6 million.")).containsExactly(
                "123,000 COUNT 123000 people", "10.6 million COUNT 10600000 people");
        assertThat(read("Transfers dropped 68%, and capital spending 77%. Output shrank 0.3%, and inflation fell to "
                + "0.6%.")).containsExactly("68% PERCENT -68 percent", "77% PERCENT -77 percent",
                "0.3% PERCENT -0.3 percent", "0.6% PERCENT 0.6 percent");
    }

    @Test
    void placesWithPopulationsOfANumberCountPeople() {
        assertThat(read("Starts in urban centres with populations of 10,000 or more were up 1% in February, at 12,977 "
                + "units.")).containsExactly("10,000 COUNT 10000 people", "1% PERCENT 1 percent",
                "12,977 units COUNT 12977 units");
    }

    @Test
    void daysSomethingHappenedOnASharedWordWholeAndAMultipleWithItsVerbLeftOut() {
        assertThat(read("Load-shedding was implemented on 289 days during the year. The loan is repayable on 30 days' "
                + "notice, and prices rose in 30 days.")).containsExactly("289 days COUNT 289 days");
        assertThat(read("Three out of four fund managers said stocks were cheap. Two of the three ratings agencies cut "
                + "Israel.")).containsExactly("Three COUNT 3 managers", "Two COUNT 2 agencies");
        assertThat(read("LVMH trades on a price-to-earnings ratio of 24, and Hermès on 50. Banks trade at 7 times "
                + "earnings, and insurers at 9. Shares rose 5%, and bonds at 3.")).containsExactly(
                "a price-to-earnings ratio of 24 OTHER 24 times", "50 OTHER 50 times", "7 times earnings OTHER 7 times",
                "9 OTHER 9 times", "5% PERCENT 5 percent");
    }

    @Test
    void aCountEstimatedAtANumberAfterItsNoun() {
        assertThat(read("Deaths were estimated at 608,000, down from 610,000 the year before. Cases were put at 249 "
                + "million. Sales were estimated at 4.5 million.")).containsExactly("608,000 COUNT 608000 deaths",
                "610,000 COUNT 610000 deaths", "249 million COUNT 249000000 cases", "4.5 million OTHER 4500000 ");
    }

    @Test
    void aMonthBeforeACommaAndAPartOfAWholeAndMilkSolids() {
        assertThat(read("In February, 62 cities reported monthly price declines, up from 61 in January. In September, "
                + "11 banks failed. On September 11, prices fell 2%.")).containsExactly("62 cities COUNT 62 cities",
                "61 COUNT 61 cities", "11 banks COUNT 11 banks", "2% PERCENT -2 percent");
        assertThat(read("Of the 70 cities surveyed, 62 reported monthly price declines, up from 61 in January."))
                .containsExactly("70 cities COUNT 70 cities", "62 COUNT 62 cities", "61 COUNT 61 cities");
        assertThat(read("Fonterra collected 1,490 million kgMS of milk.")).containsExactly(
                "1,490 million kgMS QUANTITY 1490000000 kgMS");
    }

    @Test
    void aListOfFallsAnOreGradeAndTheLocalDollarOfAPaperThatMarksTheUsOne() {
        assertThat(read("BHP shares fell 2.8 per cent to $43.05, Rio Tinto 3.1 per cent to $117.90 and Fortescue 5.6 "
                + "per cent. Gold rose 1.2% and Newmont 3%.")).extracting(s -> s.substring(s.indexOf(' ') + 1))
                .contains("per cent PERCENT -3.1 percent", "per cent PERCENT -5.6 percent", "PERCENT 3 percent");
        assertThat(read("Benchmark 62 per cent iron ore fines fell 3.2 per cent.")).containsExactly(
                "3.2 per cent PERCENT -3.2 percent");
        assertThat(read("PERTH — Iron ore slid below US$100 a tonne. Australia shipped ore worth $124 billion."))
                .containsExactly("US$100 a tonne MONEY 100 USD", "$124 billion MONEY 124000000000 AUD");
    }

    @Test
    void aCountAfterAnIndexWithASubjectOfItsOwnAndAForecastShortOfWhatWasCounted() {
        assertThat(read("Home prices fell 7% last year, the Centa-City Leading Index showed, and transactions dropped "
                + "to about 43,000, the fewest on record. Shares fell 1.2% and the index dropped 0.4% to 134,960."))
                .containsExactly("7% PERCENT -7 percent", "43,000 COUNT 43000 transactions",
                        "1.2% PERCENT -1.2 percent", "0.4% PERCENT -0.4 percent", "134,960 INDEX 134960 points");
        assertThat(read("Tesla delivered 386,810 vehicles, well short of the 457,000 analysts had expected. Ten of 14 "
                + "economists had forecast a cut.")).containsExactly("386,810 vehicles COUNT 386810 vehicles",
                "457,000 COUNT 457000 vehicles", "Ten COUNT 10 economists", "14 economists COUNT 14 economists");
    }
}
