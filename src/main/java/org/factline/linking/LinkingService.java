package org.factline.linking;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.factline.audit.AuditLog;
import org.factline.citation.Citation;
import org.factline.citation.CitationService;
import org.factline.citation.NewCitation;
import org.factline.extraction.Candidate;
import org.factline.extraction.FigureExtractor;
import org.factline.geography.Geography;
import org.factline.geography.IsoCountries;
import org.factline.geography.GeographyService;
import org.factline.indicator.Indicator;
import org.factline.indicator.IndicatorService;
import org.factline.measure.FigureParser;
import org.factline.measure.Period;
import org.factline.measure.StatedFigure;
import org.factline.measure.Units;
import org.factline.observation.NewObservation;
import org.factline.observation.Observation;
import org.factline.observation.ObservationService;
import org.factline.observation.ObservationStatus;
import org.factline.observation.SeriesSummaries;
import org.factline.problem.Conflict;
import org.factline.problem.InvalidInput;
import org.factline.problem.NotFound;
import org.factline.source.NewSource;
import org.factline.source.Source;
import org.factline.source.SourceService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the figures of an article's text into facts with citations: proposes them with suggestions from the text
 * and the stored series, links what an editor confirms, and keeps citations right when an article is edited.
 */
@Service
public class LinkingService {

    /** Changing articles and citations takes an editor, whichever page or client asks. */
    static final String EDITOR = "hasRole('EDITOR')";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final SeriesSummaries summaries;
    private final SourceService sources;
    private final CitationService citations;
    private final ObservationService observations;
    private final IndicatorService indicators;
    private final GeographyService geographies;
    private final Clock clock;
    private final AuditLog audit;

    LinkingService(SeriesSummaries summaries, SourceService sources, CitationService citations, ObservationService observations,
                   IndicatorService indicators, GeographyService geographies, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.summaries = summaries;
        this.sources = sources;
        this.citations = citations;
        this.observations = observations;
        this.indicators = indicators;
        this.geographies = geographies;
        this.clock = clock;
    }

    /** Every figure of the article's stored text, with suggestions; empty when no text is stored. */
    @Transactional(readOnly = true)
    public List<Proposal> proposals(long sourceId) {
        Source s = article(sourceId);
        if (s.text() == null) {
            return List.of();
        }
        Map<String, Long> linked = new HashMap<>();
        for (Citation c : citations.forSource(sourceId)) {
            if (c.spanStart() != null) {
                linked.put(c.spanStart() + ":" + c.spanEnd(), c.id());
            }
        }
        Suggestions suggestions = new Suggestions(indicators.all(), geographies.list(), s.text(),
                summaries::indicatorsOf);
        List<Proposal> out = new ArrayList<>();
        for (Candidate c : FigureExtractor.extract(s.text())) {
            out.add(new Proposal(c, suggestions.suggest(s, c), linked.get(c.start() + ":" + c.end())));
        }
        return out;
    }

    /**
     * Links a figure of the article's text: creates the indicator if asked to, records the observation (the
     * article as its source, its publication date as the vintage) and its citation with the span, in one
     * transaction.
     *
     * @return the citation's id
     * @throws IllegalArgumentException saying what is wrong, with nothing written
     */
    @PreAuthorize(EDITOR)
    @Transactional
    public long confirm(Confirmation c) {
        return link(c, currentUser(), null);
    }

    /**
     * Links a figure as {@link #confirm} does, as the matcher's link with its score: shown as machine-made wherever
     * it shows. Not method-secured: the intake that calls it is, by its own entry points (the editors' API, the
     * local command). It runs in a nested transaction (a savepoint): a refusal (a
     * {@link org.factline.problem.Problem}) undoes this link alone and leaves the caller's transaction usable, so
     * one figure that cannot be linked does not undo the article it came in with. (A refusal raised by another
     * service inside, such as a revision the observations refuse, had marked the whole transaction rollback-only.)
     *
     * @return the citation's id
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NESTED)
    public long linkByMachine(Confirmation c, BigDecimal score) {
        return link(c, MATCHER, score);
    }

    /** The name machine-made links are recorded under. */
    public static final String MATCHER = "matcher";

    /** The name of whoever is signed in for this call, or null (a command-line run). */
    public String currentUser() {
        return AuditLog.currentUser();
    }

