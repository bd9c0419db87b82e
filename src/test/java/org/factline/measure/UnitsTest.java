package org.factline.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest(name = "{0} per {1} as a value of a series in {2} of an economy paying in {3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "percent          | null | percent     | null | true",
        "percent          | null | USD         | null | false",
        "percentage_point | null | percent     | null | false",
        "people           | null | ''          | null | true",
        "USD              | null | ''          | null | false",
        "KGS              | USD  | LCU per USD | KGS  | true",
        "''               | USD  | LCU per USD | null | true",
        "KGS              | null | LCU per USD | KGS  | false",
        // an amount in local currency units: the economy's own currency, or any while the economy is unknown
        "KGS              | null | LCU         | KGS  | true",
        "KGS              | null | LCU         | null | true",
        "KGS              | null | LCU         | KZT  | false",
        "USD              | null | LCU         | KGS  | false",
        "KGS              | null | LCU         | ''   | false",
        "KGS              | USD  | LCU         | KGS  | false",
        "percent          | null | LCU         | KGS  | false",
        "people           | null | LCU         | KGS  | false",
    })
    void aFigureCanStateASeriesValueOnlyInTheSeriesQuantity(String stated, String per, String series, String local,
                                                            boolean can) {
        assertThat(Units.canState(stated, per, series, local)).isEqualTo(can);
    }
}
