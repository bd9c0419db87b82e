package org.factline.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
        "It fell 25% in the second quarter before recovering to $2.4 billion.              | $2.4 billion | 2021-Q2"
    })
    void forTheYearMakesTheFigureTheYearsWhateverQuarterCameBefore(String sentence, String figure, String period) {
        Candidate f = FigureExtractor.extract(sentence).stream().filter(c -> c.text().equals(figure)).findFirst()
                .orElseThrow();
        Reading r = Reading.of(new FigureMatcher.Article("t", sentence, LocalDate.of(2021, 3, 3)), f);
        assertThat(r.period()).hasToString(period);
    }
}
