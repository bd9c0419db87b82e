package org.factline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.factline.measure.Frequency;
import org.factline.observation.ObservationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every layout and quirk, read from a fixture shaped like the real files; no database. */
class ImportReadersTest {

    static final Path FIXTURES = Path.of("src/test/resources/import");

    static CollectingSink read(String name) {
        return CollectingSink.read(FIXTURES.resolve(name), ImportOptions.defaults("test"));
    }

    @ParameterizedTest
    @CsvSource({
        "wdi-gdp-growth-2017.csv,          WDI",
        "databank-wdi-series-rows.csv,     DATABANK",
        "databank-wdi-time-rows.csv,       DATABANK",
        "databank-wdi-series-metadata.csv, WDI_INDICATORS",
        "fred-GDPC1-old.csv,               FRED",
        "fred-two-series.csv,              FRED",
        "gdp-growth-owid.csv,              OWID",
        "covid-doses-owid.csv,             OWID",
        "tidy-long.csv,                    LONG",
        "wb-derived-country-year.csv,      LONG",
        "sdmx-nama.csv,                    SDMX",
        "estat_nama_10_gdp_sdmx1.csv,      SDMX",
        "estat_nama_10_gdp_sdmx2_labels.csv, SDMX",
        "semicolon-decimal-comma-1252.csv, LONG",
        "tab-separated.tsv,                LONG",
    })
    void detectsTheLayout(String file, ImportFormat format) {
        assertThat(new CsvFile(FIXTURES.resolve(file), file).detect(null).format()).isEqualTo(format);
    }

    @Test
    void anUnknownLayoutIsRefusedShowingItsHeader() {
        assertThatThrownBy(() -> new CsvFile(FIXTURES.resolve("not-a-layout.csv"), "not-a-layout.csv").detect(null))
                .hasMessageContaining("not-a-layout.csv, line 1: not a layout Factline knows")
                .hasMessageContaining("[name, age]");
    }

    @Test
    void fredOldFilesSayDateAndMarkMissingWithADot() {
        CollectingSink s = read("fred-GDPC1-old.csv");
        assertThat(s.rows).hasSize(4);
        assertThat(s.rows).allSatisfy(r -> {
            assertThat(r.period().frequency()).isEqualTo(Frequency.QUARTERLY);
            assertThat(r.geographyCode()).isEqualTo("USA");
        });
        assertThat(s.only("GDPC1", "USA", "2020-Q2").value()).isEqualByComparingTo("17258.205");
        assertThat(s.rejections).isEmpty();
        assertThat(s.mapping).contains("quarterly, inferred from the dates");
    }

    @Test
    void fredNewFilesHaveSeveralSeriesAndEmptyMissingCells() {
        CollectingSink s = read("fred-two-series.csv");
        assertThat(s.rows).hasSize(7);
        assertThat(s.only("UNRATE", "USA", "2020-04").value()).isEqualByComparingTo("14.8");
        assertThat(s.only("CPIAUCSL", "USA", "2020-02").sourceUrl()).isEqualTo("https://fred.stlouisfed.org/series/CPIAUCSL");
        assertThat(s.sources).hasSize(2);
    }

    @Test
    void owidSkipsTextColumnsKeepsRegionsWithoutCodeAndNegativeYears() {
        CollectingSink s = read("gdp-growth-owid.csv");
        assertThat(s.notes).singleElement().asString().contains("\"Notes\" holds text, not numbers: skipped");
        assertThat(s.rows).hasSize(5);
        assertThat(s.rows).allSatisfy(r -> {
            assertThat(r.indicatorCode()).isNull();
            assertThat(r.indicatorName()).isEqualTo("GDP growth (annual %)");
            assertThat(r.unit()).isEqualTo("percent");
        });
        assertThat(s.rows).filteredOn(r -> r.geographyCode() == null)
                .singleElement().satisfies(r -> assertThat(r.geographyName()).isEqualTo("Europe and Central Asia (WB)"));
        assertThat(s.rows).anySatisfy(r -> assertThat(r.period().start()).isEqualTo(LocalDate.of(-50, 1, 1)));
        assertThat(s.sources).singleElement().satisfies(src ->
                assertThat(src.url()).isEqualTo("https://ourworldindata.org/grapher/gdp-growth-owid"));
    }

    @Test
    void owidDayColumnsHoldDates() {
        CollectingSink s = read("covid-doses-owid.csv");
        assertThat(s.rows).extracting(r -> r.period().toString()).containsExactly("2021-03-19", "2021-03-21");
    }

