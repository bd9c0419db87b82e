package org.factline.measure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Words that multiply a figure: "$100 million" is 100 x 10^6 dollars. */
public enum ScaleWord {
    THOUSAND(3, "thousand", "k"),
    LAKH(5, "lakh", "lakhs"),
    MILLION(6, "million", "mn", "mln", "mil", "m"),
    CRORE(7, "crore", "crores", "cr"),
    BILLION(9, "billion", "bn", "bln", "bil", "b"),
    TRILLION(12, "trillion", "trn", "trln", "tln", "tn", "tr"),
    QUADRILLION(15, "quadrillion"),
    /** Indian usage: a lakh of crores, 10^12. */
    LAKH_CRORE(12, "lakh crore", "lakh crores", "lakh cr", "lakh-crore", "lakh-crores");

    private final int exponent;
    private final List<String> spellings;

    ScaleWord(int exponent, String... spellings) {
        this.exponent = exponent;
        this.spellings = List.of(spellings);
    }

    /** The power of ten this word stands for (6 for million). */
    public int exponent() {
        return exponent;
    }

    /** The word as it is usually written out ("million"). */
    public String word() {
        return spellings.get(0);
    }

    public static Optional<ScaleWord> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        for (ScaleWord w : values()) {
            if (w.spellings.contains(s)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** Every spelling, longest first, for use in a regular expression alternation. */
    static List<String> allSpellingsLongestFirst() {
        return java.util.Arrays.stream(values())
                .flatMap(w -> w.spellings.stream())
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .toList();
    }
}