    private long link(Confirmation c, String linkedBy, BigDecimal score) {
        Source s = article(c.sourceId());
        String text = s.text();
        if (text == null) {
            throw new InvalidInput("Source " + s.id() + " has no stored text: paste the article's text first");
        }
        if (c.start() < 0 || c.end() <= c.start() || c.end() > text.length()) {
            throw new InvalidInput("The span " + c.start() + ".." + c.end() + " is outside the article's "
                    + text.length() + " characters");
        }
        boolean taken = citations.forSource(s.id()).stream()
                .anyMatch(x -> x.spanStart() != null && x.spanStart() == c.start() && x.spanEnd() == c.end());
        if (taken) {
            throw new Conflict("'" + text.substring(c.start(), c.end()) + "' is linked already");
        }
        String figure = text.substring(c.start(), c.end());
        Candidate found = FigureExtractor.extract(text).stream()
                .filter(x -> x.start() == c.start() && x.end() == c.end()).findFirst().orElse(null);
        StatedFigure stated = FigureParser.parse(figure, found == null ? null : found.unit());
        String unit = found == null ? stated.unit() : found.unit();
        if (unit == null || unit.isBlank()) {
            throw new InvalidInput("'" + figure + "' names no unit: choose an indicator whose unit it is in");
        }
        Period period;
        try {
            period = Period.parse(require(c.period(), "period (2020, 2020-Q3, 2020-07 or 2020-07-14)"));
        } catch (RuntimeException e) {
            throw new InvalidInput("'" + c.period() + "' is not a period: write 2020, 2020-Q3, 2020-07 or "
                    + "2020-07-14");
        }
        Geography geo = geographies.find(require(c.geographyCode(), "geography"))
                .orElseThrow(() -> new InvalidInput("Unknown geography " + c.geographyCode()));
        Indicator indicator = indicatorFor(c, unit, found == null ? null : found.per(), period, geo);
        // A figure the series can state is recorded in the series' unit ("460 tenge to the dollar" in LCU per USD).
        unit = indicator.unit();
        BigDecimal value = c.value() == null ? (found == null ? stated.value() : found.value()) : c.value();
        if (value.abs().compareTo(stated.value().abs()) != 0) {
            throw new InvalidInput("'" + figure + "' states " + stated.value().toPlainString()
                    + ", not " + value.toPlainString() + " (only the sign may differ)");
        }
        if (value.scale() < stated.value().scale()) {
            value = value.setScale(stated.value().scale());
        }
        LocalDate vintage = s.publishedOn() != null ? s.publishedOn()
                : s.retrievedOn() != null ? s.retrievedOn() : LocalDate.now(clock);
        long observationId = observations.record(new NewObservation(indicator.code(), geo.code(), period, value, unit,
                c.status() == null ? ObservationStatus.PRELIMINARY : c.status(), s.id(), vintage));
        String quote = c.quote() == null || c.quote().isBlank()
                ? (found == null ? figure : found.sentence()) : c.quote().strip();
        long citationId = citations.add(new NewCitation(observationId, s.id(), figure, shorten(quote, figure),
                c.start(), c.end(), linkedBy, score));
        audit.recordAs(linkedBy, AuditLog.LINK, figureIn(s, figure), indicator.code() + " · " + geo.code() + " · "
                + period + (score == null ? "" : " · score " + score.toPlainString()));
        return citationId;
    }

    private Indicator indicatorFor(Confirmation c, String unit, String per, Period period, Geography geo) {
        String code = require(c.indicatorCode(), "indicator");
        if (c.newIndicatorName() != null && !c.newIndicatorName().isBlank()) {
            if (!CODE.matcher(code).matches()) {
                throw new InvalidInput("An indicator code is 1 to 64 letters, digits, '.', '_' or '-': '"
                        + code + "'");
            }
            if (indicators.find(code).isPresent()) {
                throw new Conflict("Indicator " + code + " exists already: choose it instead");
            }
            Indicator created = new Indicator(code, c.newIndicatorName().strip(), unit, period.frequency(), null,
                    "Factline (from articles)");
            indicators.save(created);
            return created;
        }
        Indicator ind = indicators.find(code)
                .orElseThrow(() -> new InvalidInput("Unknown indicator " + code));
        String local = IsoCountries.currency(geo.code()).orElse("");
        if (!Units.canState(unit, per, ind.unit(), local)) {
            String in = Units.LOCAL_CURRENCY.equals(ind.unit())
                    ? geo.name() + "'s local currency" + (local.isEmpty() ? " (it has none of its own)" : ", " + local)
                    : ind.unit();
            throw new InvalidInput(ind.name() + " (" + code + ") is in " + in
                    + " but the figure is in " + unit + ": choose another indicator or create one");
        }
        return ind;
    }

