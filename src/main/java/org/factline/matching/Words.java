package org.factline.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the matcher compares: lower case, at least three letters, without the commonest function words, and
 * with plural and possessive endings cut so that "prices" meets "price" and "Russia's" meets "Russia".
 */
final class Words {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*|GDP|GNI|CPI");
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "that", "this", "its",
            "per", "was", "were", "has", "have", "had", "said", "will", "are", "been", "but", "not", "than", "which",
            "who", "also", "into", "more", "over", "about", "after", "their", "they", "would", "could", "some");

    /** The forms of "grow", which the catalog names by its noun: "GDP growth". */
    private static final Set<String> GROW = Set.of("grow", "grows", "grew", "grown", "growing");

    /**
     * Words news uses for what the catalog names otherwise: "the economy grew" and "output rose" are GDP growth;
     * "health spending" is health expenditure; "624,000 inhabitants" is a population.
     */
    private static final java.util.Map<String, String> NEWS_WORDS = java.util.Map.of("economy", "gdp",
            "economies", "gdp", "spending", "expenditure", "spend", "expenditure", "spent", "expenditure",
            "jobless", "unemployment", "inhabitants", "population", "output", "gdp");

    private Words() {
    }

    /** The words of a text, in order, with their offsets: {@code [start, end)} of each in the text. */
    static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = stem(m.group());
            if (w != null) {
                out.add(new Word(w, m.start(), m.end()));
            }
        }
        return out;
    }

    /** A word as compared, at its place in the text. */
    record Word(String stem, int start, int end) {
    }

    static String stem(String word) {
        String w = withoutPossessive(word.toLowerCase(Locale.ROOT));
        if (w.length() < 3 || STOP.contains(w)) {
            return null;
        }
        if (GROW.contains(w)) {
            return "growth";
        }
        if (NEWS_WORDS.containsKey(w)) {
            return NEWS_WORDS.get(w);
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** The word without a possessive's ending: "Kenya's", "banks'". */
    private static String withoutPossessive(String w) {
        int end = w.length();
        if (end > 0 && w.charAt(end - 1) == 's' && end > 1 && isApostrophe(w.charAt(end - 2))) {
            return w.substring(0, end - 2);
        }
        return end > 0 && isApostrophe(w.charAt(end - 1)) ? w.substring(0, end - 1) : w;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
