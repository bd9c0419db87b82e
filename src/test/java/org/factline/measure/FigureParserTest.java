package org.factline.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$100 million        | 100000000     | USD",
        "US66.12c            | 0.6612        | USD",
        "$US118              | 118           | USD",
        "OR 14.4 billion     | 14400000000   | OMR",
        "OR931mn             | 931000000     | OMR",
        "Php 1.06 trillion   | 1060000000000 | PHP",
        "25 centavos         | 0.25          | MXN",
        "ARS$828,158         | 828158        | ARS",
        "zł 186.6bn          | 186600000000  | PLN",
        "11 paisa            | 0.11          | INR",
        "2½%                 | 2.5           | percent",
        "5.62-1/2%           | 5.625         | percent",
        "£2.5bn              | 2500000000    | GBP",
        "KGS 37 billion      | 37000000000   | KGS",
        "100 million dollars | 100000000     | USD",
        "$1.2trn             | 1200000000000 | USD",
        "Rs 500 crore        | 5000000000    | INR",
        "€3m                 | 3000000       | EUR",
        "8.6%                | 8.6           | percent",
        "5.3 percent         | 5.3           | percent",
        "85 per cent         | 85            | percent",
        "0.25 percentage points | 0.25       | percentage_point",
        "500,000 doses       | 500000        | doses",
        "500,000 free doses  | 500000        | doses",
        "2,187,417 people    | 2187417       | people",
        "30,000 jobs         | 30000         | jobs",
    })
    void normalisesScaleWordsAndUnits(String text, String value, String unit) {
        StatedFigure f = FigureParser.parse(text);
        assertThat(f.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(f.unit()).isEqualTo(unit);
        assertThat(f.text()).isEqualTo(text);
    }

    @Test
    void keepsTheNumberAndScaleWordAsStated() {
        StatedFigure f = FigureParser.parse("$100 million");
        assertThat(f.stated()).isEqualByComparingTo("100");
        assertThat(f.scale()).isEqualTo(ScaleWord.MILLION);
        assertThat(f.value().toPlainString()).isEqualTo("100000000");
    }

    @Test
    void theValueKeepsTheStatedPrecision() {
        assertThat(FigureParser.parse("8.6%").value().scale()).isEqualTo(1);
        // "$100 million" is stated to the million.
        assertThat(FigureParser.parse("$100 million").value().scale()).isEqualTo(-6);
        assertThat(FigureParser.parse("8.6%").precisionInterval())
                .containsExactly(new BigDecimal("8.55"), new BigDecimal("8.65"));
    }

    @Test
    void aSignIsKept() {
        assertThat(FigureParser.parse("-8.6%").value()).isEqualByComparingTo("-8.6");
        assertThat(FigureParser.parse("−0.5%").value()).isEqualByComparingTo("-0.5");
    }

    @Test
    void aBareNumberTakesTheDefaultUnitOrIsRefused() {
        assertThat(FigureParser.parse("104.2", "index").unit()).isEqualTo("index");
        assertThatThrownBy(() -> FigureParser.parse("104.2")).hasMessageContaining("'104.2' names no unit");
    }

    @Test
    void textWithoutANumberIsRefused() {
        assertThatThrownBy(() -> FigureParser.parse("a lot of money"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a lot of money' is not a figure");
    }

    @Test
    void spelledNumbersBeforeAScaleWordOrPercentAreRead() {
        StatedFigure half = FigureParser.parse("half a billion euros");
        assertThat(half.value()).isEqualByComparingTo("500000000");
        assertThat(half.stated()).isEqualByComparingTo("0.5");
        assertThat(half.unit()).isEqualTo("EUR");
        assertThat(FigureParser.parse("twenty-five per cent").value()).isEqualByComparingTo("25");
        assertThat(FigureParser.parse("one and a half million barrels").value()).isEqualByComparingTo("1500000");
        assertThat(FigureParser.parse("two hundred and fifty thousand jobs").value()).isEqualByComparingTo("250000");
        assertThat(FigureParser.parse("three quarters of a million people").value()).isEqualByComparingTo("750000");
        assertThatThrownBy(() -> FigureParser.parse("three people")).hasMessageContaining("is not a figure");
    }

    @org.junit.jupiter.api.Test
    void aFractionIsOfTheLastDigitOfTheNumberItFollows() {
        org.assertj.core.api.Assertions.assertThat(FigureParser.parse("5-1/4 percent").value())
                .isEqualByComparingTo("5.25");
        org.assertj.core.api.Assertions.assertThat(FigureParser.parse("$5.62-1/2").value())
                .isEqualByComparingTo("5.625");
        org.assertj.core.api.Assertions.assertThat(FigureParser.parse("3/4 cent").value())
                .isEqualByComparingTo("0.0075");
        org.assertj.core.api.Assertions.assertThat(FigureParser.parse("$4.28 1/2").value())
                .isEqualByComparingTo("4.285");
    }

    @Test
    void trlnYieldsPerAreaAndPricesPerSquareFootAreReadAsTheExtractorWritesThem() {
        assertThat(FigureParser.parse("3.2 trln rubles").value().toPlainString()).isEqualTo("3200000000000");
        assertThat(FigureParser.parse("3.2 trln rubles").unit()).isEqualTo("RUB");
        assertThat(FigureParser.parse("6.3 t/ha").unit()).isEqualTo("t/ha");
        assertThat(FigureParser.parse("177 bu/acre").unit()).isEqualTo("bu/acre");
        assertThat(FigureParser.parse("S$2,100 psf").unit()).isEqualTo("SGD");
    }

    @Test
    void anAmountInBracketsAfterItsCurrencyIsNegativeAsAccountsWriteIt() {
        assertThat(FigureParser.parse("$(12.3) million").value().toPlainString()).isEqualTo("-12300000");
        assertThat(FigureParser.parse("$(0.41)").value()).isEqualByComparingTo("-0.41");
    }

    @Test
    void aDecimalCommaBeforeAPercentAScaleWordOrAfterACurrencySignIsAPoint() {
        assertThat(FigureParser.parse("4,56%").value()).isEqualByComparingTo("4.56");
        assertThat(FigureParser.parse("2,5 million tonnes").value()).isEqualByComparingTo("2500000");
        assertThat(FigureParser.parse("R$ 5,35").value()).isEqualByComparingTo("5.35");
        assertThat(FigureParser.parse("3.3 tln rubles").value().toPlainString()).isEqualTo("3300000000000");
        // a comma before three digits groups thousands, and one before two digits with nothing after is not read
        assertThat(FigureParser.parse("1,250 tonnes").value()).isEqualByComparingTo("1250");
        assertThat(FigureParser.decimalPoints("items 5,6 and 7, in 2019,20")).isEqualTo("items 5,6 and 7, in 2019,20");
    }
}
