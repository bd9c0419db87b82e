package org.factline.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factline.citation.CitationService;
import org.factline.citation.NewCitation;
import org.factline.geography.Geography;
import org.factline.geography.GeographyKind;
import org.factline.geography.GeographyService;
import org.factline.indicator.Indicator;
import org.factline.indicator.IndicatorService;
import org.factline.measure.FigureParser;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import org.factline.measure.StatedFigure;
import org.factline.measure.Units;
import org.factline.observation.NewObservation;
import org.factline.observation.ObservationService;
import org.factline.observation.ObservationStatus;
import org.factline.problem.InvalidInput;
import org.factline.source.NewSource;
import org.factline.source.SourceKind;
import org.factline.source.SourceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped seed data on first start, exactly once: the World Bank WDI download(s) under
 * {@code seed-data/wdi/}, then the geographies, indicators, articles and cited figures under {@code seed-data/seed/}.
 * Each file is remembered in {@code seed_log} in the same transaction that loads it, so a restart adds nothing and
 * a crash mid-way leaves nothing half-loaded.
 */
@Component
@Order(0)
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);
    private static final CSVFormat SEED_CSV = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setTrim(true).get();

    private final ResourcePatternResolver resources;
    private final String location;
    private final boolean enabled;
    private final TransactionTemplate tx;
    private final ImportLog importLog;
    private final GeographyService geographies;
    private final IndicatorService indicators;
    private final SourceService sources;
    private final ObservationService observations;
    private final CitationService citations;
    private final ImportService importer;

    SeedLoader(ResourcePatternResolver resources, @Value("${factline.seed.location:classpath:seed-data/}") String location,
               @Value("${factline.seed.enabled:true}") boolean enabled, TransactionTemplate tx, ImportLog importLog,
               GeographyService geographies, IndicatorService indicators, SourceService sources,
               ObservationService observations, CitationService citations, ImportService importer) {
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
        this.enabled = enabled;
        this.tx = tx;
        this.importLog = importLog;
        this.geographies = geographies;
        this.indicators = indicators;
        this.sources = sources;
        this.observations = observations;
        this.citations = citations;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled) {
            return;
        }
        for (Resource data : resources.getResources(location + "wdi/API_*.csv")) {
            loadOnce("wdi/" + data.getFilename(), data, () -> loadWdi(data));
        }
        loadOnce("seed/geographies.csv", seed("geographies.csv"), () -> loadGeographies(seed("geographies.csv")));
        // The names news writes for a country ("DRC", "Thai"): added to, never changed, so a database seeded before
        // a row was added gets it at its next start.
        loadWhenChanged("seed/geography-names.csv", seed("geography-names.csv"),
                () -> loadGeographyNames(seed("geography-names.csv")));
        loadWhenChanged("seed/geography-adjectives.csv", seed("geography-adjectives.csv"),
                () -> loadGeographyNames(seed("geography-adjectives.csv")));
        loadOnce("seed/indicators.csv", seed("indicators.csv"), () -> loadIndicators(seed("indicators.csv")));
        loadOnce("seed/rules.csv", seed("rules.csv"), () -> loadRules(seed("rules.csv")));
        loadOnce("seed/articles.csv", seed("articles.csv"), () -> loadArticles(seed("articles.csv")));
        loadOnce("seed/citations.csv", seed("citations.csv"), () -> loadCitations(seed("citations.csv")));
    }

    private Resource seed(String name) {
        return resources.getResource(location + "seed/" + name);
    }

    /**
     * Loads a seed file of reference data whose load only adds what is missing, again whenever its content changed
     * since it was last loaded.
     */
    private void loadWhenChanged(String name, Resource file, Runnable load) {
        load(name, file, load, true);
    }

    private void loadOnce(String name, Resource file, Runnable load) {
        load(name, file, load, false);
    }

    /** Loads a seed file and remembers it with its checksum, unless it was loaded before (and, if asked, unchanged). */
    private void load(String name, Resource file, Runnable load, boolean whenChanged) {
        if (!file.exists()) {
            log.warn("Seed file {} is missing; skipped", name);
            return;
        }
        tx.executeWithoutResult(status -> {
            importLog.lockSeeding();
            String loaded = importLog.seedChecksum(name);
            if (loaded != null && !whenChanged) {
                return; // no hashing of a big WDI file at every start
            }
            String checksum = sha256(file);
            if (checksum.equals(loaded)) {
                return;
            }
            load.run();
            if (loaded == null) {
                importLog.seedDone(name, checksum);
            } else {
                importLog.seedReloaded(name, checksum);
            }
            log.info("Seed file {} loaded", name);
        });
    }

    /**
     * A WDI download: its metadata companions name the geographies (with region and income group) and describe
     * the indicator; the data file itself goes through the importer like any user's file.
     */
    private void loadWdi(Resource data) {
        String name = data.getFilename();
        String suffix = name.substring("API_".length());
        Resource countryMeta = resources.getResource(location + "wdi/Metadata_Country_API_" + suffix);
        Resource indicatorMeta = resources.getResource(location + "wdi/Metadata_Indicator_API_" + suffix);
        if (countryMeta.exists()) {
            for (WdiCsv.CountryMetadata c : read(countryMeta,
                    r -> WdiCsv.readCountryMetadata(r, countryMeta.getFilename()))) {
                if (c.tableName() != null) {
                    geographies.save(new Geography(c.code(), c.tableName(),
                            c.isAggregate() ? GeographyKind.AGGREGATE : GeographyKind.COUNTRY, c.region(),
                            c.incomeGroup()));
                }
            }
        }
        if (indicatorMeta.exists()) {
            for (WdiCsv.IndicatorMetadata m : read(indicatorMeta,
                    r -> WdiCsv.readIndicatorMetadata(r, indicatorMeta.getFilename()))) {
                indicators.save(new Indicator(m.code(), m.name(), m.unit(), Frequency.ANNUAL, m.sourceNote(),
                        m.sourceOrganization(), m.topic()));
            }
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("factline-seed-", ".csv");
            try (InputStream in = data.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            ImportReport report = importer.commit(copy, name,
                    new ImportOptions(ImportFormat.WDI, null, null, null, null, false, "seed"));
            if (report.refused()) {
                throw new IllegalStateException("Seed file " + name + " was refused:\n" + String.join("\n", report.lines()));
            }
            log.info("Seeded {} observations from {} (vintage {})", report.added(), name, report.vintage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    log.warn("Could not delete {}", copy, e);
                }
            }
        }
    }

    private void loadGeographies(Resource file) {
        for (CSVRecord r : records(file)) {
            geographies.save(new Geography(r.get("code"), r.get("name"),
                    GeographyKind.valueOf(r.get("kind").toUpperCase(java.util.Locale.ROOT)), null, null));
        }
    }

    /** Other names of geographies; a name for a geography no file has loaded is skipped. */
    private void loadGeographyNames(Resource file) {
        for (CSVRecord r : records(file)) {
            if (geographies.find(r.get("code")).isPresent()) {
                geographies.addName(r.get("code"), r.get("name"));
            }
        }
    }

    private void loadIndicators(Resource file) {
        for (CSVRecord r : records(file)) {
            indicators.save(new Indicator(r.get("code"), r.get("name"), Units.normalise(r.get("unit")),
                    Frequency.fromCode(r.get("frequency")), r.get("description"), r.get("source_organization")));
        }
    }

    /** Values a document fixes (status RULE), the document their source, its date their vintage. */
    private void loadRules(Resource file) {
        for (CSVRecord r : records(file)) {
            String where = file.getFilename() + ", line " + (r.getRecordNumber() + 1);
            try {
                LocalDate published = LocalDate.parse(r.get("published"));
                long sourceId = sources.findOrCreate(new NewSource(SourceKind.RELEASE, r.get("source_url"),
                        r.get("source_title"), r.get("publisher"), null, published, null, null));
                observations.record(new NewObservation(r.get("indicator"), r.get("geography"),
                        Period.parse(r.get("period")), new BigDecimal(r.get("value")), Units.normalise(r.get("unit")),
                        ObservationStatus.RULE, sourceId, published));
            } catch (RuntimeException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }
    }

    private void loadArticles(Resource file) {
        for (CSVRecord r : records(file)) {
            sources.findOrCreate(new NewSource(SourceKind.ARTICLE, r.get("url"), r.get("title"), r.get("publisher"),
                    r.get("author"), LocalDate.parse(r.get("published")), null, null));
        }
    }

    private void loadCitations(Resource file) {
        for (CSVRecord r : records(file)) {
            String where = file.getFilename() + ", line " + (r.getRecordNumber() + 1);
            try {
                long sourceId = sources.findByUrl(r.get("article_url"))
                        .orElseThrow(() -> new InvalidInput("no article with URL " + r.get("article_url")))
                        .id();
                String unit = Units.normalise(r.get("unit"));
                BigDecimal value = new BigDecimal(r.get("value"));
                StatedFigure figure = FigureParser.parse(r.get("figure"), unit);
                // The stated precision ("$100 million": to the million) is what the observation keeps.
                BigDecimal stated = value.signum() < 0 ? figure.value().negate() : figure.value();
                if (stated.compareTo(value) != 0) {
                    throw new InvalidInput("the figure '" + r.get("figure") + "' reads as "
                            + figure.value().toPlainString() + ", not " + value.toPlainString());
                }
                LocalDate published = sources.find(sourceId).orElseThrow().publishedOn();
                long observationId = observations.record(new NewObservation(r.get("indicator"), r.get("geography"),
                        Period.parse(r.get("period")), stated, unit, ObservationStatus.parse(r.get("status")), sourceId,
                        published));
                citations.add(new NewCitation(observationId, sourceId, r.get("figure"), r.get("quote"), null, null));
            } catch (RuntimeException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }
    }

    private List<CSVRecord> records(Resource file) {
        return read(file, r -> {
            try (CSVParser parser = SEED_CSV.parse(r)) {
                return parser.getRecords();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private interface ReaderFunction<T> {
        T apply(Reader reader);
    }

    private static <T> T read(Resource file, ReaderFunction<T> body) {
        try (InputStream in = file.getInputStream(); Reader reader = CsvInput.utf8WithoutBom(in)) {
            return body.apply(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + file.getDescription(), e);
        }
    }

    private static String sha256(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return org.apache.commons.codec.digest.DigestUtils.sha256Hex(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
