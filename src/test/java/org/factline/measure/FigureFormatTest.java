package org.factline.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-8.6               | percent          | -8.6%",
        "-7.14897757727955  | percent          | -7.149%",
        "85                 | percent          | 85%",
        "0.25               | percentage_point | 0.25 pp",
        "100000000          | USD              | $100M",
        "1.00E+8            | USD              | $100M",
        "2500000000         | GBP              | £2.5B",
        "1200000000000      | USD              | $1.2T",
        "37000000000        | KGS              | KGS 37B",
        "641442000000       | LCU              | LCU 641.44B",
        "-45000             | USD              | -$45,000",
        "500000             | doses            | 500,000 doses",
        "2187417            | people           | 2,187,417 people",
        "104.25             | index            | 104.25 index",
        "1234.5             | ''               | 1,234.5",
        "-0.0001            | percent          | 0.000%",
        "1.0                | percent          | 1.0%",
        "-0.00              | percent          | 0.00%",
        "4.02               | percent          | 4.02%",
    })
    void formatsForReaders(String value, String unit, String expected) {
        assertThat(FigureFormat.format(new BigDecimal(value), unit)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"% | percent", "Percent | percent", "pp | percentage_point",
        "usd | USD", "KGS | KGS", "Doses | doses", "EUR | EUR"})
    void normalisesUnitsAsWritten(String written, String unit) {
        assertThat(Units.normalise(written)).isEqualTo(unit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0 | 0", "999 | 999", "1000 | 1,000", "13851 | 13,851",
        "7968000 | 7,968,000", "-1512 | -1,512"})
    void groupsCountsInThousands(long n, String shown) {
        assertThat(FigureFormat.count(n)).isEqualTo(shown);
    }
}
