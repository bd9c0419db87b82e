package org.factline.measure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one figure as a person writes it ({@code $100 million}, {@code 8.6%}, {@code 85 per cent},
 * {@code 500,000 free doses}, {@code £2.5bn}, {@code KGS 37 billion}) into a {@link StatedFigure} with its
 * scale word normalised away. Finding figures in running text is the extraction feature's job; this reads one.
 */
public final class FigureParser {

    private static final Map<String, String> CURRENCY_PREFIXES = Map.of(
            "US$", "USD", "$", "USD", "£", "GBP", "€", "EUR", "¥", "JPY", "₽", "RUB", "₹", "INR", "RS", "INR", "RS.", "INR");

    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"),
            Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"),
            Map.entry("rouble", "RUB"), Map.entry("roubles", "RUB"),
            Map.entry("ruble", "RUB"), Map.entry("rubles", "RUB"),
            Map.entry("som", "KGS"), Map.entry("rupee", "INR"), Map.entry("rupees", "INR"),
            Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"));

    private static final Set<String> KNOWN_CURRENCIES = Set.of(
            "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "INR", "KGS", "KZT", "UZS", "TJS", "AMD", "BYN", "CHF",
            "CAD", "AUD", "TRY", "UAH", "BRL", "ZAR", "MXN", "SEK", "NOK", "DKK", "PLN", "KRW");

    private static final Pattern FIGURE = Pattern.compile(
            "(?<sign>[-−+])?\\s*(?<cur>US\\$|\\$|£|€|¥|₽|₹|Rs\\.?|[A-Z]{3}(?=\\s*\\d))?\\s*"
                    + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?:\\s*(?<scale>" + ScaleWord.allSpellingsLongestFirst().stream().map(Pattern::quote)
                    .collect(Collectors.joining("|")) + ")\\b)?"
                    + "\\s*(?<rest>.*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private FigureParser() {
    }

    static boolean isKnownCurrency(String code) {
        return KNOWN_CURRENCIES.contains(code);
    }

    /**
     * Parses a single figure.
     *
     * @param text        the figure as written
     * @param defaultUnit the unit to use when the text names none (a bare "1.5" of an index), or null
     * @throws IllegalArgumentException saying what in {@code text} could not be read
     */
    public static StatedFigure parse(String text, String defaultUnit) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A figure is required, e.g. 8.6%, $100 million or 500,000 doses");
        }
        Matcher m = FIGURE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a figure: no number found");
        }
        BigDecimal stated = new BigDecimal(m.group("num").replace(",", ""));
        if (m.group("sign") != null && !"+".equals(m.group("sign"))) {
            stated = stated.negate();
        }
        ScaleWord scale = ScaleWord.fromText(m.group("scale")).orElse(null);
        String unit = unitOf(m.group("cur"), m.group("rest"), defaultUnit, text);
        BigDecimal value = scale == null ? stated : stated.scaleByPowerOfTen(scale.exponent());
        return new StatedFigure(text.strip(), stated, scale, unit, value);
    }

    public static StatedFigure parse(String text) {
        return parse(text, null);
    }

    private static String unitOf(String currencyPrefix, String rest, String defaultUnit, String text) {
        String restText = rest == null ? "" : rest.strip();
        if (currencyPrefix != null) {
            String prefix = currencyPrefix.toUpperCase(Locale.ROOT);
            String code = CURRENCY_PREFIXES.getOrDefault(prefix, prefix);
            if (!CURRENCY_PREFIXES.containsKey(prefix) && !KNOWN_CURRENCIES.contains(code)) {
                throw new IllegalArgumentException("'" + text + "': unknown currency code " + currencyPrefix);
            }
            return code;
        }
        if (restText.isEmpty()) {
            if (defaultUnit == null) {
                throw new IllegalArgumentException("'" + text + "' names no unit");
            }
            return defaultUnit;
        }
        String normalised = Units.normalise(restText);
        if (Units.PERCENT.equals(normalised) || Units.PERCENTAGE_POINT.equals(normalised)) {
            return normalised;
        }
        String firstWord = restText.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (CURRENCY_WORDS.containsKey(firstWord)) {
            return CURRENCY_WORDS.get(firstWord);
        }
        String upperFirst = restText.split("\\s+")[0];
        if (KNOWN_CURRENCIES.contains(upperFirst)) {
            return upperFirst;
        }
        // A count: the counted noun is the last word ("500,000 free doses" counts doses).
        String[] words = restText.split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
    }
}
