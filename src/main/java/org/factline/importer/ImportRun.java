package org.factline.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.factline.geography.Geography;
import org.factline.geography.GeographyKind;
import org.factline.geography.GeographyService;
import org.factline.geography.IsoCountries;
import org.factline.indicator.Indicator;
import org.factline.indicator.IndicatorService;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import org.factline.observation.NewObservation;
import org.factline.observation.ObservationService;
import org.factline.observation.ObservationWriter;
import org.factline.observation.SeriesKey;
import org.factline.observation.Vintages;
import org.factline.source.NewSource;
import org.factline.source.SourceKind;
import org.factline.source.SourceService;

/**
 * One file's rows, classified against the database and written, inside the caller's transaction. A row is
 * <em>added</em> when its series has no value for its period as of the import's vintage, <em>unchanged</em> when
 * the value as of that vintage is the same, <em>revised</em> when it differs (a new row with the new vintage; the
 * old one stays). What a series holds is read when its first row comes, for many series at once (their rows wait
 * in file order meanwhile), and cached, a bounded number at a time, so memory stays flat.
 */
final class ImportRun implements ImportSink, AutoCloseable {

    static final int BATCH = 20_000;
    private static final int CACHED_SERIES = 500;
    /**
     * How many series' stored values one query reads (a query per series cost a WDI-sized re-import on PostgreSQL
     * 77% of the first import's time); below {@link #CACHED_SERIES}, so that they all stay cached while their rows
     * are classified.
     */
    private static final int PENDING_SERIES = 200;

    private final GeographyService geographies;
    private final IndicatorService indicators;
    private final SourceService sources;
    private final ObservationService observations;
    private final ObservationWriter writer;
    /** How many rows wait for their series' stored values at most, as the database reads best. */
    private final int rowsPerRead;
    private final ImportOptions options;
    private final String fileName;
    private final String checksum;
    private final LocalDate today;

