package org.factline.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Searching the catalog, plain Java: every word of the query must occur in the code, name, topic or definition;
 * a match in the code counts most, then the name, the topic and the definition, so "inflation" puts "Inflation,
 * consumer prices (annual %)" before an indicator whose definition mentions inflation once.
 */
final class CatalogSearch {

    private CatalogSearch() {
    }

    /** The entries of the topic (null: any) that match the query (blank: all), best first. */
    static List<CatalogEntry> rank(List<CatalogEntry> entries, String query, String topic) {
        List<String> words = words(query);
        List<Scored> scored = new ArrayList<>();
        for (CatalogEntry e : entries) {
            if (topic != null && !topic.equals(area(e.topic()))) {
                continue;
            }
            int score = score(e, words);
            if (score > 0) {
                scored.add(new Scored(e, score));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed()
                .thenComparing(s -> s.entry().geographies(), Comparator.reverseOrder())
                .thenComparing(s -> s.entry().name()));
        return scored.stream().map(Scored::entry).toList();
    }

    /** How many entries each topic area has among those that match the query, by area. */
    static Map<String, Integer> facets(List<CatalogEntry> entries, String query) {
        List<String> words = words(query);
        Map<String, Integer> out = new TreeMap<>();
        for (CatalogEntry e : entries) {
            if (score(e, words) > 0) {
                out.merge(area(e.topic()), 1, Integer::sum);
            }
        }
        return out;
    }

    /** The first part of a WDI topic ("Health: Risk factors" is in "Health"); "Other" for none. */
    static String area(String topic) {
        if (topic == null || topic.isBlank()) {
            return "Other";
        }
        int colon = topic.indexOf(':');
        return (colon < 0 ? topic : topic.substring(0, colon)).strip();
    }

    private static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return List.of(query.toLowerCase(Locale.ROOT).strip().split("[\\s,;]+"));
    }

    /** 0 when a word matches nowhere; 1 for an empty query. */
    private static int score(CatalogEntry e, List<String> words) {
        if (words.isEmpty()) {
            return 1;
        }
        String code = e.code().toLowerCase(Locale.ROOT);
        String name = e.name().toLowerCase(Locale.ROOT);
        String topic = e.topic() == null ? "" : e.topic().toLowerCase(Locale.ROOT);
        String definition = e.definition() == null ? "" : e.definition().toLowerCase(Locale.ROOT);
        int total = 0;
        for (String w : words) {
            int s = code.equals(w) ? 100 : code.startsWith(w) ? 40 : code.contains(w) ? 20 : 0;
            s += name.startsWith(w) ? 15 : containsWord(name, w) ? 10 : name.contains(w) ? 6 : 0;
            s += topic.contains(w) ? 4 : 0;
            s += definition.contains(w) ? 1 : 0;
            if (s == 0) {
                return 0;
            }
            total += s;
        }
        return total;
    }

    private static boolean containsWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            boolean start = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            if (start) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    private record Scored(CatalogEntry entry, int score) {
    }
}
