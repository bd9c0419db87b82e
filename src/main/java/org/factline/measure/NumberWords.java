package org.factline.measure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written as words, as news writes those before a scale word or "percent": "three", "twenty-five", "two
 * hundred", "a", "half a", "a quarter of a", "one and a half", and "zero" before "percent". Plain Java.
 */
public final class NumberWords {

    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, BigDecimal> PARTS = Map.of("half", new BigDecimal("0.5"),
            "quarter", new BigDecimal("0.25"), "three quarters", new BigDecimal("0.75"));

    private static final String UNIT = "one|two|three|four|five|six|seven|eight|nine";
    private static final String CARDINAL = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:"
            + UNIT + "))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + UNIT
            + ")(?:\\s+hundred(?:\\s+and\\s+(?:" + UNIT + "|ten|twenty|thirty|forty|fifty))?)?";

    /** "zero", before "percent" only: "zero per cent growth". */
    private static final String ZERO = "zero(?=\\s+(?:percent|per\\s+cent)(?![\\p{L}]))";

    /**
     * A spelled number as a regular expression without groups, longest forms first: "one and a half", "half a",
     * "a quarter of a", "three quarters of a", a cardinal ("twenty-five", "two hundred"), or "a"/"an" (one, before a
     * scale word). Case-insensitive.
     */
    public static final String WORDS = "(?i:" + CARDINAL + "\\s+and\\s+a\\s+(?:half|quarter)|(?:half|a\\s+quarter|"
            + "three\\s+quarters)(?:\\s+of)?\\s+an?|" + CARDINAL + "|" + ZERO + "|an?)";

    /** A cardinal number written as words ("six", "twenty-five"), as a regular expression without groups. */
    public static final String CARDINAL_WORDS = "(?i:" + CARDINAL + ")";

    /**
     * What must follow a spelled number for it to be a figure, as a lookahead's body: a scale word or "percent"
     * ("three million", "five per cent"); "a lot", "one of the" are no figures.
     */
    public static final String FOLLOWED = "\\s+(?i:thousand|million|billion|trillion|percent|per\\s+cent)"
            + "(?![\\p{L}])";

    private static final Pattern SPELLED = Pattern.compile("(?i)(?:(?<whole>" + CARDINAL + ")\\s+and\\s+a\\s+"
            + "(?<and>half|quarter)|(?<part>half|a\\s+quarter|three\\s+quarters)(?:\\s+of)?\\s+an?|(?<cardinal>"
            + CARDINAL + ")|(?<zero>zero)|(?<one>an?))");

    private NumberWords() {
    }

    /** The value of a spelled number ({@link #WORDS}, the whole text), or empty. */
    public static Optional<BigDecimal> value(String words) {
        Matcher m = SPELLED.matcher(words.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group("whole") != null) {
            return Optional.of(cardinal(m.group("whole")).add(PARTS.get(m.group("and").toLowerCase(Locale.ROOT))));
        }
        if (m.group("part") != null) {
            String part = m.group("part").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("^a ", "");
            return Optional.of(PARTS.get(part));
        }
        if (m.group("cardinal") != null) {
            return Optional.of(cardinal(m.group("cardinal")));
        }
        if (m.group("zero") != null) {
            return Optional.of(BigDecimal.ZERO);
        }
        return Optional.of(BigDecimal.ONE);
    }

    private static BigDecimal cardinal(String words) {
        int current = 0;
        for (String w : words.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (SMALL.containsKey(w)) {
                current += SMALL.get(w);
            } else if (TENS.containsKey(w)) {
                current += TENS.get(w);
            } else if (w.equals("hundred")) {
                current *= 100;
            } else if (!w.equals("and")) {
                throw new IllegalArgumentException("not a number word: " + w);
            }
        }
        return BigDecimal.valueOf(current);
    }
}
