package org.factline.citation;

import org.factline.problem.Conflict;
import org.factline.problem.InvalidInput;
import org.factline.problem.NotFound;
import java.sql.Timestamp;
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
import org.factline.observation.Observation;
import org.factline.observation.ObservationService;
import org.factline.source.Source;
import org.factline.source.SourceService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Links observations to the articles that state them. */
@Service
public class CitationService {

    /** The longest quote a citation keeps. */
    public static final int MAX_QUOTE_LENGTH = 1000;

    private static final RowMapper<Citation> ROW = (rs, i) -> new Citation(
            rs.getLong("id"), rs.getLong("observation_id"), rs.getLong("source_id"), rs.getString("figure_text"),
            rs.getString("quote"), (Integer) rs.getObject("span_start", Integer.class),
            (Integer) rs.getObject("span_end", Integer.class), rs.getBigDecimal("stated_value").stripTrailingZeros(),
            rs.getString("stated_unit"), rs.getString("stated_scale"),
            rs.getTimestamp("created_at").toInstant());

    private final JdbcClient jdbc;
    private final ObservationService observations;
    private final SourceService sources;
    private final Clock clock;

    CitationService(JdbcClient jdbc, ObservationService observations, SourceService sources, Clock clock) {
        this.jdbc = jdbc;
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
        if (!stated.unit().equals(o.unit())) {
            throw new InvalidInput("'" + figure + "' is in " + stated.unit() + " but the observation is in "
                    + o.unit());
        }
        if (stated.value().abs().compareTo(o.value().abs()) != 0) {
            throw new InvalidInput("'" + figure + "' states " + stated.value().toPlainString()
                    + " but the observation's value is " + o.value().toPlainString());
        }
        checkSpan(c, s, figure);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into citation (observation_id, source_id, figure_text, quote, span_start, span_end,
                                              stated_value, stated_unit, stated_scale, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(o.id(), s.id(), figure, quote, c.spanStart(), c.spanEnd(), stated.stated().abs(),
                        stated.unit(), stated.scale() == null ? null : stated.scale().word(),
                        Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
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
        Citation c = find(citationId).orElseThrow(() -> new NotFound("No citation " + citationId));
        jdbc.sql("update citation set quote = ? where id = ?").params(quote(quote, c.figureText()), citationId)
                .update();
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
        if (jdbc.sql("delete from citation where id = ?").param(citationId).update() == 0) {
            throw new NotFound("No citation " + citationId);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Citation> find(long citationId) {
        return jdbc.sql("select * from citation where id = ?").param(citationId).query(ROW).optional();
    }

    /** The citations of each observation, by observation id, oldest first. */
    @Transactional(readOnly = true)
    public Map<Long, List<Citation>> forObservations(Collection<Long> observationIds) {
        if (observationIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from citation where observation_id in (:ids) order by id")
                .param("ids", observationIds).query(ROW).list().stream()
                .collect(Collectors.groupingBy(Citation::observationId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Every citation an article makes, in the order they were recorded. */
    @Transactional(readOnly = true)
    public List<Citation> forSource(long sourceId) {
        return jdbc.sql("select * from citation where source_id = ? order by id").param(sourceId).query(ROW).list();
    }
}