    /** The quote as given, or, past CitationService.MAX_QUOTE_LENGTH characters, that many around the figure. */
    static String shorten(String quote, String figure) {
        if (quote.length() <= CitationService.MAX_QUOTE_LENGTH) {
            return quote;
        }
        int at = Math.max(0, quote.indexOf(figure));
        int from = Math.max(0, Math.min(at - 400, quote.length() - CitationService.MAX_QUOTE_LENGTH));
        return quote.substring(from, from + CitationService.MAX_QUOTE_LENGTH).strip();
    }

    /** Cites an existing observation in an article, with the figure as written and a quote. */
    @PreAuthorize(EDITOR)
    @Transactional
    public long cite(long observationId, long sourceId, String figure, String quote) {
        Source s = article(sourceId);
        Integer start = null;
        Integer end = null;
        if (s.text() != null && figure != null && quote != null) {
            int q = s.text().indexOf(quote.strip());
            int f = q < 0 ? -1 : s.text().indexOf(figure.strip(), q);
            if (f >= 0) {
                start = f;
                end = f + figure.strip().length();
            }
        }
        long citationId = citations.add(new NewCitation(observationId, sourceId, figure, quote, start, end,
                currentUser(), null));
        audit.record(AuditLog.LINK, figureIn(s, figure), "observation #" + observationId);
        return citationId;
    }

    /** Replaces a citation's quote; the figure must still stand in it. */
    @PreAuthorize(EDITOR)
    @Transactional
    public void updateQuote(long citationId, String quote) {
        citations.updateQuote(citationId, quote);
    }

    /** Removes a citation, and the article's own observation with it when nothing else cites that. */
    @PreAuthorize(EDITOR)
    @Transactional
    public void removeCitation(long citationId) {
        Citation c = citations.find(citationId)
                .orElseThrow(() -> new NotFound("No citation " + citationId));
        citations.remove(citationId);
        audit.record(AuditLog.LINK_REMOVE, figureIn(article(c.sourceId()), c.figureText()), "citation #" + citationId);
        Observation o = observations.find(c.observationId()).orElseThrow();
        boolean cited = !citations.forObservations(List.of(o.id())).isEmpty();
        if (o.sourceId() == c.sourceId() && !cited) {
            observations.delete(o.id());
        }
    }

    @PreAuthorize(EDITOR)
    @Transactional
    public long createArticle(NewSource s) {
        long id = sources.createArticle(s);
        audit.record(AuditLog.ARTICLE, "article #" + id + " '" + s.title() + "'", "added");
        return id;
    }

    /**
     * Saves an edited article. Its citations' spans must still cover their figures in the new text; otherwise
     * nothing is saved and the message names the first citation that would break.
     */
    @PreAuthorize(EDITOR)
    @Transactional
    public void updateArticle(long id, NewSource s) {
        article(id);
        for (Citation c : citations.forSource(id)) {
            if (c.spanStart() == null) {
                continue;
            }
            String text = s.text();
            if (text == null || c.spanEnd() > text.length()
                    || !text.substring(c.spanStart(), c.spanEnd()).equals(c.figureText())) {
                throw new Conflict("The new text no longer has '" + c.figureText() + "' at "
                        + c.spanStart() + ".." + c.spanEnd() + ", where citation " + c.id() + " points: remove that "
                        + "citation first, or keep the text around it as it was");
            }
        }
        sources.updateArticle(id, s);
        audit.record(AuditLog.ARTICLE, "article #" + id + " '" + s.title() + "'", "edited");
    }

    /** How the audit trail names a figure: its article and the figure as written. */
    private static String figureIn(Source article, String figure) {
        return "article #" + article.id() + ": '" + figure + "'";
    }

    private Source article(long id) {
        Source s = sources.find(id).orElseThrow(() -> new NotFound("No source " + id));
        if (!s.isArticle()) {
            throw new InvalidInput("Source " + id + " is a " + s.kind().name().toLowerCase(Locale.ROOT)
                    + ", not an article");
        }
        return s;
    }

    private static String require(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new InvalidInput("Choose a " + what);
        }
        return s.strip();
    }
}
