package org.factline.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.factline.geography.Geography;
import org.factline.geography.GeographyKind;
import org.factline.geography.GeographyService;
import org.factline.geography.IsoCountries;
import org.factline.indicator.Indicator;
import org.factline.indicator.IndicatorService;
import org.factline.measure.Frequency;

/**
 * The geographies and indicators one import's rows name: resolved to codes (by code, or by name for files that
 * give only names), created when the file brings new ones (each noted in the preview), and cached for the run.
 */
final class ReferenceData {

    private final GeographyService geographies;
    private final IndicatorService indicators;
    private final Set<String> notes;
    private final Consumer<Rejection> reject;
    private final Map<String, String> indicatorUnits = new HashMap<>();
    private final Map<String, String> indicatorByName = new HashMap<>();
    private final Set<String> knownGeographies = new HashSet<>();
    private boolean geographiesRead;
    private Map<String, String> geographyByName;

    ReferenceData(GeographyService geographies, IndicatorService indicators, Set<String> notes,
                  Consumer<Rejection> reject) {
        this.geographies = geographies;
        this.indicators = indicators;
        this.notes = notes;
        this.reject = reject;
    }

    /** The unit of an indicator a row was resolved to. */
    String unitOf(String indicatorCode) {
        return indicatorUnits.get(indicatorCode);
    }

    /** The geography code of a row, creating the geography when the file names a new one; null when rejected. */
    String geography(ImportRow r) {
        String code = r.geographyCode();
        if (code == null) {
            return geographyByName(r);
        }
        if (!geographiesRead) {
            // every geography at once (a few hundred): a look-up per code waited, on PostgreSQL, for the import's
            // COPY running at the time
            geographies.list().forEach(g -> knownGeographies.add(g.code()));
            geographiesRead = true;
        }
        if (knownGeographies.contains(code)) {
            return code;
        }
        if (geographies.find(code).isPresent()) {
            knownGeographies.add(code);
            return code;
        }
        String name = r.geographyName() != null && !r.geographyName().isBlank() ? r.geographyName()
                : IsoCountries.name(code).orElse(null);
        if (name == null || code.length() > 16) {
            reject.accept(new Rejection(r.line(), null, code, "unknown geography: not an ISO 3166 alpha-3 code and not yet in "
                    + "Factline"));
            return null;
        }
        geographies.save(new Geography(code, name, IsoCountries.isAlpha3(code) ? GeographyKind.COUNTRY
                : GeographyKind.AGGREGATE, null, null));
        notes.add("Creates the geography " + code + " (" + name + ")");
        knownGeographies.add(code);
        return code;
    }

    private String geographyByName(ImportRow r) {
        if (geographyByName == null) {
            geographyByName = new HashMap<>();
            geographies.list().forEach(g -> geographyByName.putIfAbsent(g.name().toLowerCase(Locale.ROOT), g.code()));
        }
        String name = r.geographyName() == null ? "" : r.geographyName().strip();
        if (name.isEmpty()) {
            reject.accept(new Rejection(r.line(), null, null, "no geography code and no name"));
            return null;
        }
        String code = geographyByName.get(name.toLowerCase(Locale.ROOT));
        if (code == null) {
            code = slugCode("X_", name, 16);
            geographies.save(new Geography(code, name, GeographyKind.AGGREGATE, null, null));
            notes.add("Creates the geography " + code + " (" + name + ")");
            geographyByName.put(name.toLowerCase(Locale.ROOT), code);
        }
        knownGeographies.add(code);
        return code;
    }

    /** The indicator code of a row, creating the indicator when the file names a new one; null when rejected. */
    String indicator(ImportRow r) {
        String code = r.indicatorCode();
        if (code == null) {
            String name = r.indicatorName();
            code = indicatorByName.get(name);
            if (code == null) {
                code = indicators.findByName(name).map(Indicator::code).orElse(slugCode("OWID.", name, 64));
                indicatorByName.put(name, code);
            }
        }
        if (code.length() > 64) {
            reject.accept(new Rejection(r.line(), null, code, "indicator code longer than 64 characters"));
            return null;
        }
        if (!indicatorUnits.containsKey(code)) {
            Optional<Indicator> existing = indicators.find(code);
            if (existing.isPresent()) {
                indicatorUnits.put(code, existing.get().unit());
            } else {
                String unit = r.unit() == null ? "" : r.unit();
                String name = r.indicatorName() == null || r.indicatorName().isBlank() ? code : r.indicatorName();
                Frequency frequency = r.period().frequency();
                indicators.save(new Indicator(code, name, unit, frequency, null, null));
                notes.add("Creates the indicator " + code + (name.equals(code) ? "" : " (" + name + ")"));
                indicatorUnits.put(code, unit);
            }
        }
        String expected = indicatorUnits.get(code);
        if (r.unit() != null && !r.unit().isEmpty() && !expected.isEmpty() && !expected.equals(r.unit())) {
            reject.accept(new Rejection(r.line(), null, r.unit(), "unit differs from " + code + "'s unit " + expected));
            return null;
        }
        return code;
    }

    private static String slugCode(String prefix, String name, int max) {
        String slug = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("(^_+|_+$)", "");
        String code = prefix + slug;
        return code.length() > max ? code.substring(0, max) : code;
    }
}
