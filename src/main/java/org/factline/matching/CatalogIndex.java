package org.factline.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.factline.indicator.Indicator;

/**
 * The catalog as the matcher reads it: each indicator as a weighted bag of words, from its name (weight 1), its
 * topic (0.4), its definition (0.15) and the phrases editors linked to it (1), each word weighted again by how rare
 * it is in the catalog (inverse document frequency). A figure's context is compared by cosine similarity, through
 * an inverted index, so ranking 1,500 indicators costs a few hundred additions.
 */
final class CatalogIndex {

    static final double NAME = 1.0;
    static final double TOPIC = 0.4;
    static final double DEFINITION = 0.15;
    static final double LEARNED = 1.0;

    private final List<Indicator> indicators;
    private final Map<String, List<Posting>> postings = new HashMap<>();
    private final double[] norms;
    private final Map<String, Double> idf = new HashMap<>();
    private final Map<String, Integer> byCode = new HashMap<>();
    private final List<Map<String, Double>> weights = new ArrayList<>();

    private record Posting(int doc, double weight) {
    }

    /** An indicator and how similar its words are to a context, in [0, 1]. */
    record Scored(Indicator indicator, double similarity) {
    }

    /**
     * @param learned for an indicator code, the words of the phrases editors linked to it
     */
    CatalogIndex(List<Indicator> indicators, Map<String, List<String>> learned) {
        this.indicators = List.copyOf(indicators);
        List<Map<String, Double>> docs = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Indicator i : this.indicators) {
            Map<String, Double> bag = new HashMap<>();
            add(bag, i.name(), NAME);
            add(bag, i.topic(), TOPIC);
            add(bag, i.description(), DEFINITION);
            for (String w : learned.getOrDefault(i.code(), List.of())) {
                bag.merge(w, LEARNED, Math::max);
            }
            docs.add(bag);
            bag.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        int n = Math.max(1, docs.size());
        df.forEach((w, count) -> idf.put(w, Math.log(1.0 + n / (double) count)));
        norms = new double[docs.size()];
        for (int d = 0; d < docs.size(); d++) {
            double sum = 0;
            byCode.put(this.indicators.get(d).code(), d);
            Map<String, Double> weighted = new HashMap<>();
            weights.add(weighted);
            for (Map.Entry<String, Double> e : docs.get(d).entrySet()) {
                double weight = e.getValue() * idf.get(e.getKey());
                weighted.put(e.getKey(), weight);
                postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Posting(d, weight));
                sum += weight * weight;
            }
            norms[d] = Math.sqrt(sum);
        }
    }

    private static void add(Map<String, Double> bag, String text, double weight) {
        if (text == null) {
            return;
        }
        for (Words.Word w : Words.of(text)) {
            bag.merge(w.stem(), weight, Math::max);
        }
    }

    int size() {
        return indicators.size();
    }

    /**
     * The admissible indicators most similar to the context, best first, at most {@code limit}; those sharing no
     * word with it are left out.
     *
     * @param context each word of the figure's context with its weight
     */
    List<Scored> rank(Map<String, Double> context, Predicate<Indicator> admissible, int limit) {
        double[] dot = new double[indicators.size()];
        double contextNorm = 0;
        for (Map.Entry<String, Double> e : context.entrySet()) {
            Double f = idf.get(e.getKey());
            if (f == null) {
                continue;
            }
            double q = e.getValue() * f;
            contextNorm += q * q;
            for (Posting p : postings.get(e.getKey())) {
                dot[p.doc()] += q * p.weight();
            }
        }
        if (contextNorm == 0 || limit <= 0) {
            return new ArrayList<>();
        }
        double qn = Math.sqrt(contextNorm);
        // The best `limit`, kept in order as the indicators are read, instead of sorting the thousand or so that
        // share a word with the context: an indicator goes after those as similar, as a stable sort would put it.
        int[] best = new int[limit];
        double[] bestSimilarity = new double[limit];
        int kept = 0;
        for (int d = 0; d < dot.length; d++) {
            if (dot[d] <= 0) {
                continue;
            }
            double similarity = dot[d] / (qn * norms[d]);
            if (kept == limit && similarity <= bestSimilarity[limit - 1] || !admissible.test(indicators.get(d))) {
                continue;
            }
            int at = Math.min(kept, limit - 1);
            while (at > 0 && bestSimilarity[at - 1] < similarity) {
                best[at] = best[at - 1];
                bestSimilarity[at] = bestSimilarity[at - 1];
                at--;
            }
            best[at] = d;
            bestSimilarity[at] = similarity;
            kept = Math.min(limit, kept + 1);
        }
        List<Scored> out = new ArrayList<>(kept);
        for (int k = 0; k < kept; k++) {
            out.add(new Scored(indicators.get(best[k]), bestSimilarity[k]));
        }
        return out;
    }

    /** The indicator with this code, or null. */
    Indicator find(String code) {
        Integer d = byCode.get(code);
        return d == null ? null : indicators.get(d);
    }

    /** How similar one indicator's words are to the context, in [0, 1]. */
    double similarity(Map<String, Double> context, Indicator indicator) {
        Integer d = byCode.get(indicator.code());
        if (d == null || norms[d] == 0) {
            return 0;
        }
        double dot = 0;
        double contextNorm = 0;
        for (Map.Entry<String, Double> e : context.entrySet()) {
            Double f = idf.get(e.getKey());
            if (f != null) {
                double q = e.getValue() * f;
                contextNorm += q * q;
                dot += q * weights.get(d).getOrDefault(e.getKey(), 0.0);
            }
        }
        return contextNorm == 0 ? 0 : dot / (Math.sqrt(contextNorm) * norms[d]);
    }
}
