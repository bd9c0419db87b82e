package org.factline.geography;

import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** ISO 3166 country codes as the JDK knows them: alpha-2 to alpha-3, English names and each country's currency. */
public final class IsoCountries {

    private static final Map<String, String> ALPHA2_TO_3 = new HashMap<>();
    private static final Map<String, String> NAMES = new HashMap<>();
    private static final Map<String, String> CURRENCY = new HashMap<>();
    /** Each currency that only one country uses, to that country ("BRL" Brazil; not the euro or the dollar). */
    private static final Map<String, String> SOLE_USER = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = new Locale.Builder().setRegion(alpha2).build();
            String alpha3 = locale.getISO3Country();
            ALPHA2_TO_3.put(alpha2, alpha3);
            NAMES.put(alpha3, locale.getDisplayCountry(Locale.ENGLISH));
            Currency currency = Currency.getInstance(locale);
            if (currency != null) {
                CURRENCY.put(alpha3, currency.getCurrencyCode());
            }
        }
        Map<String, Integer> users = new HashMap<>();
        CURRENCY.values().forEach(c -> users.merge(c, 1, Integer::sum));
        CURRENCY.forEach((country, c) -> {
            if (users.get(c) == 1) {
                SOLE_USER.put(c, country);
            }
        });
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

    /** The ISO 4217 code of the currency a country pays in ("KGZ": "KGS", "DEU": "EUR"); empty for an aggregate. */
    public static Optional<String> currency(String alpha3) {
        return Optional.ofNullable(alpha3 == null ? null : CURRENCY.get(alpha3.toUpperCase(Locale.ROOT)));
    }

    /** The alpha-3 code of the one country that pays in this currency ("BRL": "BRA"); empty for the euro or dollar. */
    public static Optional<String> soleUserOf(String currency) {
        return Optional.ofNullable(currency == null ? null : SOLE_USER.get(currency));
    }
}
