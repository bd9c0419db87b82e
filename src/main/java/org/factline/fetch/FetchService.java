package org.factline.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.factline.importer.ImportOptions;
import org.factline.importer.ImportReport;
import org.factline.importer.ImportService;
import org.factline.indicator.Indicator;
import org.factline.indicator.IndicatorService;
import org.factline.measure.Frequency;
import org.factline.problem.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Fetches series from providers' APIs and imports each like a downloaded file: {@code worldbank:CODE[,CODE…]}
 * or {@code fred:SERIES[,SERIES…]}. The provider's last-updated date is the vintage, so a revision by the provider
 * arrives as a new vintage and re-checks every claim on the series; an answer that cannot be read is a refused
 * import that writes nothing.
 */
@Service
public class FetchService {

    private final ImportService importer;
    private final IndicatorService indicators;
    private final WorldBankApi worldBank;
    private final FredApi fred;

    FetchService(ImportService importer, IndicatorService indicators,
                 @Value("${factline.fetch.worldbank-url:https://api.worldbank.org}") String worldBankUrl,
                 @Value("${factline.fetch.fred-url:https://api.stlouisfed.org}") String fredUrl,
                 @Value("${FACTLINE_FRED_API_KEY:}") String fredKey,
                 @Value("${factline.fetch.timeout:PT30S}") Duration timeout,
                 @Value("${factline.fetch.attempts:4}") int attempts,
                 @Value("${factline.fetch.first-pause:PT2S}") Duration firstPause) {
        this.importer = importer;
        this.indicators = indicators;
        HttpJson http = new HttpJson(timeout, attempts, firstPause);
        this.worldBank = new WorldBankApi(http, worldBankUrl);
        this.fred = new FredApi(http, fredUrl, fredKey);
    }

    /**
     * Fetches and imports (or, with {@code commit} false, previews) every series the spec names, one report each.
     *
     * @throws InvalidInput when the spec is not {@code worldbank:CODES} or {@code fred:SERIES}
     */
    public List<ImportReport> fetch(String spec, boolean commit, String user) {
        Spec s = parse(spec);
        List<ImportReport> reports = new ArrayList<>();
        for (String code : s.codes()) {
            reports.add(s.provider().equals("worldbank") ? worldBank(code, commit, user) : fred(code, commit, user));
        }
        return reports;
    }

    /** A provider and its series codes, as {@code worldbank:A,B} names them. */
    record Spec(String provider, List<String> codes) {

        @Override
        public String toString() {
            return provider + ":" + String.join(",", codes);
        }
    }

    /** @throws InvalidInput when the text is not {@code worldbank:CODES} or {@code fred:SERIES} */
    static Spec parse(String spec) {
        int colon = spec == null ? -1 : spec.indexOf(':');
        String provider = colon < 0 ? "" : spec.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        List<String> codes = colon < 0 ? List.of() : Arrays.stream(spec.substring(colon + 1).split(","))
                .map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (!(provider.equals("worldbank") || provider.equals("fred")) || codes.isEmpty()
                || codes.stream().anyMatch(c -> !c.matches("[A-Za-z0-9._-]{1,64}"))) {
            throw new InvalidInput("'" + spec + "' names no series: write worldbank:NY.GDP.MKTP.KD.ZG[,CODE…] or "
                    + "fred:GDPC1[,SERIES…]");
        }
        return new Spec(provider, codes);
    }

    private ImportReport worldBank(String code, boolean commit, String user) {
        String name = "World Bank API " + code;
        return withTemporaryFile(name, file -> {
            worldBank.fetch(code, file);
            return run(file, name, ImportOptions.defaults(user), commit);
        });
    }

    private ImportReport fred(String id, boolean commit, String user) {
        String name = "FRED API " + id;
        return withTemporaryFile(name, file -> {
            FredApi.Series s = fred.fetch(id, file);
            if (indicators.find(s.id()).isEmpty()) {
                indicators.save(new Indicator(s.id(), s.title(), unit(s.units()), frequency(s.frequency()), null,
                        "Federal Reserve Bank of St. Louis (FRED)"));
            }
            ImportOptions options = new ImportOptions(null, null, null, null, s.lastUpdated(), false, user);
            return run(file, name, options, commit);
        });
    }

    private ImportReport run(Path file, String name, ImportOptions options, boolean commit) {
        return commit ? importer.commit(file, name, options) : importer.preview(file, name, options);
    }

    private interface Body {
        ImportReport apply(Path file) throws IOException;
    }

    private static ImportReport withTemporaryFile(String name, Body body) {
        Path file = null;
        try {
            file = Files.createTempFile("factline-fetch-", ".csv");
            return body.apply(file);
        } catch (FetchFailed e) {
            return ImportReport.refusedBeforeReading(name, 0, null, e.getMessage());
        } catch (IOException e) {
            return ImportReport.refusedBeforeReading(name, 0, null, "cannot write the answer to a temporary file: "
                    + e.getMessage());
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    /** FRED's units in Factline's terms: "Percent" and "Percent Change…" are percent; other units kept as written. */
    static String unit(String units) {
        String u = units.toLowerCase(Locale.ROOT).startsWith("percent") ? "percent" : units.strip();
        return u.length() > 40 ? u.substring(0, 40) : u;
    }

    static Frequency frequency(String code) {
        try {
            return Frequency.fromCode(code.substring(0, 1).toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return Frequency.ANNUAL;
        }
    }
}
