package org.factline.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factline.claim.ClaimCheck;
import org.factline.claim.RelativeClaim;
import org.factline.claim.Verdict;
import org.factline.extraction.Candidate;
import org.factline.geography.Geography;
import org.factline.geography.IsoCountries;
import org.factline.indicator.Indicator;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import org.factline.measure.Units;
import org.factline.observation.Observation;
import org.factline.observation.ObservationStatus;
import org.factline.observation.OfficialValues;

/**
 * Ranks, for each figure of an article, the series and periods it may state, and scores each in [0, 1]: a logistic
 * combination of what a careful reader weighs (decision 010). The words around the figure against the catalog's
 * names, topics, definitions and the phrases editors linked before; the geography named nearest, else the one the
 * article is about; the period stated, else implied by the publication date; the unit (a percentage is never matched
 * to a level in dollars); and the data itself, the step that matters most: a candidate whose official value at that
 * period is close to the stated figure is far likelier right. Plain Java: the catalog, the places and the official
 * values come in.
 */
final class FigureMatcher {

    /** The score from which the top candidate is linked without an editor. */
    static final double AUTO_LINK = 0.8;
    /** How many indicators are looked at in the data for each figure, after the words have ranked them. */
    static final int SHORTLIST = 12;
    /** The least similarity of words a link without an editor needs. */
    static final double MIN_SIMILARITY = 0.05;
    /** How far ahead of the best other series a link without an editor must score. */
    static final double MARGIN = 0.1;
    /** The log-odds a year the sentence names elsewhere counts less than the one beside the figure. */
    static final double OTHER_YEAR = 0.8;
    /** What a value that does not round to the stated figure loses against one that does, before its distance. */
    static final double MISSED_ROUNDING = 0.1;
    /** How many candidates each figure keeps. */
    static final int KEPT = 5;

    /** The official data the candidates are found in and weighed against. */
    interface Officials {

        /** The latest official value of each key that has one. */
        Map<OfficialValues.Key, BigDecimal> latest(Collection<OfficialValues.Key> keys);

        /** The official observations of a geography and period with a value in one of the {@code [low, high]} ranges. */
        List<Observation> near(String geographyCode, Period period, List<BigDecimal[]> ranges);
    }

    /** How many series the data suggests, at most, for one figure besides those its words do. */
    static final int DISCOVERED = 8;
    /** How far a stored value may lie from the stated one for the data to suggest its series: 20%. */
    static final BigDecimal NEAR = new BigDecimal("0.2");

    /** What the matcher reads of an article besides its figures. */
    record Article(String title, String text, LocalDate published) {
    }

    /**
     * A series and period a figure may state, with its score, the official value stored for it (null when none)
     * and the verdict a link to it would give.
     */
    record Option(Indicator indicator, Geography geography, Period period, ObservationStatus status, double score,
                  BigDecimal official, Verdict verdict, double similarity) {
    }

    /**
     * A figure with its candidates, best first.
     *
     * @param stated       the period the text states for the figure (a quarter or a month when it says so), or null
     * @param status       what kind of figure the sentence makes it: requested, forecast, estimate or preliminary
     * @param autoLinkable whether the top candidate may be linked without an editor
     */
    record Match(Candidate figure, Period stated, ObservationStatus status, List<Option> options,
                 boolean autoLinkable) {

        Option top() {
            return options.isEmpty() ? null : options.get(0);
        }
    }

    private static final Datelines DATELINES = Datelines.shipped();
    /**
     * Words that point back to a place named before: "its", "there" (not "there is", "there were"), "the country",
     * "the sultanate".
     */
    private static final java.util.regex.Pattern ANAPHOR = java.util.regex.Pattern.compile("(?i)\\bits\\b|"
            + "\\bthere\\b(?!\\s+(?:is|are|was|were|has|have|had|will|would)\\b)|\\bthe\\s+(?:country|"
            + "nation|sultanate|kingdom|emirate|republic|island|islands|archipelago|city-state)\\b");
    /** "the country", "the island": words that point back to a country, never to a region or a group. */
    private static final java.util.regex.Pattern COUNTRY_ANAPHOR = java.util.regex.Pattern.compile("(?i)\\bthe\\s+"
            + "(?:country|nation|sultanate|kingdom|emirate|republic|island|islands|archipelago|city-state)\\b");

