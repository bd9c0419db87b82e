package org.factline.importer;

import org.factline.FactlineJar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar factline.jar import ...} as a user runs it: a separate process on a file database. */
class ImportCommandIT {

    @TempDir
    Path dataDir;

    record Run(int exit, String out, String err) {
    }

    Run factline(String... args) throws Exception {
        return factlineOn(dataDir, args);
    }

    Run factlineOn(Path data, String... args) throws Exception {
        List<String> cmd = FactlineJar.command(args);
        cmd.add("--factline.data-dir=" + data);
        Path out = dataDir.resolve("out.txt");
        Path err = dataDir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the command finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static String fixture(String name) {
        return ImportReadersTest.FIXTURES.resolve(name).toAbsolutePath().toString();
    }

    @Test
    void importsPreviewsAndRefusesWithTheRightExitCodes() throws Exception {
        Run dry = factline("import", fixture("fred-two-series.csv"), "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("format:    fred (FRED header \"observation_date\" followed by series IDs)",
                "added 7, revised 0, unchanged 0, rejected 0", "not imported yet (preview)");

        Run real = factline("import", fixture("fred-two-series.csv"), fixture("wdi-gdp-growth-2017.csv"));
        assertThat(real.exit()).as(real.err()).isZero();
        assertThat(real.out().split("imported as import #", -1)).as(real.out()).hasSize(3);

        Run again = factline("import", fixture("fred-two-series.csv"));
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("added 0, revised 0, unchanged 7, rejected 0");

        Run bad = factline("import", fixture("bad-values.csv"));
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("line 3, column 3 (\"20x9\")", "REFUSED:   3 lines were rejected");

        Run usage = factline("import", fixture("tidy-long.csv"), "--format=xml");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("Unknown format 'xml'", "usage: java -jar factline.jar import FILE...");

        Run missing = factline("import", dataDir.resolve("nope.csv").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.csv: no such file");
    }

    @Test
    void exportThenRestoreIntoANewDatabaseKeepsEverything() throws Exception {
        assertThat(factline("import", fixture("fred-two-series.csv")).exit()).isZero();
        Path backup = dataDir.resolve("backup");
        Run export = factline("export", backup.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("exported ", "observation: 13872", "citation: 4");
        assertThat(backup.resolve("manifest.json")).exists();

        Path fresh = dataDir.resolve("fresh");
        Run restore = factlineOn(fresh, "restore", backup.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("restored ", "observation: 13872");
        // The restored database already has the file's rows, and restoring twice is refused.
        assertThat(factlineOn(fresh, "import", fixture("fred-two-series.csv"), "--dry-run").out())
                .contains("added 0, revised 0, unchanged 7, rejected 0");
        Run again = factlineOn(fresh, "restore", backup.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("The database is not empty");
    }
}
