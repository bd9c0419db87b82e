package org.factline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader against the real World Bank download shipped in data/wdi, and against broken variants of it. */
class WdiCsvTest {

    private static final Path WDI = Path.of("data/wdi");
    private static final String DATA = "API_NY.GDP.MKTP.KD.ZG_DS2_en_csv_v2_2788350.csv";

    @Test
    void readsTheRealDownloadWithItsBomPreambleAndTrailingColumn() throws IOException {
        WdiCsv.Data data;
        try (InputStream in = Files.newInputStream(WDI.resolve(DATA)); Reader r = CsvInput.utf8WithoutBom(in)) {
            data = WdiCsv.readData(r, DATA);
        }
        assertThat(data.lastUpdated()).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(data.rows()).hasSize(266);
        WdiCsv.Row kgz = data.rows().stream().filter(r -> r.countryCode().equals("KGZ")).findFirst().orElseThrow();
        assertThat(kgz.countryName()).isEqualTo("Kyrgyz Republic");
        assertThat(kgz.indicatorCode()).isEqualTo("NY.GDP.MKTP.KD.ZG");
        assertThat(kgz.values().get(2020)).isEqualByComparingTo("-7.14897757727955");
        assertThat(kgz.values().get(2020).toPlainString()).isEqualTo("-7.14897757727955");
        // Empty cells are missing values, not zeros: Kyrgyzstan's series starts in 1987.
        assertThat(kgz.values().firstKey()).isEqualTo(1987);
        assertThat(kgz.values()).doesNotContainKey(1960);
        assertThat(data.rows().stream().mapToInt(r -> r.values().size()).sum()).isEqualTo(13_851);
    }

    @Test
    void readsTheCountryAndIndicatorMetadata() throws IOException {
        List<WdiCsv.CountryMetadata> countries;
        try (Reader r = CsvInput.utf8WithoutBom(Files.newInputStream(WDI.resolve("Metadata_Country_" + DATA)))) {
            countries = WdiCsv.readCountryMetadata(r, "Metadata_Country_" + DATA);
        }
        WdiCsv.CountryMetadata kgz = countries.stream().filter(c -> c.code().equals("KGZ")).findFirst().orElseThrow();
        assertThat(kgz.region()).isEqualTo("Europe & Central Asia");
        assertThat(kgz.isAggregate()).isFalse();
        assertThat(countries.stream().filter(c -> c.code().equals("WLD")).findFirst().orElseThrow().isAggregate())
                .isTrue();

        List<WdiCsv.IndicatorMetadata> indicators;
        try (Reader r = CsvInput.utf8WithoutBom(Files.newInputStream(WDI.resolve("Metadata_Indicator_" + DATA)))) {
            indicators = WdiCsv.readIndicatorMetadata(r, "Metadata_Indicator_" + DATA);
        }
        assertThat(indicators).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("GDP growth (annual %)");
            assertThat(i.sourceOrganization()).startsWith("World Bank national accounts data");
        });
    }

    @Test
    void acceptsTheWideLayoutWithoutPreamble() {
        String csv = "Country Name,Country Code,Indicator Name,Indicator Code,2019,2020\n"
                + "Kyrgyz Republic,KGZ,GDP growth (annual %),NY.GDP.MKTP.KD.ZG,4.6,-8.6\n";
        WdiCsv.Data data = WdiCsv.readData(new StringReader(csv), "plain.csv");
        assertThat(data.lastUpdated()).isNull();
        assertThat(data.rows().get(0).values()).containsKeys(2019, 2020);
    }

    @Test
    void aCellThatIsNotANumberIsReportedWithFileLineColumnAndValue() {
        String csv = "\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2024-06-28\",\n\n"
                + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2019\",\"2020\",\n"
                + "\"Aruba\",\"ABW\",\"GDP growth (annual %)\",\"NY.GDP.MKTP.KD.ZG\",\"1.2\",\"\",\n"
                + "\"Kyrgyz Republic\",\"KGZ\",\"GDP growth (annual %)\",\"NY.GDP.MKTP.KD.ZG\",\"4.6\",\"-8,6x\",\n";
        assertThatThrownBy(() -> WdiCsv.readData(new StringReader(csv), "broken.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("broken.csv, line 7, column 6 (2020): \"-8,6x\" is not a number");
    }

    @Test
    void aFileWithoutTheWdiHeaderIsRefused() {
        assertThatThrownBy(() -> WdiCsv.readData(new StringReader("a,b\n1,2\n"), "other.csv"))
                .hasMessageContaining("other.csv: no header line starting with \"Country Name\"");
    }

    @Test
    void aBadLastUpdatedDateIsReported() {
        String csv = "\"Last Updated Date\",\"June 2024\",\n";
        assertThatThrownBy(() -> WdiCsv.readData(new StringReader(csv), "dated.csv"))
                .hasMessageContaining("dated.csv, line 1: \"Last Updated Date\" is \"June 2024\"");
    }

    @Test
    void theUnitComesFromTheIndicatorName() {
        assertThat(WdiCsv.unitOfIndicatorName("GDP growth (annual %)")).isEqualTo("percent");
        assertThat(WdiCsv.unitOfIndicatorName("GDP (current US$)")).isEqualTo("USD");
        assertThat(WdiCsv.unitOfIndicatorName("Population, total")).isEmpty();
    }
}