    String mapping;
    LocalDate fileVintage;
    private LocalDate vintage;
    final Map<String, SourceInfo> declaredSources = new LinkedHashMap<>();
    private final Map<String, Long> sourceIds = new HashMap<>();
    private final Set<Long> sourcesEmptyAtStart = new HashSet<>();
    private final Set<SeriesKey> seriesSeen = new HashSet<>();
    private final ReferenceData reference;
    private final ImportProgress progress;
    private final Map<SeriesKey, Map<Period, TreeMap<LocalDate, BigDecimal>>> cache =
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<SeriesKey, Map<Period, TreeMap<LocalDate, BigDecimal>>> e) {
                    return size() > CACHED_SERIES;
                }
            };
    private final List<NewObservation> buffer = new ArrayList<>(BATCH);
    /** Rows whose series' stored values are not read yet, in file order, and their series. */
    private final List<Pending> pending = new ArrayList<>();
    private final Set<SeriesKey> pendingSeries = new LinkedHashSet<>();
    /** The reads of stored values in flight, oldest first: at most two, the one taken next and the one after. */
    private final Deque<Read> reads = new ArrayDeque<>();

    /** The series one read asks for, and the rows that wait for it, in file order. */
    private record Read(Set<SeriesKey> series, List<Pending> rows) {
    }

    /** A row waiting for its series' stored values. */
    private record Pending(ImportRow row, SeriesKey key, String unit) {
    }

    int added;
    int revised;
    int unchanged;
    int rejected;
    final List<Rejection> rejections = new ArrayList<>();
    final Set<String> notes = new LinkedHashSet<>();
    Long firstSourceId;

    ImportRun(GeographyService geographies, IndicatorService indicators, SourceService sources,
              ObservationService observations, ImportOptions options, String fileName, String checksum, LocalDate today,
              long importId, ImportProgress progress) {
        this.progress = progress;
        this.geographies = geographies;
        this.indicators = indicators;
        this.sources = sources;
        this.observations = observations;
        this.options = options;
        this.fileName = fileName;
        this.checksum = checksum;
        this.today = today;
        this.writer = observations.writer(importId);
        this.rowsPerRead = writer.rowsPerRead();
        this.reference = new ReferenceData(geographies, indicators, notes, this::reject);
    }

    @Override
    public void mapping(String description) {
        mapping = description;
    }

    @Override
    public void vintage(LocalDate v) {
        fileVintage = v;
    }

    @Override
    public void source(SourceInfo source) {
        declaredSources.putIfAbsent(source.url(), source);
    }

    @Override
    public void note(String message) {
        notes.add(message);
    }

    @Override
    public void reject(Rejection r) {
        rejected++;
        if (rejections.size() < ImportReport.MAX_LISTED_REJECTIONS) {
            rejections.add(r);
        }
    }

    /** The vintage of every row: the file's own, else the one given on import, else today. */
    LocalDate vintage() {
        if (vintage == null) {
            vintage = fileVintage != null ? fileVintage : options.vintage() != null ? options.vintage() : today;
        }
        return vintage;
    }

    @Override
    public void geography(WdiCsv.CountryMetadata m) {
        String name = m.tableName() != null ? m.tableName()
                : geographies.find(m.code()).map(Geography::name).orElse(IsoCountries.name(m.code()).orElse(null));
        if (name == null || m.code().length() > 16) {
            reject(new Rejection(0, null, m.code(), "a geography needs a name (TableName) and a code of at most 16 "
                    + "characters"));
            return;
        }
        Optional<Geography> existing = geographies.find(m.code());
        Geography read = new Geography(m.code(), name,
                m.isAggregate() ? GeographyKind.AGGREGATE : GeographyKind.COUNTRY, m.region(), m.incomeGroup());
        if (counted(existing, read)) {
            geographies.save(read);
        }
    }

    @Override
    public void indicator(WdiCsv.IndicatorMetadata m) {
        Optional<Indicator> existing = indicators.find(m.code());
        Indicator read = new Indicator(m.code(), m.name(), existing.map(Indicator::unit).orElse(m.unit()),
                existing.map(Indicator::frequency).orElse(Frequency.ANNUAL), m.sourceNote(), m.sourceOrganization(),
                m.topic() != null ? m.topic() : existing.map(Indicator::topic).orElse(null));
        if (counted(existing, read)) {
            indicators.save(read);
        }
    }

    /** Counts what a metadata file's record does to what is stored; whether it needs saving (new or different). */
    private <T> boolean counted(Optional<T> stored, T read) {
        if (stored.isEmpty()) {
            metadataAdded++;
            return true;
        }
        if (stored.get().equals(read)) {
            metadataUnchanged++;
            return false;
        }
        metadataUpdated++;
        return true;
    }

    /** Geographies or indicators a metadata file added, changed, and found as they were. */
    int metadataAdded;
    int metadataUpdated;
    int metadataUnchanged;

    @Override
    public void row(ImportRow r) {
        progress.row();
        String geography = reference.geography(r);
        if (geography == null) {
            return;
        }
        String indicator = reference.indicator(r);
        if (indicator == null) {
            return;
        }
        String unit = r.unit() == null || r.unit().isEmpty() ? reference.unitOf(indicator) : r.unit();
        SeriesKey key = new SeriesKey(indicator, geography, sourceId(r.sourceUrl()));
        Map<Period, TreeMap<LocalDate, BigDecimal>> series = cache.get(key);
        if (series == null && !pendingSeries.contains(key) && seriesSeen.add(key)
                && sourcesEmptyAtStart.contains(key.sourceId())) {
            series = new HashMap<>(); // a source with nothing stored: no need to ask
            cache.put(key, series);
        }
        if (series != null) {
            classify(r, key, unit, series);
            return;
        }
        for (Read read : reads) {
            if (read.series().contains(key)) {
                read.rows().add(new Pending(r, key, unit));
                if (read.rows().size() >= rowsPerRead) {
                    Read taken;
                    do {
                        taken = takeRead();
                    } while (taken != read);
                }
                return;
            }
        }
        pending.add(new Pending(r, key, unit));
        pendingSeries.add(key);
        if (pendingSeries.size() >= PENDING_SERIES || pending.size() >= rowsPerRead) {
            resolvePending();
        }
    }

    /** Sorts one row into added, revised or unchanged against what its series holds, and buffers what is new. */
    private void classify(ImportRow r, SeriesKey key, String unit, Map<Period, TreeMap<LocalDate, BigDecimal>> series) {
        TreeMap<LocalDate, BigDecimal> vintages = series.computeIfAbsent(r.period(), p -> new TreeMap<>());
        LocalDate v = vintage();
        BigDecimal same = vintages.get(v);
        if (same != null) {
            if (same.compareTo(r.value()) == 0) {
                unchanged++;
            } else {
                reject(new Rejection(r.line(), null, r.value().toPlainString(), key.indicatorCode() + " "
                        + key.geographyCode() + " " + r.period() + " already has the value " + same.toPlainString()
                        + " as of " + v + " from this source; a different value needs another vintage"));
            }
            return;
        }
        Map.Entry<LocalDate, BigDecimal> before = vintages.floorEntry(v);
        if (before != null && before.getValue().compareTo(r.value()) == 0) {
            unchanged++;
            return;
        }
        if (before == null) {
            added++;
        } else {
            revised++;
        }
        vintages.put(v, r.value());
        buffer.add(new NewObservation(key.indicatorCode(), key.geographyCode(), r.period(), r.value(), unit,
                r.status(), key.sourceId(), v));
        if (buffer.size() >= BATCH) {
            writeBuffer();
        }
    }

    /** Classifies every row read so far and writes what is new. */
    void flush() {
        resolvePending();
        while (!reads.isEmpty()) {
            takeRead();
        }
        writeBuffer();
        writer.finish();
    }

    /**
     * Waits for a write still running, if any: an import given up ends only when its last write has.
     *
     * @throws org.springframework.dao.DataAccessException what the database refused in that write
     */
    @Override
    public void close() {
        writer.close();
    }

    /** Hands the buffer to the writer, which writes it while the next rows are read (PostgreSQL). */
    private void writeBuffer() {
        if (!buffer.isEmpty()) {
            writer.add(buffer);
            buffer.clear();
        }
    }

    /**
     * Starts reading what the pending rows' series hold, all in one query, then classifies the rows of the read
     * before it, if any, while the database answers this one (PostgreSQL). The buffer is written first, so that the
     * query sees every row this import classified before (a series dropped from the cache may have rows in it).
     */
    private void resolvePending() {
        if (!pending.isEmpty()) {
            writeBuffer();
            writer.startReading(pendingSeries);
            reads.add(new Read(new HashSet<>(pendingSeries), new ArrayList<>(pending)));
            pending.clear();
            pendingSeries.clear();
        }
        while (reads.size() > 1) {
            takeRead();
        }
    }

    /** Waits for the oldest read, caches what its series hold and classifies their rows in file order; returns it. */
    private Read takeRead() {
        Read read = reads.peek();
        Map<SeriesKey, List<Vintages.Value>> stored = writer.read();
        reads.poll();
        for (SeriesKey key : read.series()) {
            Map<Period, TreeMap<LocalDate, BigDecimal>> series = new HashMap<>();
            for (Vintages.Value v : stored.getOrDefault(key, List.of())) {
                series.computeIfAbsent(v.period(), p -> new TreeMap<>()).put(v.vintage(), v.value());
            }
            cache.put(key, series);
        }
        for (Pending p : read.rows()) {
            classify(p.row(), p.key(), p.unit(), cache.get(p.key()));
        }
        return read;
    }

    private long sourceId(String url) {
        String key = url == null ? defaultSourceUrl() : url;
        Long id = sourceIds.get(key);
        if (id != null) {
            return id;
        }
        SourceInfo info = declaredSources.getOrDefault(key, new SourceInfo(key, fileName, null));
        boolean existed = sources.findByUrl(key).isPresent();
        id = sources.findOrCreate(new NewSource(SourceKind.DATASET, key, info.title(), info.publisher(), null,
                fileVintage, today, null));
        if (!existed || !observations.hasAny(id)) {
            sourcesEmptyAtStart.add(id);
        }
        if (!existed) {
            notes.add("Creates the source " + info.title() + " <" + key + ">");
        }
        sourceIds.put(key, id);
        if (firstSourceId == null) {
            firstSourceId = id;
        }
        return id;
    }

    private String defaultSourceUrl() {
        return options.sourceUrl() != null ? options.sourceUrl() : "urn:sha256:" + checksum;
    }
}
