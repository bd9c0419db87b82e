package org.factline.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=1+2                          | '=1+2",
        "+cmd                          | '+cmd",
        "-2+3                          | '-2+3",
        "@SUM(A1)                      | '@SUM(A1)",
        "`=HYPERLINK(\"http://x\",\"y\")` | `\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"`",
        "Kyrgyz Republic               | Kyrgyz Republic",
        "a, b                          | `\"a, b\"`",
        "say \"hi\"                    | `\"say \"\"hi\"\"\"`",
    })
    void guardsFormulasAndQuotesWhatNeedsIt(String in, String out) {
        assertThat(CsvCells.text(in)).isEqualTo(out);
    }
}
