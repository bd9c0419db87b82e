package org.factline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factline.importer.ImportOptions;
import org.factline.importer.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** GET /api/facts.csv: the explorer's filters, streamed, with spreadsheet formulas neutralised. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FactsExportIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ImportService importer;

    @TempDir
    Path dir;

    @Test
    void exportsTheFilteredFactsAsCsv() {
        ResponseEntity<String> csv = http.getForEntity("/api/facts.csv?geo=KGZ&cited=true", String.class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("factline-facts.csv");
        List<String> lines = csv.getBody().lines().toList();
        assertThat(lines.get(0)).isEqualTo("indicator,indicator_name,geo,geo_name,period,value,unit,status,vintage,"
                + "source_kind,source_title,source_url,citations");
        assertThat(lines).hasSize(4);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(
                "NY.GDP.MKTP.KD.ZG,GDP growth (annual %),KGZ,Kyrgyz Republic,2020,-8.6,percent,preliminary,2021-02-24,"
                        + "article,Reset With Russia: Kyrgyzstan's President Heads to Moscow,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",100000000,USD,requested,"));
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralisedButNumbersAreNot() throws Exception {
        Path file = dir.resolve("formulas.csv");
        Files.writeString(file, "Entity,Code,Year,=HYPERLINK(\"http://evil\";\"click\")\n"
                + "=1+2,,2020,-5.5\n@SUM(A1),,2020,+3\n");
        var report = importer.commit(file, "formulas.csv", ImportOptions.defaults("test"));
        assertThat(report.refused()).as(String.join("\n", report.lines())).isFalse();

        String body = http.getForObject("/api/facts.csv?q=hyperlink", String.class);
        List<String> lines = body.lines().skip(1).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines).allSatisfy(l -> assertThat(l).contains("\"'=HYPERLINK(\"\"http://evil\"\";\"\"click\"\")\""));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",'=1+2,2020,-5.5,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",'@SUM(A1),2020,3,"));
    }

    @Test
    void aBadFilterIsA400NamingIt() {
        ResponseEntity<String> bad = http.getForEntity("/api/facts.csv?from=someday", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("Parameter 'from'");
    }
}
