package org.factline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and mutated files never crash the readers: a file is read into rows and rejections, or refused whole
 * with an {@link IllegalArgumentException} that names the file. Anything else (a NullPointerException, an index
 * out of bounds, a NumberFormatException escaping) is a bug.
 */
class ImportFuzzTest {

    private static final List<String> FIXTURES = List.of("wdi-gdp-growth-2017.csv", "fred-GDPC1-old.csv",
            "fred-two-series.csv", "gdp-growth-owid.csv", "covid-doses-owid.csv", "tidy-long.csv", "sdmx-nama.csv",
            "semicolon-decimal-comma-1252.csv", "tab-separated.tsv", "quoted-thousands.csv", "bad-values.csv",
            "databank-wdi-series-rows.csv", "databank-wdi-time-rows.csv", "estat_nama_10_gdp_sdmx1.csv",
            "estat_nama_10_gdp_sdmx2_labels.csv");
    private static Path dir;

    @BeforeContainer
    static void tempDir() throws IOException {
        dir = Files.createTempDirectory("factline-fuzz-");
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    @Property(tries = 300)
    void randomBytesAreReadOrRefusedCleanly(@ForAll("randomFiles") byte[] content) throws IOException {
        assertReadOrRefused(content);
    }

    @Property(tries = 600)
    void mutatedRealFilesAreReadOrRefusedCleanly(@ForAll("mutatedFixtures") byte[] content) throws IOException {
        assertReadOrRefused(content);
    }

    @Property(tries = 300)
    void everyFormatForcedOnEveryFixtureIsReadOrRefusedCleanly(@ForAll("fixtureNames") String fixture,
                                                                 @ForAll ImportFormat format) throws IOException {
        Path file = ImportReadersTest.FIXTURES.resolve(fixture);
        check(file, format);
    }

    private static void assertReadOrRefused(byte[] content) throws IOException {
        Path file = Files.createTempFile(dir, "fuzz-", ".csv");
        try {
            Files.write(file, content);
            check(file, null);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void check(Path file, ImportFormat format) {
        String name = file.getFileName().toString();
        try {
            CsvFile csv = new CsvFile(file, name);
            CollectingSink sink = new CollectingSink();
            csv.read(csv.detect(format), new ImportOptions(null, "FL.FUZZ", null, null, null, false, "fuzz"), sink);
            sink.rows.forEach(r -> {
                assertThat(r.value()).isNotNull();
                assertThat(r.period()).isNotNull();
                assertThat(r.line()).isPositive();
            });
            sink.rejections.forEach(r -> assertThat(r.reason()).isNotBlank());
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).contains(name);
        }
    }

    @Provide
    Arbitrary<byte[]> randomFiles() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789.,-;\"\t\n\r eE%$abcQW/").ofMaxLength(12),
                Arbitraries.of("DATE", "observation_date", "Entity", "Code", "Year", "Day", "DATAFLOW", "TIME_PERIOD",
                        "OBS_VALUE", "indicator", "geo", "period", "value", "Country Name", "Country Code",
                        "Indicator Name", "Indicator Code", "Last Updated Date", "..", "n/a", "2020", "2020-Q3",
                        "-50", "2020-02-30", "1,234.5", "\uFEFF"));
        Arbitrary<String> line = cell.list().ofMaxSize(8).map(cells -> String.join(",", cells));
        Arbitrary<String> text = line.list().ofMaxSize(12).map(lines -> String.join("\n", lines));
        return Arbitraries.oneOf(text.map(String::getBytes), Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
    }

    @Provide
    Arbitrary<String> fixtureNames() {
        return Arbitraries.of(FIXTURES);
    }

    @Provide
    Arbitrary<byte[]> mutatedFixtures() {
        return Combinators.combine(fixtureNames(), Arbitraries.integers().between(1, 8).list().ofSize(3),
                Arbitraries.bytes().list().ofSize(3), Arbitraries.doubles().between(0, 1).list().ofSize(3))
                .as((fixture, kinds, bytes, positions) -> {
                    byte[] original;
                    try {
                        original = Files.readAllBytes(ImportReadersTest.FIXTURES.resolve(fixture));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    byte[] b = original;
                    for (int i = 0; i < 3; i++) {
                        int at = (int) (positions.get(i) * b.length);
                        b = mutate(b, kinds.get(i), at, bytes.get(i));
                    }
                    return b;
                });
    }

    /** Flip, insert, delete, truncate, or insert a quote, delimiter or line break. */
    private static byte[] mutate(byte[] b, int kind, int at, byte value) {
        if (b.length == 0) {
            return new byte[] {value};
        }
        at = Math.min(at, b.length - 1);
        return switch (kind) {
            case 1 -> {
                byte[] c = b.clone();
                c[at] = value;
                yield c;
            }
            case 2 -> insert(b, at, value);
            case 3 -> {
                byte[] c = new byte[b.length - 1];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(b, at + 1, c, at, b.length - at - 1);
                yield c;
            }
            case 4 -> java.util.Arrays.copyOf(b, at);
            case 5 -> insert(b, at, (byte) '"');
            case 6 -> insert(b, at, (byte) ',');
            case 7 -> insert(b, at, (byte) '\n');
            default -> insert(b, at, (byte) ';');
        };
    }

    private static byte[] insert(byte[] b, int at, byte value) {
        byte[] c = new byte[b.length + 1];
        System.arraycopy(b, 0, c, 0, at);
        c[at] = value;
        System.arraycopy(b, at, c, at + 1, b.length - at);
        return c;
    }
}
