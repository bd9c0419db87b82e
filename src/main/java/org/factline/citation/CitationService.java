package org.factline.citation;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factline.measure.FigureParser;
import org.factline.measure.StatedFigure;
import org.factline.geography.IsoCountries;
import org.factline.measure.Units;
import org.factline.observation.Observation;
import org.factline.observation.ObservationService;
import org.factline.problem.InvalidInput;
import org.factline.problem.NotFound;
import org.factline.source.Source;
import org.factline.source.SourceService;
import org.factline.revision.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Links observations to the articles that state them. */
@Service
public class CitationService {

    /** The longest quote a citation keeps. */
    public static final int MAX_QUOTE_LENGTH = 1000;

    private final CitationRepository repository;
    private final ObservationService observations;
    private final SourceService sources;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CitationService(CitationRepository repository, ObservationService observations, SourceService sources, Clock clock,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.observations = observations;
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * Records that an article states an observation. The figure must be in the quote, must be read as the
     * observation's value (sign aside: "shrank by 8.6%" states -8.6) in the observation's unit, and, when the
     * article's text is stored, the span must cover exactly that figure.
     *
     * @throws IllegalArgumentException saying which of these does not hold
     */
    @Transactional
    public long add(NewCitation c) {
        Observation o = observations.find(c.observationId())
                .orElseThrow(() -> new NotFound("No observation " + c.observationId()));
        Source s = sources.find(c.sourceId())
                .orElseThrow(() -> new NotFound("No source " + c.sourceId()));
        if (!s.isArticle()) {
            throw new InvalidInput("Source " + s.id() + " is a " + s.kind().name().toLowerCase()
                    + ", not an article: only articles cite figures");
        }
        String figure = require(c.figureText(), "figure");
        String quote = quote(c.quote(), figure);
        StatedFigure stated = FigureParser.parse(figure, o.unit());
        if (!stated.unit().equals(o.unit()) && !Units.canState(stated.unit(), null, o.unit(),
                IsoCountries.currency(o.geographyCode()).orElse(""))) {
            throw new InvalidInput("'" + figure + "' is in " + stated.unit() + " but the observation is in "
                    + o.unit());
        }
        if (stated.value().abs().compareTo(o.value().abs()) != 0) {
            throw new InvalidInput("'" + figure + "' states " + stated.value().toPlainString()
                    + " but the observation's value is " + o.value().toPlainString());
        }
        checkSpan(c, s, figure);
        events.publishEvent(new DataChanged("citation"));
        long id = repository.insert(c, figure, quote, stated, Instant.now(clock));
        events.publishEvent(new CitationsChanged(c.sourceId()));
        return id;
    }

    private static void checkSpan(NewCitation c, Source s, String figure) {
        if (c.spanStart() == null && c.spanEnd() == null) {
            return;
        }
        if (c.spanStart() == null || c.spanEnd() == null || c.spanStart() < 0 || c.spanEnd() <= c.spanStart()) {
            throw new InvalidInput("A span needs a start and an end after it: " + c.spanStart() + ".."
                    + c.spanEnd());
        }
        if (s.text() == null) {
            throw new InvalidInput("Source " + s.id() + " has no stored text for a span to point into");
        }
        if (c.spanEnd() > s.text().length()
                || !s.text().substring(c.spanStart(), c.spanEnd()).equals(figure)) {
            throw new InvalidInput("The span " + c.spanStart() + ".." + c.spanEnd()
                    + " of the article's text is not the figure '" + figure + "'");
        }
    }

    private static String require(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("A citation needs a " + what);
        }
        return text.strip();
    }

    /** Replaces a citation's quote; the figure must still stand in it. */
    @Transactional
    public void updateQuote(long citationId, String quote) {
        events.publishEvent(new DataChanged("citation"));
        Citation c = find(citationId).orElseThrow(() -> new NotFound("No citation " + citationId));
        repository.updateQuote(citationId, quote(quote, c.figureText()));
    }

    /** The quote, stripped: required, at most {@link #MAX_QUOTE_LENGTH} characters, and the figure stands in it. */
    private static String quote(String text, String figure) {
        String quote = require(text, "quote");
        if (quote.length() > MAX_QUOTE_LENGTH) {
            throw new InvalidInput("A quote is at most " + MAX_QUOTE_LENGTH + " characters; this one has "
                    + quote.length() + ": keep it to the figure-bearing phrase");
        }
        if (!quote.contains(figure)) {
            throw new InvalidInput("The figure '" + figure + "' does not stand in the quote '" + quote + "'");
        }
        return quote;
    }

    /** Removes a citation; the observation it cites stays. */
    @Transactional
    public void remove(long citationId) {
        events.publishEvent(new DataChanged("citation"));
        Citation c = find(citationId).orElseThrow(() -> new NotFound("No citation " + citationId));
        repository.delete(citationId);
        events.publishEvent(new CitationsChanged(c.sourceId()));
    }

    @Transactional(readOnly = true)
    public Optional<Citation> find(long citationId) {
        return repository.find(citationId);
    }

    /** The citations of each observation, by observation id, oldest first. */
    @Transactional(readOnly = true)
    public Map<Long, List<Citation>> forObservations(Collection<Long> observationIds) {
        if (observationIds.isEmpty()) {
            return Map.of();
        }
        return repository.forObservations(observationIds).stream()
                .collect(Collectors.groupingBy(Citation::observationId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Every citation an article makes, in the order they were recorded. */
    @Transactional(readOnly = true)
    public List<Citation> forSource(long sourceId) {
        return repository.forSource(sourceId);
    }

    /** A page of citations, the most recently made first; of one article when {@code sourceId} is given. */
    @Transactional(readOnly = true)
    public List<Citation> page(Long sourceId, int offset, int limit) {
        return repository.page(sourceId, offset, limit);
    }

    /**
     * The links editors made, the most recent first, at most {@code limit}: what the matcher learns phrases from,
     * however many links the matcher itself has made since.
     */
    @Transactional(readOnly = true)
    public List<Citation> editorLinks(int limit) {
        return repository.editorLinks(limit);
    }

    /** The ids of the observations that at least one article cites. */
    @Transactional(readOnly = true)
    public List<Long> citedObservationIds() {
        return repository.citedObservationIds();
    }

    /** How many citations each of the given observations has (absent: none). */
    @Transactional(readOnly = true)
    public Map<Long, Long> countByObservation(Collection<Long> observationIds) {
        return observationIds.isEmpty() ? Map.of() : repository.countByObservation(observationIds);
    }

    /** How many citations each of the given sources makes (absent: none). */
    @Transactional(readOnly = true)
    public Map<Long, Long> countBySource(Collection<Long> sourceIds) {
        return sourceIds.isEmpty() ? Map.of() : repository.countBySource(sourceIds);
    }
}
