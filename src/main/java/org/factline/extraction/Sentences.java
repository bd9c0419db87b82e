package org.factline.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Cuts running text into sentences: at . ! ? before a capital, and at line breaks; not after "Mr." or "U.S.". */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "gov", "gen", "sen", "rep",
            "approx", "est", "fig", "rs", "fr");

    private Sentences() {
    }

    /** The sentences of a text as {start, end} offsets, end exclusive, trimmed of surrounding white space. */
    public static List<int[]> of(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean cut = false;
            int end = i + 1;
            if (c == '\n') {
                cut = true;
                end = i;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                // Keep a closing quote or bracket with its sentence.
                while (end < text.length() && "\"'”’)".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                cut = true;
            }
            if (cut) {
                add(out, text, start, end);
                start = c == '\n' ? i + 1 : end;
                i = start - 1;
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    private static boolean endsSentence(String text, int i) {
        int j = i + 1;
        while (j < text.length() && "\"'”’)".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
            return false; // "8.6", "U.S.", "themoscowtimes.com"
        }
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        if (j < text.length() && text.charAt(j) != '\n') {
            char next = text.charAt(j);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || "\"“‘'$£€(".indexOf(next) >= 0)) {
                return false;
            }
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        if (i > 0 && text.charAt(i - 1) == '/') {
            return false; // "S/. 250", "B/. 30 billion": a currency's sign
        }
        int w = i;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, i).toLowerCase(Locale.ROOT);
        // Initials and abbreviations: "U.S.", "J.", "Mr."
        return !(ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(text.charAt(w))
                || word.contains("."));
    }

    private static void add(List<int[]> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }

    /** Where the sentence before the one at {@code at} starts, in the same paragraph, or where this one does. */
    static int previousSentenceStart(String text, int at, List<int[]> sentences) {
        int[] s = sentenceOf(at, sentences);
        if (s[0] == 0 || s[0] > at) {
            return Math.min(s[0], at);
        }
        int[] previous = sentenceOf(s[0] - 1, sentences);
        return text.substring(Math.min(previous[1], s[0]), s[0]).contains("\n\n") ? s[0] : previous[0];
    }

    /** The start of the sentence {@code back} sentences before the one at {@code at}, across paragraphs too. */
    static int sentencesBackStart(int at, int back, List<int[]> sentences) {
        int start = Math.min(sentenceOf(at, sentences)[0], at);
        for (int i = 0; i < back && start > 0; i++) {
            start = Math.min(sentenceOf(start - 1, sentences)[0], start - 1);
        }
        return start;
    }

    /** The whole sentence the position {@code at} stands in. */
    static String sentenceAt(String text, int at, List<int[]> sentences) {
        int[] s = sentenceOf(at, sentences);
        return text.substring(s[0], s[1]);
    }

    static String sentenceBefore(String text, int at, List<int[]> sentences) {
        int[] s = sentenceOf(at, sentences);
        return text.substring(Math.min(s[0], at), at);
    }

    static int[] sentenceOf(int at, List<int[]> sentences) {
        int[] found = null;
        for (int[] s : sentences) {
            if (s[0] <= at) {
                found = s;
            } else {
                break;
            }
        }
        return found == null ? new int[] {0, 0} : found;
    }
}
