package org.factline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The World Bank reader against the real download shipped in data/wdi, and against broken variants of it. */
class WdiCsvTest {

    private static final Path WDI = Path.of("data/wdi");
    private static final String DATA = "API_NY.GDP.MKTP.KD.ZG_DS2_en_csv_v2_2788350.csv";

    @TempDir
    Path dir;

    @Test
    void readsTheRealDownloadWithItsBomPreambleAndTrailingColumn() {
        CsvFile csv = new CsvFile(WDI.resolve(DATA), DATA);
        CsvFile.Detected detected = csv.detect(null);
        assertThat(detected.format()).isEqualTo(ImportFormat.WDI);
        assertThat(detected.reason()).isEqualTo("World Bank preamble line \"Data Source\"");
        assertThat(detected.dialect().describe()).isEqualTo("UTF-8 with BOM, comma-separated, decimal point");

        CollectingSink sink = new CollectingSink();
        csv.read(detected, ImportOptions.defaults("test"), sink);
        assertThat(sink.vintage).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(sink.rejections).isEmpty();
        ImportRow kgz2020 = sink.only("NY.GDP.MKTP.KD.ZG", "KGZ", "2020");
        assertThat(kgz2020.value().toPlainString()).isEqualTo("-7.14897757727955");
        assertThat(kgz2020.geographyName()).isEqualTo("Kyrgyz Republic");
        assertThat(kgz2020.unit()).isEqualTo("percent");
        // Empty cells are missing values, not zeros: Kyrgyzstan's series starts in 1987.
        assertThat(sink.rows.stream().filter(r -> r.geographyCode().equals("KGZ")).mapToInt(r -> r.period().start().getYear())
                .min()).hasValue(1987);
        assertThat(sink.rows).hasSize(13_851);
        assertThat(sink.sources).singleElement().satisfies(s ->
                assertThat(s.url()).isEqualTo("https://data.worldbank.org/indicator/NY.GDP.MKTP.KD.ZG"));
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
    void acceptsTheWideLayoutWithoutPreamble() throws IOException {
        Path file = dir.resolve("plain.csv");
        Files.writeString(file, "Country Name,Country Code,Indicator Name,Indicator Code,2019,2020\n"
                + "Kyrgyz Republic,KGZ,GDP growth (annual %),NY.GDP.MKTP.KD.ZG,4.6,-8.6\n");
        CollectingSink sink = CollectingSink.read(file, ImportOptions.defaults("test"));
        assertThat(sink.vintage).isNull();
        assertThat(sink.rows).extracting(r -> r.period().toString()).containsExactly("2019", "2020");
    }

    @Test
    void aCellThatIsNotANumberIsRejectedWithLineColumnAndValue() throws IOException {
        Path file = dir.resolve("broken.csv");
        Files.writeString(file, "\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2024-06-28\",\n\n"
                + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2019\",\"2020\",\n"
                + "\"Aruba\",\"ABW\",\"GDP growth (annual %)\",\"NY.GDP.MKTP.KD.ZG\",\"1.2\",\"\",\n"
                + "\"Kyrgyz Republic\",\"KGZ\",\"GDP growth (annual %)\",\"NY.GDP.MKTP.KD.ZG\",\"4.6\",\"-8,6x\",\n");
        CollectingSink sink = CollectingSink.read(file, ImportOptions.defaults("test"));
        assertThat(sink.rejections).singleElement().satisfies(r ->
                assertThat(r.describe()).isEqualTo("line 7, column 6 (\"-8,6x\"): not a number (2020)"));
        assertThat(sink.rows).hasSize(2);
    }

    @Test
    void aBadLastUpdatedDateIsReported() throws IOException {
        Path file = dir.resolve("dated.csv");
        Files.writeString(file, "\"Last Updated Date\",\"June 2024\",\n\n\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2020\"\n");
        assertThatThrownBy(() -> CollectingSink.read(file, ImportOptions.defaults("test")))
                .hasMessageContaining("dated.csv, line 1: \"Last Updated Date\" is \"June 2024\"");
    }

    @Test
    void theUnitComesFromTheIndicatorName() {
        assertThat(WdiCsv.unitOfIndicatorName("GDP growth (annual %)")).isEqualTo("percent");
        assertThat(WdiCsv.unitOfIndicatorName("GDP (current US$)")).isEqualTo("USD");
        assertThat(WdiCsv.unitOfIndicatorName("Population, total")).isEmpty();
        assertThat(WdiCsv.unitOfIndicatorName("Official exchange rate (LCU per US$, period average)"))
                .isEqualTo("LCU per USD");
        assertThat(WdiCsv.unitOfIndicatorName("GDP (current LCU)")).isEqualTo("LCU");
        assertThat(WdiCsv.unitOfIndicatorName("Exports of goods and services (constant LCU)")).isEqualTo("LCU");
        // a conversion factor is no amount of local currency
        assertThat(WdiCsv.unitOfIndicatorName("PPP conversion factor, GDP (LCU per international $)")).isEmpty();
    }
}
