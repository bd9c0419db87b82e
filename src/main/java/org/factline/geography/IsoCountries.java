package org.factline.geography;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** ISO 3166 country codes as the JDK knows them: alpha-2 to alpha-3, and English names. */
public final class IsoCountries {

    private static final Map<String, String> ALPHA2_TO_3 = new HashMap<>();
    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = new Locale.Builder().setRegion(alpha2).build();
            String alpha3 = locale.getISO3Country();
            ALPHA2_TO_3.put(alpha2, alpha3);
            NAMES.put(alpha3, locale.getDisplayCountry(Locale.ENGLISH));
        }
    }

    private IsoCountries() {
    }

    public static boolean isAlpha3(String code) {
        return code != null && NAMES.containsKey(code.toUpperCase(Locale.ROOT));
    }

    /** The alpha-3 code for an alpha-2 or alpha-3 code ("DE" and "DEU" give "DEU"). */
    public static Optional<String> toAlpha3(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (NAMES.containsKey(c)) {
            return Optional.of(c);
        }
        return Optional.ofNullable(ALPHA2_TO_3.get(c));
    }

    /** The English name of a country by its alpha-3 code. */
    public static Optional<String> name(String alpha3) {
        return Optional.ofNullable(alpha3 == null ? null : NAMES.get(alpha3.toUpperCase(Locale.ROOT)));
    }
}
