package org.factline.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.geography.Geography;
import org.factline.geography.GeographyKind;

/**
 * The geographies a text names, found word by word: a full name ("Kyrgyz Republic"), or the first word of a long
 * one at the start of a word ("Kyrgyz…" in "Kyrgyzstan's", "Russia…" in "Russian"). A short name more than one
 * geography has ("United") names none of them.
 */
final class Places {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** First words of names that are words of their own ("Central African Republic", "Saint Lucia"): no alias. */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("central", "united", "south", "north",
            "east", "west", "new", "great", "democratic", "federal", "islamic", "arab", "republic", "saint", "upper",
            "middle", "lower", "other", "small", "least", "heavily", "fragile", "sub");

    /** A number that is no year, after a place: the figure that place is named for. */
    private static final Pattern ANOTHER_FIGURE = org.factline.measure.Period.FIGURE_NOT_A_YEAR;
    /** Capitalised words after an aggregate's name that make it an institution's: "World Bank", "Arab League". */
    private static final java.util.Set<String> INSTITUTION_AFTER = java.util.Set.of("Bank", "Trade", "Health",
            "Economic", "Cup", "War", "Food", "Gold", "Series", "Meteorological", "Customs", "Intellectual", "League",
            "Commission", "Council", "Parliament", "Investment", "Development", "Monetary", "Union", "Court");
    /** "in Kenya", "for Uganda": a place named after a figure to say where it was. */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?i)\\b(?:in|for|of|from|at|by)\\s+(?:the\\s+)?$");

    /**
     * "exports to", "shipments of coal to the", "imports from": the place after is a trade partner ("exports from
     * Kenya", "imports into the EU" and "remittances to Kyrgyzstan" name the economy itself).
     */
    private static final Pattern TRADE_PARTNER_BEFORE = Pattern.compile("(?i)\\b(?:(?:exports?|shipments?|sales|"
            + "exported|shipped|sold)\\s+(?:(?:of\\s+)?\\p{L}+\\s+)?to|(?:imports?|imported)\\s+"
            + "(?:(?:of\\s+)?\\p{L}+\\s+)?from)\\s+(?:the\\s+)?$");
    /** "lowest", "largest", "most": after "the world's", a comparison ("the world's interest rates" is not one). */
    private static final Pattern SUPERLATIVE = Pattern.compile("(?!(?:inter|harv|for|requ|prot|cont|midw|dig|inv|lat|"
            + "mod|hon|sugg|arr|att)est$)\\p{L}{2,}est|most|least");
    /** Words before "America" that make it a continent or a part of one. */
    private static final java.util.Set<String> CONTINENT_PARTS = java.util.Set.of("south", "latin", "central", "north");

    private final Map<String, List<Name>> byFirstWord = new HashMap<>();
    private final Map<String, Geography> prefixes = new HashMap<>();
    private final Map<String, Geography> byCode = new HashMap<>();

    private record Name(List<String> words, Geography geography) {
    }

    Places(List<Geography> geographies) {
        this(geographies, Map.of());
    }

    /**
     * @param otherNames for a geography code, the other names a text may call it by ("Turkey", "South Korea")
     */
    Places(List<Geography> geographies, Map<String, List<String>> otherNames) {
        Map<String, java.util.Set<Geography>> shortNames = new HashMap<>();
        // One-word names given for a geography ("French", "Thai"): they name it even where another's first long word
        // is the same ("French Polynesia").
        Map<String, java.util.Set<Geography>> givenShortNames = new HashMap<>();
        for (Geography g : geographies) {
            byCode.put(g.code(), g);
            List<String> given = otherNames.getOrDefault(g.code(), List.of());
            List<String> names = new ArrayList<>(g.namesInText(given));
            // "East Asia & Pacific" as papers write it: "East Asia and the Pacific", "low- and middle-income"
            for (String n : List.copyOf(names)) {
                if (n.contains(" & ")) {
                    names.add(n.replace(" & ", " and "));
                    names.add(n.replace(" & ", " and the "));
                }
            }
            for (int i = 0; i < names.size(); i++) {
                List<String> w = words(names.get(i));
                if (i == 0 || w.size() > 1) {
                    if (!w.isEmpty()) {
                        byFirstWord.computeIfAbsent(w.get(0), k -> new ArrayList<>()).add(new Name(w, g));
                    }
                    if (i == 0 && w.size() == 1 && w.get(0).length() >= 5 && g.kind() != GeographyKind.AGGREGATE) {
                        // A country of one word names it at the start of its adjective too: "Rwandan", "Kenyan".
                        shortNames.computeIfAbsent(w.get(0), k -> new java.util.HashSet<>()).add(g);
                    }
                } else {
                    String alias = fold(names.get(i)).toLowerCase(Locale.ROOT);
                    shortNames.computeIfAbsent(alias, k -> new java.util.HashSet<>()).add(g);
                    if (i <= given.size()) {
                        givenShortNames.computeIfAbsent(alias, k -> new java.util.HashSet<>()).add(g);
                    }
                }
            }
        }
        shortNames.forEach((alias, geos) -> {
            java.util.Set<Geography> given = givenShortNames.getOrDefault(alias, java.util.Set.of());
            java.util.Set<Geography> naming = given.size() == 1 ? given : geos;
            if (naming.size() == 1 && !GENERIC.contains(alias)) {
                prefixes.put(alias, naming.iterator().next());
            }
        });
    }

    /** The geography with this code, or null. */
    Geography find(String code) {
        return byCode.get(code);
    }

    /** The geography whose currency this is when no other country uses it ("BRL": Brazil), or null. */
    Geography ofCurrency(String currency) {
        return org.factline.geography.IsoCountries.soleUserOf(currency).map(byCode::get).orElse(null);
    }

    /**
     * The text with each accented letter as its base letter, one for one ("São Tomé" as "Sao Tome"), so that names
     * the World Bank writes without accents are found as papers write them, at the same places.
     */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 || Character.isSurrogate(c)) {
                out.append(c);
                continue;
            }
            String base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            out.append(Character.isLetter(base.charAt(0)) ? base.charAt(0) : c);
        }
        return out.toString();
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(fold(s).toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * An aside between commas, a relative clause or an apposition: ", which depends on Russian loans and markets,",
     * ", a candidate to join the European Union,", ", the region's largest economy at $102 billion,".
     */
    private static final Pattern ASIDE = Pattern.compile("(?i),\\s+(?:which|who|whose|where|a|an|the|once|long|now|"
            + "home\\s+to)\\b(?:[^,;:().]|\\.(?=\\d))*,");

    /** The aside of {@code text} that holds position {@code at}, or null. */
    private static int[] asideAround(String text, int at) {
        int from = Math.max(0, text.lastIndexOf(". ", at));
        Matcher a = ASIDE.matcher(text).region(from, Math.min(text.length(), at + 300));
        while (a.find()) {
            if (a.start() <= at && at < a.end()) {
                return new int[] {a.start(), a.end()};
            }
            if (a.start() > at) {
                break;
            }
        }
        return null;
    }

    /** Where each geography is named in a text. */
    Mentions in(String text) {
        List<Mention> found = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> written = new ArrayList<>();
        Matcher m = WORD.matcher(fold(text));
        while (m.find()) {
            written.add(m.group());
            tokens.add(m.group().toLowerCase(Locale.ROOT));
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < tokens.size(); i++) {
            Name full = fullName(tokens, i);
            Geography g = full == null ? null : full.geography();
            // A short name is a proper noun: it counts capitalised ("Kyrgyzstan's", not "central bank"), and one of
            // three letters or fewer only as written ("US", not "us").
            String as = written.get(i);
            if (g == null && Character.isUpperCase(as.charAt(0))) {
                String w = tokens.get(i);
                g = prefixes.get(w);
                if (g != null && w.length() <= 3 && !as.equals(as.toUpperCase(Locale.ROOT))) {
                    g = null;
                }
                for (int len = Math.min(w.length(), 24); len >= 5 && g == null; len--) {
                    g = prefixes.get(w.substring(0, len));
                }
            }
            if (g != null && tokens.get(i).startsWith("americ")
                    && (tokens.get(i).equals("americas") || i > 0 && CONTINENT_PARTS.contains(tokens.get(i - 1)))) {
                // "South America", "Latin American", "North America", "the Americas": a continent, not the US
                g = null;
            }
            if (g != null && g.code().equals("USA") && i + 1 < tokens.size()
                    && tokens.get(i + 1).startsWith("dollar")) {
                g = null; // "0.307 per US dollar": the currency everything is quoted in, not the United States
            }
            if (g != null && spans.get(i)[1] < text.length() && text.charAt(spans.get(i)[1]) == '$') {
                g = null; // "a GDP of US$14.3 billion", "NZ$": a currency's sign, not the place
            }
            int after = i + (full != null && full.geography() == g ? full.words().size() : 1);
            if (g != null && after < tokens.size() && org.factline.measure.Currencies.ofNoun(tokens.get(after))
                    .isPresent() && quotedAgainst(tokens, i)) {
                // "pegged one-to-one to the South African rand", "Kiribati, which uses the Australian dollar": a
                // currency another place is tied to or uses, not the place ("the Nepalese rupee fell" still names
                // Nepal)
                g = null;
            }
            if (g != null && g.kind() != GeographyKind.COUNTRY && after < tokens.size()
                    && INSTITUTION_AFTER.contains(written.get(after))) {
                g = null; // "the World Bank's measure", "the World Trade Organization": a body, not the world
            }
            if (g != null && g.kind() != GeographyKind.COUNTRY && i + 2 < tokens.size() && tokens.get(i + 1).equals("s")
                    && SUPERLATIVE.matcher(tokens.get(i + 2)).matches()) {
                g = null; // "among the world's lowest": what a figure is compared with, not where it was
            }
            if (g != null && g.kind() != GeographyKind.COUNTRY && comparedWithin(tokens, i)) {
                g = null; // "the fastest pace in the euro area": the group a figure is compared with
            }
            if (g != null && TRADE_PARTNER_BEFORE.matcher(text.substring(Math.max(0, spans.get(i)[0] - 60),
                    spans.get(i)[0])).find()) {
                g = null; // "on record coal exports to China": a partner of the economy's trade, not the economy
            }
            if (g != null) {
                found.add(new Mention(g, spans.get(i)[0], asideAround(text, spans.get(i)[0])));
            }
            if (full != null && full.geography() == g) {
                // A name's own words name nothing more: "Democratic Republic of Congo" holds no "Republic of Congo".
                i += full.words().size() - 1;
            }
        }
        return new Mentions(found);
    }

    /**
     * Words before a currency that another is tied to, priced in or uses: "pegged … to the", "against the", "uses
     * the".
     */
    private static final java.util.Set<String> QUOTED_IN = java.util.Set.of("pegged", "tied", "linked", "against",
            "versus", "per", "uses", "use", "using", "adopted", "adopting");

    /** Whether one of {@link #QUOTED_IN} stands within six words before token {@code i} ("pegged one-to-one to"). */
    private static boolean quotedAgainst(List<String> tokens, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 6); j--) {
            if (QUOTED_IN.contains(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** Whether "in (the)" before token {@code i} follows a superlative a few words back: "the fastest pace in the". */
    private static boolean comparedWithin(List<String> tokens, int i) {
        int in = i - 1;
        if (in >= 0 && tokens.get(in).equals("the")) {
            in--;
        }
        if (in < 0 || !tokens.get(in).equals("in")) {
            return false;
        }
        for (int j = in - 1; j >= Math.max(0, in - 4); j--) {
            if (SUPERLATIVE.matcher(tokens.get(j)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The longest full name that starts at token {@code i}, or null. */
    private Name fullName(List<String> tokens, int i) {
        Name best = null;
        int longest = 0;
        for (Name n : byFirstWord.getOrDefault(tokens.get(i), List.of())) {
            int len = n.words().size();
            if (len > longest && i + len <= tokens.size() && tokens.subList(i, i + len).equals(n.words())) {
                best = n;
                longest = len;
            }
        }
        return best;
    }

    /**
     * @param aside where the aside that holds the mention starts and ends ("Belarus, which depends on Russian loans,
     *              grew 3.9%"), or null
     */
    private record Mention(Geography geography, int at, int[] aside) {

        /** Whether the mention is in an aside that does not hold the figure at {@code figure}. */
        boolean asideFrom(int figure) {
            return aside != null && (figure < aside[0] || figure >= aside[1]);
        }
    }

    /** The places named in one text. */
    static final class Mentions {
        private final List<Mention> mentions;

        private Mentions(List<Mention> mentions) {
            this.mentions = mentions;
        }

        /**
         * These mentions and the place an article's dateline names, outside the text's sentences, counted twice: a
         * wire filed from Algiers is about Algeria though it names Libya as often.
         */
        Mentions with(Geography dateline) {
            if (dateline == null) {
                return this;
            }
            List<Mention> all = new ArrayList<>(mentions);
            all.add(new Mention(dateline, -1, null));
            all.add(new Mention(dateline, -1, null));
            return new Mentions(all);
        }

        /** These mentions and then another text's: the places a headline and its article name together. */
        Mentions with(Mentions other) {
            List<Mention> all = new ArrayList<>(mentions);
            all.addAll(other.mentions);
            return new Mentions(all);
        }

        /** The geography named most often (a country before an aggregate on a tie), or null. */
        Geography mostMentioned() {
            Map<Geography, Integer> counts = new LinkedHashMap<>();
            mentions.forEach(m -> counts.merge(m.geography(), 1, Integer::sum));
            Geography best = null;
            int most = 0;
            for (Map.Entry<Geography, Integer> e : counts.entrySet()) {
                boolean country = e.getKey().kind() == GeographyKind.COUNTRY;
                if (e.getValue() > most || e.getValue() == most && country && best.kind() != GeographyKind.COUNTRY) {
                    most = e.getValue();
                    best = e.getKey();
                }
            }
            return best;
        }

        /**
         * The country named first in the text from {@code from} up to {@code at}, or null: an aggregate named there
         * ("among the highest in the European Union") is what it is compared with.
         */
        Geography firstCountryBetween(int from, int at) {
            Geography first = null;
            int firstAt = Integer.MAX_VALUE;
            for (Mention m : mentions) {
                if (m.at() >= from && m.at() < at && m.at() < firstAt && m.geography().kind() == GeographyKind.COUNTRY) {
                    first = m.geography();
                    firstAt = m.at();
                }
            }
            return first;
        }

        /**
         * The geography (the country, with {@code country}) named last in the text from {@code from} up to
         * {@code at}, or null; one named outside an aside between commas goes before any named in one.
         */
        Geography lastBetween(int from, int at, boolean country) {
            Geography last = null;
            int lastAt = -1;
            boolean lastAside = false;
            for (Mention m : mentions) {
                // a place outside an aside goes before one in an aside ("Moldova, a candidate to join the European
                // Union, … Its" is Moldova's); of two alike, the later
                boolean aside = m.aside() != null;
                boolean replaces = last == null || (aside == lastAside ? m.at() > lastAt : !aside);
                if (m.at() >= from && m.at() < at && replaces
                        && (!country || m.geography().kind() == GeographyKind.COUNTRY)) {
                    last = m.geography();
                    lastAt = m.at();
                    lastAside = aside;
                }
            }
            return last;
        }

        /**
         * "Kenya and Uganda grew 5.2% and 5.4% respectively": the place of the same rank in a list of places ("A and
         * B", "A, B and C") before the figure, when as many figures as places end the list before "respectively" and
         * the figure at {@code [at, end)} is one of them; else null.
         */
        private Geography respective(String sentence, int from, int at, int end) {
            Matcher word = RESPECTIVELY.matcher(sentence);
            if (!word.find(Math.max(0, end - from))) {
                return null;
            }
            List<Mention> before = mentions.stream().filter(m -> m.at() >= from && m.at() < at)
                    .sorted(java.util.Comparator.comparingInt(Mention::at)).toList();
            // the list that ends with the last place named before the figure
            int first = before.size() - 1;
            while (first > 0 && LISTED.matcher(sentence.substring(before.get(first - 1).at() - from,
                    before.get(first).at() - from)).matches()) {
                first--;
            }
            List<Mention> listed = before.subList(Math.max(first, 0), before.size());
            if (listed.size() < 2) {
                return null;
            }
            List<Integer> figures = new ArrayList<>();
            Matcher n = ANOTHER_FIGURE.matcher(sentence).region(listed.get(listed.size() - 1).at() - from, word.start());
            while (n.find()) {
                figures.add(n.start());
            }
            if (figures.size() < listed.size()) {
                return null;
            }
            // the last figures before "respectively", one a place: "each grew a little over 5%: 5.2% and 5.4%"
            List<Integer> ranked = figures.subList(figures.size() - listed.size(), figures.size());
            for (int k = 0; k < ranked.size(); k++) {
                if (ranked.get(k) >= at - from && ranked.get(k) < end - from) {
                    return listed.get(k).geography();
                }
            }
            return null;
        }

        private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");
        /** What stands between two places of a list: the first's name, then a comma or "and". */
        private static final Pattern LISTED = Pattern.compile("[\\p{L}'’.\\s-]+?"
                + "(?:,\\s*|\\s+and\\s+|,\\s+and\\s+|\\s*&\\s*)(?:the\\s+)?");

        /** How much farther than it is a place counts when past a comma after the figure, or in an aside. */
        private static final int PAST_A_COMMA = 1000;

        /**
         * The geography named nearest the figure at {@code [at, end)} of a sentence that starts at {@code from}, or
         * null. A place named after the figure as the subject of another figure ("its GDP rose 3.4%, while Serbia's
         * grew 2.5%") is that figure's; one after a preposition ("3% in Kenya and 5% in Uganda") is this one's.
         */
        Geography nearest(String sentence, int from, int at, int end) {
            Geography respective = respective(sentence, from, at, end);
            if (respective != null) {
                return respective;
            }
            Geography best = null;
            int distance = Integer.MAX_VALUE;
            for (Mention m : mentions) {
                int in = m.at() - from;
                if (in < 0 || in >= sentence.length()) {
                    continue;
                }
                if (m.at() >= end && ANOTHER_FIGURE.matcher(sentence.substring(in)).find()
                        && (!PREPOSITION_BEFORE.matcher(sentence.substring(Math.max(0, in - 10), in)).find()
                        || sentence.substring(Math.min(end - from, in), in).indexOf(';') >= 0)) {
                    continue; // "averaged 3.7%; in New Zealand it has risen to 4.3%": the next clause's place
                }
                // A place past a comma after the figure ("Guatemala, the region's largest economy, grew 3.5%, with
                // remittances from the United States …"), or in an aside that does not hold it ("Belarus, which
                // depends on Russian loans and markets, grew 3.9%"), comes after any other
                int d = Math.abs(m.at() - at) + (m.at() >= end && sentence.substring(Math.min(end - from, in), in)
                        .indexOf(',') >= 0 || m.asideFrom(at) ? PAST_A_COMMA : 0);
                if (d < distance) {
                    distance = d;
                    best = m.geography();
                }
            }
            return best;
        }
    }
}
