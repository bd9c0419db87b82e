package org.factline.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.factline.measure.Period;
import org.factline.extraction.Candidate;
import org.factline.extraction.FigureExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the matcher reads a figure's sentence: whether the figure is a change, or the level a change reached. */
class ReadingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The economy grew 3.1% in 2022.                       | true",
        "Output shrank by 2.4% in 2020.                       | true",
        "Its share of GDP fell to 17.3% in 2022.              | false",
        "Unemployment stood at 4% in 2022.                    | false",
        "Inflation rose to a record 9.7% in 2022.             | false",
        "Inflation was 9.7% in 2022.                          | false"
    })
    void aDirectionWordMakesAChangeUnlessTheFigureIsTheLevelReached(String sentence, boolean change) {
        Candidate f = FigureExtractor.extract(sentence).get(0);
        Reading r = Reading.of(new FigureMatcher.Article("t", sentence, LocalDate.of(2023, 3, 1)), f);
        assertThat(r.change()).isEqualTo(change);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It fell 25% in the second quarter before recovering to $2.4 billion for the year. | $2.4 billion | 2020",
        "Sales reached $3 billion for the full year 2019.                                 | $3 billion   | 2019",
        "Sales reached $2.4 billion in the second quarter.                                 | $2.4 billion | 2021-Q2",
        "It fell 25% in the second quarter before recovering to $2.4 billion.              | 25%          | 2021-Q2"
    })
    void forTheYearMakesTheFigureTheYearsWhateverQuarterCameBefore(String sentence, String figure, String period) {
        Reading r = read(sentence, figure, LocalDate.of(2021, 3, 3));
        assertThat(r.period()).hasToString(period);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "GDP expanded 2.1% last year, a slowdown from the 11.3% rebound of 2021.           | 2.1%          | 2022 |",
        "GDP expanded 2.1% last year, a slowdown from the 11.3% rebound of 2021.           | 11.3%         | 2021 |",
        "In 2022, the economy grew 4.1%, after 5.7% in 2021.                               | 4.1%          | 2022 |",
        "It grew 3.8 per cent in 2022, down from 5.1 per cent the year before.             | 5.1 per cent  | 2021 |",
        "It grew 3.8 per cent in 2022, down from 5.1 per cent the previous year.           | 5.1 per cent  | 2021 |",
        "Inflation averaged 6.1% last year, the highest since 1998.                        | 6.1%          | 2022 |",
        "Prices rose 10.2% on average last year, and inflation reached 13.1% in December.  | 10.2%         | 2022 |",
        "Prices rose 10.2% on average last year, and inflation reached 13.1% in December.  | 13.1%         | 2023-12 |",
        "It grew 4.1% in 2022 after 5.7% in 2021, making the economy worth $299 billion.   | $299 billion  | 2021 | 2022",
        "GDP grew 2% in the first quarter of 2021.                                         | 2%            | 2021-Q1 |",
        "It grew 0.4% in 2023, down from 2.6% a year earlier.                              | 2.6%          | 2022 |",
        "Exports were up 5% from a year earlier.                                           | 5%            | 2022 |",
        "Prices rose 8.5% last year, faster than the 8.4% of 2021, and the krona averaged 10.61, against 10.11 a year earlier. | 10.11 | 2021 |",
        "Sales rose 5% in 2021, against 3% a year earlier.                                 | 3%            | 2020 |",
        "It shrank to $15.8 billion last year, from $18.8 billion two years before.        | $18.8 billion | 2020 |",
        "It shrank to $15.8 billion in 2022, from $18.8 billion 3 years earlier.           | $18.8 billion | 2019 |",
        "Inflation averaged 13.9% in 2022, double the 5.2% of 2021, and the pound averaged 19.2 per dollar before March's devaluation. | 19.2 | 2022 |",
        "Inflation slowed to 50.3% in February, and the nation of 22 million hopes to return to growth in 2024. | 22 million | 2024 | 2022",
        "MOSCOW, 24 February 2021 — Russia is entitled to 85.32% of all duties.            | 85.32%        | 2021-02 |"
    })
    void aFiguresPeriodIsTheOneBesideItAndNotAnotherFiguresOrAComparedYear(String sentence, String figure,
            String period, String others) {
        Reading r = read(sentence, figure, LocalDate.of(2023, 3, 1));
        assertThat(r.period()).hasToString(period);
        assertThat(r.otherPeriods()).extracting(Object::toString)
                .containsExactlyElementsOf(others == null ? java.util.List.of() : java.util.List.of(others.split(" ")));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "Prices rose 12.4% last year, up from 12% in 2022, and the jobless rate fell to 8.3%. | 8.3% | 2022 | true",
        "GDP grew 3.1% and inflation averaged 6% in 2022.                                      | 6%   | 2022 | false",
        "It grew 4.1% in 2022, and unemployment fell to 5.6%.                                  | 4.1% | 2022 | false"
    })
    void aYearThatIsOnlyAnotherFiguresAmongOthersLeavesThePeriodToTheDataAndAnEditor(String sentence, String figure,
            String period, boolean shared) {
        Reading r = read(sentence, figure, LocalDate.of(2024, 3, 1));
        assertThat(r.period()).hasToString(period);
        assertThat(r.periodShared()).isEqualTo(shared);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "Inflation slowed to an average of 4.6% from 9.8%, close to the bank's 4% target.    | 9.8%         | 2022 | 2023 | true",
        "Inflation fell to an average of 2.5% for the year from 11.9% in the year before.    | 2.5%         | 2023 |      | false",
        "The jobless rate fell to 5.8% in 2023 from 6.8% in 2022.                            | 6.8%         | 2022 |      | false",
        "The tugrik weakened to 3,466 per dollar in 2021 from 3,141.                         | 3,141        | 2020 | 2021 | true",
        "It was worth $28.2 billion, less than the $29.2 billion of 2022, for 20.7 million.  | 20.7 million | 2022 | 2023 | true",
        "Inflation stayed at 9.3%, about the same as in 2022, and the dinar averaged 135.8. | 9.3%         | 2023 |      | false",
        "Headline inflation averaged 7.1% (2022: 10.8%), the statistics office said.       | 7.1%         | 2023 |      | false",
        "Headline inflation averaged 7.1% (2022: 10.8%), the statistics office said.       | 10.8%        | 2022 |      | false",
        "Inflation stayed at 9.3%, about the same as in 2022; the dinar averaged 135.8 to the dollar. | 135.8 | 2023 | | false",
        "The economy grew 1.7% in 2023 after 4.2%, and GDP reached $27 billion.             | 4.2%         | 2022 | 2023 | true",
        "Malawians earn on average about $645 a year.                                        | $645 a year  | 2023 | 2022 | false",
        "Exports equal 86% of GDP, and GDP per capita was about $37,200 in 2022.             | 86%          | 2023 | 2022 | false",
        "It grew a record 37.7% in 2021 from a 32.9% collapse when borders closed in 2020.  | 32.9%        | 2020 | 2021 | true",
        "5.4%: the economy's growth in 2023, up from 4.8%, thanks to a strong harvest.       | 4.8%         | 2022 | 2023 | true"
    })
    void aFigureWithNoYearOfItsOwnAfterFromOrAnotherFiguresYearLeavesThePeriodToTheData(String sentence,
            String figure, String period, String others, boolean shared) {
        Reading r = read(sentence, figure, LocalDate.of(2024, 3, 1));
        assertThat(r.period()).hasToString(period);
        assertThat(r.otherPeriods()).extracting(Object::toString)
                .containsExactlyElementsOf(others == null ? java.util.List.of() : java.util.List.of(others));
        assertThat(r.periodShared()).isEqualTo(shared);
    }

    @org.junit.jupiter.api.Test
    void aFigureWhoseOnlyYearIsALaterFiguresMayBeOfTheYearsTheSentenceBeforeNames() {
        String text = "The economy shrank 7.3% in 2022 and grew 4.2% in 2021.\n\nInflation, which averaged 49.7% at "
                + "the height of the crisis, slowed to 16.5% in 2023.";
        Reading r = read(text, "49.7%", LocalDate.of(2024, 6, 3));
        assertThat(r.period()).hasToString("2023");
        assertThat(r.otherPeriods()).extracting(Object::toString).containsExactly("2022", "2021");
        assertThat(r.periodShared()).isFalse();
        // A year of its own, or a sentence before that names none, leaves nothing to add.
        assertThat(read(text, "16.5%", LocalDate.of(2024, 6, 3)).otherPeriods()).isEmpty();
        assertThat(read("It grew.\n\nInflation, which averaged 49.7% at its peak, slowed to 16.5% in 2023.", "49.7%",
                LocalDate.of(2024, 6, 3)).otherPeriods()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aMonthOfAnotherClauseIsNotTheFiguresWhenAYearStandsRightByIt() {
        String s = "The country agreed a $2.9 billion bailout with the IMF in March 2023, and output was worth $84.4 "
                + "billion last year.";
        assertThat(read(s, "$84.4 billion", LocalDate.of(2024, 6, 3)).period()).hasToString("2023");
        assertThat(read(s, "$2.9 billion", LocalDate.of(2024, 6, 3)).period()).hasToString("2023-03");
        assertThat(read("Exports rose 4% in March.", "4%", LocalDate.of(2024, 6, 3)).period()).hasToString("2024-03");
        // a month in a later clause of its own is that clause's
        assertThat(read("It had output of $934 million, and expects the summit in October to bring 5,000 visitors.",
                "$934 million", LocalDate.of(2024, 7, 22)).period()).hasToString("2023");
        // "where war broke out in April": the month of a clause about the place, not of the figure
        assertThat(read("In Sudan, where war broke out in April between two armies, output collapsed by 12%, the World "
                + "Bank estimates.", "12%", LocalDate.of(2024, 5, 14)).period()).hasToString("2023");
    }

    /** How the figure written so in the sentence is read, in an article published on that day. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "The economy grew 3.4% in 2022, and the central bank expects 4% in 2023.            | 3.4%                | PRELIMINARY",
        "The economy grew 3.4% in 2022, and the central bank expects 4% in 2023.            | 4%                  | FORECAST",
        "Growth will reach 4.5% in 2022.                                                    | 4.5%                | FORECAST",
        "Growth of 4.5% is forecast for 2022.                                               | 4.5%                | FORECAST",
        "Wages rose 6% in 2022, and the country's 624,000 inhabitants will elect a parliament. | 624,000 inhabitants | PRELIMINARY",
        "Inflation was 9% in 2022; the government seeks a $100 million loan.                | 9%                  | PRELIMINARY",
        "Inflation was 9% in 2022; the government seeks a $100 million loan.                | $100 million        | REQUESTED",
        "Exports rose 8% in 2022, but a preliminary count put imports at $2 billion.        | 8%                  | PRELIMINARY"
    })
    void statusWordsCountInTheFiguresOwnClauseAndAModalOnlyBeforeIt(String sentence, String figure,
            org.factline.observation.ObservationStatus status) {
        assertThat(read(sentence, figure, LocalDate.of(2023, 3, 1)).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "The minimum wage rose to €600 a month in 2024, and the 624,000 inhabitants will vote. | 624,000 inhabitants | true",
        "Exports, a quarter of which go to Italy, rose 5% in 2023.                          | 5%                  | true",
        "Exports rose 5% in the quarter.                                                    | 5%                  | false",
        "Prices rose 0.4% on the month.                                                     | 0.4%                | false",
        "The economy grew 1.9%, but it shrank 0.4%, a second straight quarterly fall.      | 1.9%                | true",
        "The economy grew 1.9%, but it shrank 0.4%, a second straight quarterly fall.      | 0.4%                | false",
        "In the quarter, output grew 1.2%, while exports rose 3%.                          | 3%                  | false"
    })
    void aRateOrAShareIsNoUnnamedQuarterOrMonth(String sentence, String figure, boolean annual) {
        assertThat(read(sentence, figure, LocalDate.of(2024, 4, 3)).annual()).isEqualTo(annual);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "The highest inflation in 2022: 19.7% in Lithuania, 19.4% in Estonia and 17.3% in Latvia. | 19.4% | 2022",
        "The highest inflation in 2022: 19.7% in Lithuania, 19.4% in Estonia and 17.3% in Latvia. | 17.3% | 2022",
        "Inflation averaged 7.1% (2022: 10.8%), and unemployment was 5%.                      | 5%    | 2023"
    })
    void aYearBeforeAColonIsTheYearOfTheListAfterItButABracketedLabelEndsAtItsBracket(String sentence,
            String figure, String period) {
        assertThat(read(sentence, figure, LocalDate.of(2024, 4, 30)).period()).hasToString(period);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "The 15.8% rebound of 2021 followed a 17.7% slump during the pandemic.             | 17.7%       | 2020",
        "Arrivals returned to 1.3 million, close to pre-pandemic levels.                    | 1.3 million | 2023",
        "Enrollment reached 92.3 million after pandemic rules kept people covered.          | 92.3 million | 2023"
    })
    void duringThePandemicIs2020ButPandemicAsAnAdjectiveIsNoYear(String sentence, String figure, String period) {
        assertThat(read(sentence, figure, LocalDate.of(2024, 5, 20)).period()).hasToString(period);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Mauritania, which starts exporting gas this year, grew 3.4%.          | 3.4% | 2023",
        "Mauritania, which grew 3.4% last year, starts exporting gas this year. | 3.4% | 2023",
        "Ghana, whose debt deal closed in 2023, grew 5.8% in 2024.              | 5.8% | 2024",
        "Mauritania, whose output grew 3.4% in 2022, exports gas this year.     | 3.4% | 2022",
        "The Solomon Islands, which hosted the Games in November, grew 3%.     | 3%   | 2023",
        "Unemployment was still 18.6% after the 2021 eruption of La Soufrière. | 18.6% | 2023",
        "Tonga, after the 2022 eruption that shrank its economy by 2% that year, recovered. | 2% | 2022",
        "Prices rose 4.9%, against 5.2% in 2022, and unemployment held at 7.3%.      | 7.3% | 2023",
        "Prices rose 4.9%, against 5.2% in 2022, and unemployment held at 7.3%.      | 4.9% | 2023",
        "Others rebounded in 2022: Aruba grew 10.5% and the Cayman Islands 5.2%.    | 5.2% | 2022",
        "The dram averaged 392.5 in 2023 (2022: 435.7), which brought inflation down to 2%. | 2% | 2023"
    })
    void aYearOrMonthInAClauseAboutTheSubjectOrOfAnEventIsNotTheFiguresPeriod(String sentence, String figure, String period) {
        assertThat(read(sentence, figure, LocalDate.of(2024, 7, 3)).period()).isEqualTo(Period.parse(period));
    }

    private static Reading read(String sentence, String figure, LocalDate published) {
        Candidate f = FigureExtractor.extract(sentence).stream().filter(c -> c.text().equals(figure)).findFirst()
                .orElseThrow();
        return Reading.of(new FigureMatcher.Article("t", sentence, published), f);
    }
}