    @Test
    void tidyHeadersAreCaseInsensitiveAndCarryUnitStatusAndSource() {
        CollectingSink s = read("tidy-long.csv");
        ImportRow q1 = s.only("NY.GDP.MKTP.KD.ZG", "KGZ", "2021-Q1");
        assertThat(q1.value()).isEqualByComparingTo("-10.5");
        assertThat(q1.unit()).isEqualTo("percent");
        assertThat(q1.status()).isEqualTo(ObservationStatus.PRELIMINARY);
        assertThat(q1.sourceUrl()).isEqualTo("https://www.stat.kg/en/news/");
        assertThat(s.only("NY.GDP.MKTP.KD.ZG", "KGZ", "2021-Q2").status()).isEqualTo(ObservationStatus.OFFICIAL);
        assertThat(s.only("FL.EAEU.ACF.LOAN", "KGZ", "2021").value()).isEqualByComparingTo("100000000");
    }

    @Test
    void theCountryYearLayoutNeedsTheIndicator() {
        assertThatThrownBy(() -> read("wb-derived-country-year.csv"))
                .hasMessageContaining("names no indicator: give one (--indicator=CODE)");
        CollectingSink s = CollectingSink.read(FIXTURES.resolve("wb-derived-country-year.csv"),
                new ImportOptions(null, "NY.GDP.MKTP.KD.ZG", null, null, null, false, "test"));
        assertThat(s.rows).hasSize(3);
        assertThat(s.only("NY.GDP.MKTP.KD.ZG", "RUS", "2022").geographyName()).isEqualTo("Russian Federation");
    }

    @Test
    void sdmxMapsIso2CodesStatusesAndUnitMultipliers() {
        CollectingSink s = read("sdmx-nama.csv");
        assertThat(s.rows).hasSize(3);
        assertThat(s.rows).allSatisfy(r -> assertThat(r.indicatorCode()).isEqualTo("NAMA_10_GDP.CP_MEUR.B1GQ"));
        assertThat(s.only("NAMA_10_GDP.CP_MEUR.B1GQ", "DEU", "2023").status()).isEqualTo(ObservationStatus.PRELIMINARY);
        assertThat(s.only("NAMA_10_GDP.CP_MEUR.B1GQ", "FRA", "2023").value()).isEqualByComparingTo("2800");
        assertThat(s.only("NAMA_10_GDP.CP_MEUR.B1GQ", "FRA", "2023").status()).isEqualTo(ObservationStatus.ESTIMATE);
        assertThat(s.sources).singleElement().satisfies(src -> {
            assertThat(src.url()).isEqualTo("urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=ESTAT:NAMA_10_GDP(1.0)");
            assertThat(src.publisher()).isEqualTo("ESTAT");
        });
    }

    @Test
    void windows1252SemicolonsAndDecimalCommas() {
        Path file = FIXTURES.resolve("semicolon-decimal-comma-1252.csv");
        CsvFile.Detected d = new CsvFile(file, "x").detect(null);
        assertThat(d.dialect().describe()).isEqualTo("Windows-1252, semicolon-separated, decimal comma");
        CollectingSink s = CollectingSink.read(file, new ImportOptions(null, "NY.GDP.MKTP.KD.ZG", null, null, null,
                false, "test"));
        assertThat(s.rows).extracting(r -> r.period() + "=" + r.value().toPlainString())
                .containsExactlyInAnyOrder("2020=1.7", "2021=7.1", "2019=1234.5");
        assertThat(s.rows.get(0).geographyName()).isEqualTo("Côte d'Ivoire");
        assertThat(s.rejections).isEmpty();
    }

    @Test
    void tabsAndNaMarkers() {
        CollectingSink s = read("tab-separated.tsv");
        assertThat(s.rows).singleElement().satisfies(r -> assertThat(r.value()).isEqualByComparingTo("4.6"));
    }

    @Test
    void quotedFieldsWithDelimitersLineBreaksAndThousands() {
        CollectingSink s = read("quoted-thousands.csv");
        assertThat(s.only("FL.COVID.SPUTNIKV.DOSES", "KGZ", "2021").value()).isEqualByComparingTo("500000");
        assertThat(s.only("FL.EAEU.ACF.LOAN", "KGZ", "2021").value()).isEqualTo(new BigDecimal("1234567.5"));
        assertThat(s.only("FL.NOTE", "KGZ", "2022").unit()).isEqualTo("notes, with a comma\nand a line break");
    }

    @Test
    void badCellsAreRejectedWithLineColumnAndValue() {
        CollectingSink s = read("bad-values.csv");
        assertThat(s.rejections).extracting(Rejection::describe).containsExactly(
                "line 3, column 3 (\"20x9\"): not a period (2020, 2020-Q3, 2020-07 or 2020-07-14)",
                "line 4, column 4 (\"minus eight\"): not a number");
        assertThat(s.rows).hasSize(2);
    }