    /** "its" right before a figure: "and its 83.9 million people". */
    private static final java.util.regex.Pattern ITS_BEFORE = java.util.regex.Pattern.compile("(?i)\\bits\\s+$");

    /** A sentence whose subject points back: "Its output", "The country of 6.4 million people". */
    private static final java.util.regex.Pattern ANAPHORIC_SUBJECT = java.util.regex.Pattern.compile("(?i)\\W*(?:its|"
            + "the\\s+(?:country|nation|sultanate|kingdom|emirate|republic|island|islands|archipelago|city-state))\\b");

    private final CatalogIndex catalog;
    private final Places places;

    FigureMatcher(CatalogIndex catalog, Places places) {
        this.catalog = catalog;
        this.places = places;
    }

    List<Match> match(Article article, List<Candidate> figures, Officials officials) {
        Places.Mentions mentions = places.in(article.text());
        Places.Mentions titled = places.in(article.title() == null ? "" : article.title());
        // The article's economy: the one its headline, its text and its dateline name most.
        Geography filedFrom = DATELINES.economyOf(article.text()).map(places::find).orElse(null);
        Geography main = titled.with(mentions).with(filedFrom).mostMentioned();
        Geography inTitle = titled.mostMentioned();
        List<Draft> drafts = new ArrayList<>();
        Set<OfficialValues.Key> keys = new LinkedHashSet<>();
        for (Candidate f : figures) {
            drafts.add(draft(article, f, mentions, main, inTitle,
                    drafts.isEmpty() ? null : drafts.get(drafts.size() - 1)));
        }
        discover(drafts, officials);
        drafts.forEach(d -> d.keys().forEach(keys::add));
        Map<OfficialValues.Key, BigDecimal> values = keys.isEmpty() ? Map.of() : officials.latest(keys);
        List<Match> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            out.add(d.score(values));
        }
        return out;
    }

    /**
     * The data's own suggestions: for each geography and year the article's figures may be about, one query for the
     * official values within 20% of any of them; a series found so joins the figure's shortlist if its unit fits,
     * however few words it shares with the sentence ("the economy grew 3%" finds GDP growth by its value).
     */
    private void discover(List<Draft> drafts, Officials officials) {
        Map<String, List<Draft>> byPlace = new LinkedHashMap<>();
        for (Draft d : drafts) {
            if (d.reading().annual() && d.reading().comparable()) {
                for (Geo g : d.geographies()) {
                    for (Period p : d.reading().periods()) {
                        byPlace.computeIfAbsent(g.geography().code() + "|" + p, k -> new ArrayList<>()).add(d);
                    }
                }
            }
        }
        for (Map.Entry<String, List<Draft>> e : byPlace.entrySet()) {
            String geo = e.getKey().substring(0, e.getKey().indexOf('|'));
            Period period = Period.parse(e.getKey().substring(e.getKey().indexOf('|') + 1));
            List<BigDecimal[]> ranges = e.getValue().stream().map(d -> range(d.figure().value())).toList();
            List<Observation> found = officials.near(geo, period, ranges);
            for (Draft d : e.getValue()) {
                BigDecimal[] r = range(d.figure().value());
                found.stream().filter(o -> o.value().compareTo(r[0]) >= 0 && o.value().compareTo(r[1]) <= 0)
                        .sorted(java.util.Comparator.comparingDouble(
                                o -> -closeness(d.figure().value(), o.value(), d.figure().unit())))
                        .map(o -> catalog.find(o.indicatorCode()))
                        .filter(i -> i != null && fits(d.figure(), i)
                                && fitsAt(d.figure(), i, places.find(geo)) && d.shortlist().stream()
                                .noneMatch(s -> s.indicator().code().equals(i.code())))
                        .distinct().limit(DISCOVERED)
                        .forEach(i -> d.shortlist().add(new CatalogIndex.Scored(i, catalog.similarity(d.context(), i))));
            }
        }
    }

    /** The values near a stated one: within 20%, or for a stated zero ("0%") within half its last digit. */
    private static BigDecimal[] range(BigDecimal v) {
        BigDecimal half = v.signum() == 0 ? v.ulp().divide(BigDecimal.valueOf(2)) : v.abs().multiply(NEAR);
        return new BigDecimal[] {v.subtract(half), v.add(half)};
    }

    /**
     * A figure read: its context, status and period, the shortlisted indicators, the geographies to try, and the
     * place its words put it in (null when they put it in none).
     */
    private record Draft(Candidate figure, Reading reading, Map<String, Double> context,
                         List<CatalogIndex.Scored> shortlist, List<Geo> geographies, Geography place) {

        List<OfficialValues.Key> keys() {
            List<OfficialValues.Key> out = new ArrayList<>();
            if (reading.period() == null || reading.period().frequency() != Frequency.ANNUAL) {
                return out;
            }
            for (CatalogIndex.Scored s : shortlist) {
                for (Geo g : geographies) {
                    if (!fitsAt(figure, s.indicator(), g.geography())) {
                        continue;
                    }
                    for (Period p : reading.periods()) {
                        out.add(key(s.indicator(), g.geography(), p));
                    }
                }
            }
            return out;
        }

        Match score(Map<OfficialValues.Key, BigDecimal> values) {
            List<Option> options = new ArrayList<>();
            double best = Math.max(1e-9, shortlist.stream().mapToDouble(CatalogIndex.Scored::similarity).max()
                    .orElse(1));
            for (CatalogIndex.Scored s : shortlist) {
                for (Geo g : geographies) {
                    if (!fitsAt(figure, s.indicator(), g.geography())) {
                        continue;
                    }
                    for (Period p : reading.periods()) {
                        BigDecimal official = p == null ? null : values.get(key(s.indicator(), g.geography(), p));
                        // A year the sentence names elsewhere counts a little less than the figure's own.
                        double z = logit(s, best, g, official)
                                - (p == reading.period() || reading.periodShared() ? 0 : OTHER_YEAR);
                        Verdict verdict = reading.comparable()
                                ? ClaimCheck.verdict(figure.value(), official, null, figure.unit())
                                : Verdict.NO_OFFICIAL_DATA;
                        options.add(new Option(s.indicator(), g.geography(), p, reading.status(),
                                1 / (1 + Math.exp(-z)), official, verdict, s.similarity()));
                    }
                }
            }
            options.sort((a, b) -> Double.compare(b.score(), a.score()));
            List<Option> kept = options.size() > KEPT ? List.copyOf(options.subList(0, KEPT)) : options;
            Option top = kept.isEmpty() ? null : kept.get(0);
            // The words must support the link, and no other series may come close: a value the data alone
            // suggests, or two series that fit as well, wait for an editor. A series with the very same value there is
            // no rival: Ecuador's GDP in US$ and in local currency units, which are dollars, are one number.
            Option rival = options.stream().filter(o -> top != null && !o.indicator().equals(top.indicator())
                            && !sameValue(o, top))
                    .findFirst().orElse(null);
            // A year the data chose over the one the text puts beside the figure, or a year that is only another
            // figure's, waits for an editor.
            boolean auto = top != null && top.score() >= AUTO_LINK && top.official() != null
                    && top.period().equals(reading.period()) && !reading.periodShared()
                    && top.similarity() >= MIN_SIMILARITY
                    && (rival == null || top.score() - rival.score() >= MARGIN)
                    && reading.annual() && reading.comparable()
                    && top.indicator().frequency() == Frequency.ANNUAL
                    && (reading.status() == ObservationStatus.PRELIMINARY
                    || reading.status() == ObservationStatus.ESTIMATE);
            return new Match(figure, reading.period(), reading.status(), kept, auto);
        }

        private static boolean sameValue(Option a, Option b) {
            return a.official() != null && b.official() != null && a.official().compareTo(b.official()) == 0
                    && a.geography().equals(b.geography()) && a.period().equals(b.period());
        }

        /** The evidence for one candidate, as log-odds (decision 010 gives the weights and how they were set). */
        private double logit(CatalogIndex.Scored s, double best, Geo g, BigDecimal official) {
            double z = -5.0;
            z += 4.0 * s.similarity() + 1.0 * (s.similarity() / best);
            z += g.weight();
            z += reading.periodWeight();
            if (reading.change() && RelativeClaim.isRateOfChange(s.indicator().name())) {
                z += 0.7;
            }
            if (official != null && reading.comparable()) {
                z += 6.0 * closeness(figure.value(), official, figure.unit()) - 2.0;
            } else {
                z -= 1.5;
            }
            if (reading.status() == ObservationStatus.FORECAST || reading.status() == ObservationStatus.REQUESTED) {
                z -= 1.0;
            }
            return z;
        }
    }

    /** A geography to try, and the log-odds its being named there adds. */
    private record Geo(Geography geography, double weight) {
    }

    /** @param previous the figure before this one in the text, already drafted, or null */
    private Draft draft(Article article, Candidate f, Places.Mentions mentions, Geography main,
                        Geography inTitle, Draft previous) {
        Reading reading = Reading.of(article, f);
        Map<String, Double> context = context(article, f);
        List<Geo> geos = new ArrayList<>();
        Geography near = mentions.nearest(f.sentence(), f.sentenceStart(), f.start(), f.end());
        Geography subject = ITS_BEFORE.matcher(f.sentence().substring(0, f.start() - f.sentenceStart())).find()
                ? mentions.firstCountryBetween(f.sentenceStart(), f.start()) : null;
        if (subject != null) {
            // "Germany's economy is worth $4.5 trillion, three times Spain's $1.6 trillion, and its 83.9 million
            // people …": "its" right before the figure is the sentence's subject's, not the place named nearest
            near = subject;
        }
        boolean pointsBackFirst = ANAPHORIC_SUBJECT.matcher(f.sentence()).lookingAt()
                && mentions.lastBetween(f.sentenceStart(), f.start(), false) == null;
        int paragraph = Math.max(0, article.text().lastIndexOf("\n\n", f.sentenceStart()));
        if (near == null && ANAPHOR.matcher(f.sentence()).find() || pointsBackFirst) {
            // "Norway, cushioned by its oil, grew 0.5%. Its output in dollars fell to $486 billion": a sentence that
            // names no place but points back ("its", "there", "the sultanate") is about the one its paragraph
            // named last; so is one whose subject points back, before any place it names after the figure ("The
            // country of 6.4 million people wants to join the euro area").
            // "Malta grew 8.1%, the fastest in the euro area. The island of 553,000 people": the island is Malta
            Geography before = mentions.lastBetween(paragraph, f.sentenceStart(),
                    COUNTRY_ANAPHOR.matcher(f.sentence()).find());
            if (previous != null && previous.place() != null && previous.figure().start() >= paragraph
                    && previous.figure().sentenceStart() < f.sentenceStart()
                    && mentions.lastBetween(previous.figure().end(), f.sentenceStart(), false) == null) {
                // "Armenia's economy expanded 8.7% … as Russians … after the invasion of Ukraine …. The dram
                // strengthened to 392 …. Unemployment, long the country's sore point": when the paragraph's figures
                // went on about a place after the last one it named, the country is theirs
                before = previous.place();
            }
            near = before != null ? before : near;
        } else if (near == null) {
            // "In Rabat, Morocco's growth picked up to 3.2%. Unemployment stayed high at 9%": a sentence that names
            // no place goes on about the first country its paragraph named (in an article about Egypt).
            near = mentions.firstCountryBetween(paragraph, f.sentenceStart());
        }
        if (near != null) {
            geos.add(new Geo(near, 1.5));
        }
        if (main != null && main != near) {
            geos.add(new Geo(main, near == null ? (main == inTitle ? 1.2 : 0.8) : 0.5));
        }
        // An exchange rate or an amount names its country by its currency: "the Brazilian real averaged 4.99" is
        // Brazil's rate in an article about Mexico, "641.4 billion soms" an amount of Kyrgyzstan's.
        Geography byCurrency = f.per() == null || f.kind() == org.factline.extraction.FigureKind.OTHER
                ? places.ofCurrency(f.unit()) : null;
        if (byCurrency != null) {
            // as strong as a place named beside the figure, whatever else named it; an exchange rate's currency
            // stronger still: "The Brunei dollar, at par with Singapore's, averaged 1.34" is Brunei's rate
            geos.removeIf(g -> g.geography() == byCurrency);
            geos.add(new Geo(byCurrency, f.per() != null ? 1.6 : 1.5));
        }
        // A figure whose words name no indicator gets only what the data suggests (discover): the first indicators
        // of its unit would be noise ("Inflation reached 9.7%" offered GDP growth when the catalog had no inflation).
        // An indicator in local currency units only for an amount in the currency of a place to try.
        List<CatalogIndex.Scored> shortlist = new ArrayList<>(catalog.rank(context, i -> fits(f, i)
                && geos.stream().anyMatch(g -> fitsAt(f, i, g.geography())), SHORTLIST));
        return new Draft(f, reading, context, shortlist, geos, near);
    }

    /** A number that is no year: another figure. */
    private static final java.util.regex.Pattern ANOTHER_FIGURE = Period.FIGURE_NOT_A_YEAR;
    /**
     * What cannot start a clause's own subject after "and" or "while" ("and in 2022", "and a further"), as a lookahead
     * for the patterns below.
     */
    private static final String NO_SUBJECT = "(?!(?:in|at|to|from|by|on|for|with|of|an?|up|down|about|around|nearly|"
            + "some|over|under|then|again|another|a\\s+further)\\b)";
    /**
     * " and unemployment of " between an earlier figure and this one ("with inflation of 2.2% and unemployment of
     * 3.5%"): the next of a list of what each figure is of, this one's named again (not "the United States at 4.1%
     * and Germany at 5.9%", a list of places).
     */
    private static final java.util.regex.Pattern NEXT_NOUN_OF = java.util.regex.Pattern.compile("(?i)^[^,;:\\s]*\\s+"
            + "(?:and|while)\\s+" + NO_SUBJECT + "(?:[\\p{L}'’-]+\\s+){1,3}of\\s+"
            + "(?:about\\s+|around\\s+|nearly\\s+|some\\s+)?$");
    /** ", and unemployment " right before a figure: a clause of its own, its subject named, its verb left out. */
    private static final java.util.regex.Pattern OWN_CLAUSE = java.util.regex.Pattern.compile("(?i)[,;]\\s+(?:and|but|"
            + "while|whereas)\\s+" + NO_SUBJECT + "(?:[\\p{L}'’-]+\\s+){1,4}$");

    /**
     * The words around a figure, weighted by nearness: within six words 1, the rest of its sentence 0.6, the
     * sentences on either side 0.25, the headline 0.2. A word past a comma that leads to another figure weighs as a
     * far one: it is that figure's.
     */
    static Map<String, Double> context(Article article, Candidate f) {
        SentenceWords around = sentenceWords(article, f);
        Map<String, Double> out = new HashMap<>(around.far());
        List<Words.Word> sentence = around.sentence();
        int at = f.start() - f.sentenceStart();
        int figureWord = 0;
        while (figureWord < sentence.size() && sentence.get(figureWord).start() < at) {
            figureWord++;
        }
        // "slowing from 8.9%, but inflation averaged 8.7%": a word past a comma after the figure that leads to another
        // figure is that figure's subject, not this one's. Such words start after the first comma past the figure and
        // before the sentence's last other figure.
        String s = f.sentence();
        int atEnd = f.end() - f.sentenceStart();
        int comma = atEnd;
        while (comma < s.length() && s.charAt(comma) != ',' && s.charAt(comma) != ';') {
            comma++;
        }
        int lastFigure = -1;
        for (java.util.regex.Matcher n = ANOTHER_FIGURE.matcher(s).region(atEnd, s.length()); n.find(); ) {
            lastFigure = n.start();
        }
        // "Inflation was only 2.6% last year, and unemployment 3%": when a clause of the figure's own, with its own
        // subject, follows an earlier figure, the words before that figure are its subject and weigh as far ones.
        int earlierStart = -1;
        int earlierEnd = -1;
        for (java.util.regex.Matcher n = ANOTHER_FIGURE.matcher(s).region(0, at); n.find(); ) {
            earlierStart = n.start();
            earlierEnd = n.end();
        }
        int othersUpTo = earlierStart >= 0 && (OWN_CLAUSE.matcher(s.substring(earlierEnd, at)).find()
                || NEXT_NOUN_OF.matcher(s.substring(earlierEnd, at)).find()) ? earlierStart : -1;
        for (int i = 0; i < sentence.size(); i++) {
            int distance = i < figureWord ? figureWord - i : i - figureWord + 1;
            Words.Word w = sentence.get(i);
            boolean nextFigures = w.start() > comma && w.start() <= lastFigure;
            out.merge(w.stem(), w.start() < othersUpTo ? 0.25 : distance <= 6 && !nextFigures ? 1.0 : 0.6, Math::max);
        }
        return out;
    }

    /**
     * The words of a figure's sentence, and the far ones around it: those of the sentences on either side (0.25) and
     * of the headline (0.2), each at its greatest weight.
     */
    private record SentenceWords(Article article, int sentenceStart, String text, List<Words.Word> sentence,
                                 Map<String, Double> far) {
    }

    /** The last sentence's words: the figures of one sentence, matched one after the other, share them. */
    private static volatile SentenceWords lastSentence;

    private static SentenceWords sentenceWords(Article article, Candidate f) {
        SentenceWords last = lastSentence;
        if (last != null && last.article() == article && last.sentenceStart() == f.sentenceStart()
                && last.text().equals(f.sentence())) {
            return last;
        }
        String text = article.text();
        Map<String, Double> far = new HashMap<>();
        int from = Math.max(0, f.sentenceStart() - 300);
        int to = Math.min(text.length(), f.sentenceStart() + f.sentence().length() + 300);
        for (Words.Word w : Words.of(text.substring(from, to))) {
            far.merge(w.stem(), 0.25, Math::max);
        }
        if (article.title() != null) {
            for (Words.Word w : Words.of(article.title())) {
                far.merge(w.stem(), 0.2, Math::max);
            }
        }
        SentenceWords now = new SentenceWords(article, f.sentenceStart(), f.sentence(), Words.of(f.sentence()),
                Map.copyOf(far));
        lastSentence = now;
        return now;
    }

    /** Whether an indicator's unit can be the figure's: the same quantity, never a percentage for a level. */
    static boolean fits(Candidate f, Indicator i) {
        if (Units.PERCENTAGE_POINT.equals(f.unit())) {
            return Units.isPercent(i.unit()); // a change in a rate: the rate is a useful candidate, never a link
        }
        return Units.canState(f.unit(), f.per(), i.unit());
    }

    /**
     * Whether an indicator that fits the figure can state it for this economy: an amount in soms is a value of
     * Kyrgyzstan's series in local currency units, not Kazakhstan's nor an aggregate's.
     */
    static boolean fitsAt(Candidate f, Indicator i, Geography g) {
        return !Units.LOCAL_CURRENCY.equals(i.unit())
                || Units.canState(f.unit(), f.per(), i.unit(), IsoCountries.currency(g.code()).orElse(""));
    }

    /**
     * How close a stated value is to an official one, in [0, 1]: 1 when it matches at its stated precision or
     * (not for a percentage) when rounded, falling linearly to 0 at 20% apart; 0 for the opposite sign.
     */
    static double closeness(BigDecimal stated, BigDecimal official, String unit) {
        if (ClaimCheck.withinStatedPrecision(stated, official)
                || ClaimCheck.roundsFurther(unit) && ClaimCheck.matchesWhenRounded(stated, official)) {
            return 1;
        }
        double s = stated.doubleValue();
        double o = official.doubleValue();
        if (s != 0 && o != 0 && Math.signum(s) != Math.signum(o)) {
            return 0;
        }
        double apart = Math.abs(s - o) / Math.max(Math.abs(s), Math.abs(o));
        return Math.max(0, 1 - MISSED_ROUNDING - apart / 0.2);
    }

    private static OfficialValues.Key key(Indicator i, Geography g, Period p) {
        return new OfficialValues.Key(i.code(), g.code(), p, i.unit());
    }
}