    @Test
    void anUnbalancedQuoteIsRefusedAsAWhole() {
        assertThatThrownBy(() -> read("malformed-quote.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed-quote.csv: not readable as CSV");
    }

    @Test
    void numberCellsReadProvidersWritings() {
        assertThat(NumberCells.read("1,234.5", false)).isEqualTo(new NumberCells.Number(new BigDecimal("1234.5")));
        assertThat(NumberCells.read("1.234,5", true)).isEqualTo(new NumberCells.Number(new BigDecimal("1234.5")));
        assertThat(NumberCells.read("1 234,5", true)).isEqualTo(new NumberCells.Number(new BigDecimal("1234.5")));
        assertThat(NumberCells.read("−3.2", false)).isEqualTo(new NumberCells.Number(new BigDecimal("-3.2")));
        assertThat(NumberCells.read("1e3", false)).isEqualTo(new NumberCells.Number(new BigDecimal("1e3")));
        for (String missing : new String[] {"", "..", ".", "n/a", "NA", "N/A", "-"}) {
            assertThat(NumberCells.read(missing, false)).as(missing).isEqualTo(NumberCells.MISSING);
        }
        assertThat(NumberCells.read("12,34", false)).isInstanceOf(NumberCells.Text.class);
        // the plain cells every bulk file is made of, read without a pattern, exactly as written
        assertThat(NumberCells.read(" -0.1250 ", false)).isEqualTo(new NumberCells.Number(new BigDecimal("-0.1250")));
        assertThat(NumberCells.read("42", true)).isEqualTo(new NumberCells.Number(new BigDecimal("42")));
        assertThat(NumberCells.read("1.234", true)).as("a point groups thousands where the comma is decimal")
                .isEqualTo(new NumberCells.Number(new BigDecimal("1234")));
        for (String text : new String[] {"1-2", "1.2.3", "--5", "5-"}) {
            assertThat(NumberCells.read(text, false)).as(text).isInstanceOf(NumberCells.Text.class);
        }
        assertThat(NumberCells.read("=1+2", false)).isInstanceOf(NumberCells.Text.class);
    }

    @Test
    void aDataBankExportWithSeriesInRowsTakesItsVintageFromTheFooter() {
        CollectingSink s = read("databank-wdi-series-rows.csv");
        assertThat(s.vintage).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(s.rows).hasSize(16); // 2 economies x 2 series x 4 years; 2021 is ".."
        assertThat(s.only("NY.GDP.MKTP.KD.ZG", "KGZ", "2020").value()).isEqualTo(new BigDecimal("-7.14897757727955"));
        ImportRow cpi = s.only("FP.CPI.TOTL.ZG", "KAZ", "2019");
        assertThat(cpi.indicatorName()).isEqualTo("Inflation, consumer prices (annual %)");
        assertThat(cpi.unit()).isEqualTo("percent");
        assertThat(cpi.geographyName()).isEqualTo("Kazakhstan");
        assertThat(s.rejections).isEmpty();
        assertThat(s.sources).extracting(SourceInfo::title)
                .containsExactly("World Development Indicators: GDP growth (annual %)",
                        "World Development Indicators: Inflation, consumer prices (annual %)");
        assertThat(s.mapping).contains("series in rows", "vintage 2024-06-28");
    }

    @Test
    void aDataBankExportWithPeriodsInRowsReadsEachSeriesColumn() {
        CollectingSink s = read("databank-wdi-time-rows.csv");
        assertThat(s.vintage).isEqualTo(LocalDate.of(2025, 10, 7));
        assertThat(s.rows).hasSize(9);
        ImportRow pop = s.only("SP.POP.TOTL", "KGZ", "2020");
        assertThat(pop.value()).isEqualTo(new BigDecimal("6726596"));
        assertThat(pop.indicatorName()).isEqualTo("Population, total");
        assertThat(s.only("NY.GDP.MKTP.KD.ZG", "EMU", "2020").value()).isEqualTo(new BigDecimal("-6.11006917047806"));
        assertThat(s.rows).noneMatch(r -> r.geographyCode().equals("EMU") && r.indicatorCode().equals("SP.POP.TOTL"));
    }

    @Test
    void aDataBankExportNamesItsBadCellsAndHeaders(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path bad = dir.resolve("Data_Extract.csv");
        java.nio.file.Files.writeString(bad, """
                "Country Name","Country Code","Series Name","Series Code","2019 [YR2019]","2020Q1 [2020Q1]","2020M07 [2020M07]"
                "Kyrgyz Republic","KGZ","GDP growth (annual %)","NY.GDP.MKTP.KD.ZG","4.6","1.2","n.a."
                "Kyrgyz Republic","","GDP growth (annual %)","NY.GDP.MKTP.KD.ZG","4.6","..",".."
                "Data from database: World Development Indicators",,,,,,
                "Last Updated: 28/06/2024",,,,,,
                """);
        assertThatThrownBy(() -> CollectingSink.read(bad, ImportOptions.defaults("test")))
                .hasMessage("Data_Extract.csv, line 5: \"Last Updated\" is \"28/06/2024\", not a date like 10/28/2025");

        java.nio.file.Files.writeString(bad, java.nio.file.Files.readString(bad).replace("28/06/2024", "6/28/2024"));
        CollectingSink s = CollectingSink.read(bad, ImportOptions.defaults("test"));
        assertThat(s.vintage).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(s.only("NY.GDP.MKTP.KD.ZG", "KGZ", "2020-Q1").period().frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(s.rejections).extracting(Rejection::line, Rejection::column, Rejection::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 7, "n.a."),
                        org.assertj.core.groups.Tuple.tuple(3L, 2, null));

        java.nio.file.Files.writeString(bad, """
                "Time","Time Code","Country Name","Country Code","GDP growth (annual %)"
                "2020","YR2020","Kyrgyz Republic","KGZ","-7.1"
                """);
        assertThatThrownBy(() -> CollectingSink.read(bad, ImportOptions.defaults("test")))
                .hasMessage("Data_Extract.csv, line 1, column 5: expected a series as \"Name [CODE]\" but found "
                        + "\"GDP growth (annual %)\"");
    }

    @ParameterizedTest
    @CsvSource({"estat_nama_10_gdp_sdmx1.csv", "estat_nama_10_gdp_sdmx2_labels.csv"})
    void eurostatsSdmxCsvNamesTheSameSeriesAsItsTsv(String file) {
        CollectingSink sdmx = read(file);
        CollectingSink tsv = read("estat_nama_10_gdp.tsv");
        assertThat(sdmx.rejections).isEmpty();
        assertThat(sdmx.rows).hasSize(5);
        for (ImportRow r : sdmx.rows) {
            ImportRow same = tsv.only(r.indicatorCode(), r.geographyCode(), r.period().toString());
            assertThat(r.value()).isEqualTo(same.value());
            assertThat(r.status()).isEqualTo(same.status());
        }
        assertThat(sdmx.only("NAMA_10_GDP.CLV_PCH_PRE.B1GQ", "GRC", "2023").status())
                .isEqualTo(ObservationStatus.PRELIMINARY);
        assertThat(sdmx.only("NAMA_10_GDP.CLV_PCH_PRE.B1GQ", "EU27_2020", "2023").status())
                .isEqualTo(ObservationStatus.ESTIMATE);
        assertThat(sdmx.sources).singleElement().satisfies(src -> assertThat(src.url())
                .isEqualTo("urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=ESTAT:NAMA_10_GDP(1.0)"));
        // Eurostat's LAST UPDATE (day first) is the vintage; the 2.0 file has none.
        assertThat(sdmx.vintage).isEqualTo(file.contains("sdmx1") ? LocalDate.of(2024, 10, 23) : null);
    }

    @Test
    void sdmxCsvTwoWithLabelsInTheCodesColumnsAndTheEcbsKeyLayout(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path named = dir.resolve("named.csv");
        java.nio.file.Files.writeString(named, """
                STRUCTURE,STRUCTURE_ID,ACTION,FREQ: Frequency,REF_AREA: Reference area,MEASURE: Measure,TIME_PERIOD: Time period,OBS_VALUE,OBS_STATUS: Observation status
                dataflow,OECD.SDD.TPS:DSD_LFS@DF_IALFS_UNE_M(1.0),I,M: Monthly,FRA: France,UNE_LF_M: Unemployment rate,2024-03,7.3,A: Normal value
                """);
        CollectingSink s = CollectingSink.read(named, ImportOptions.defaults("test"));
        assertThat(s.rejections).isEmpty();
        assertThat(s.only("DSD_LFS@DF_IALFS_UNE_M.UNE_LF_M", "FRA", "2024-03").value()).isEqualByComparingTo("7.3");

        Path ecb = dir.resolve("ecb.csv");
        java.nio.file.Files.writeString(ecb, """
                KEY,FREQ,REF_AREA,ICP_ITEM,STS_INSTITUTION,ICP_SUFFIX,TIME_PERIOD,OBS_VALUE,OBS_STATUS,TITLE
                ICP.M.DE.N.000000.4.ANR,M,DE,000000,4,ANR,2024-09,1.8,A,"HICP - Overall index, Germany"
                """);
        s = CollectingSink.read(ecb, ImportOptions.defaults("test"));
        ImportRow hicp = s.only("ICP.000000.4.ANR", "DEU", "2024-09");
        assertThat(hicp.value()).isEqualByComparingTo("1.8");
        assertThat(hicp.indicatorName()).isEqualTo("HICP - Overall index, Germany");
        assertThat(s.sources).singleElement().satisfies(src -> assertThat(src.url()).endsWith("Dataflow=ICP"));
    }
}
