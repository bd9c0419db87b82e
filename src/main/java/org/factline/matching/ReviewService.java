package org.factline.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factline.audit.AuditLog;
import org.factline.citation.Citation;
import org.factline.citation.CitationService;
import org.factline.linking.Confirmation;
import org.factline.linking.LinkingService;
import org.factline.problem.Conflict;
import org.factline.problem.InvalidInput;
import org.factline.problem.NotFound;
import org.factline.source.Source;
import org.factline.source.SourceService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.factline.revision.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue: the figures of articles that wait for an editor (neither linked, by an editor or the matcher,
 * nor rejected), newest article first, and the decisions on them: confirm a candidate, reject as not a statistic,
 * confirm many at once, undo the last. Each decision records who and when.
 */
@Service
public class ReviewService {

    static final String EDITOR = "hasRole('EDITOR')";

    private final SourceService sources;
    private final MatchingService matching;
    private final LinkingService linking;
    private final CitationService citations;
    private final DecisionRepository decisions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final WaitingFigures waiting;

    ReviewService(SourceService sources, MatchingService matching, LinkingService linking, CitationService citations,
                  DecisionRepository decisions, Clock clock, ApplicationEventPublisher events, AuditLog audit,
                  WaitingFigures waiting) {
        this.waiting = waiting;
        this.audit = audit;
        this.events = events;
        this.sources = sources;
        this.matching = matching;
        this.linking = linking;
        this.citations = citations;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** A figure waiting for a decision, with the article it stands in. */
    public record Waiting(Source article, FigureReport figure) {
    }

    /**
     * Up to {@code limit} waiting figures, newest article first and in text order within one.
     *
     * @param articleText words the article's title or publisher contains, or blank for every article
     */
    @Transactional(readOnly = true)
    public List<Waiting> queue(String articleText, int limit) {
        String wanted = articleText == null ? "" : articleText.strip().toLowerCase(Locale.ROOT);
        List<Long> ids = waiting.articles();
        List<Waiting> out = new ArrayList<>();
        for (int from = 0; from < ids.size() && out.size() < limit; from += 100) {
            for (Source s : newestFirst(sources.findAll(ids.subList(from, Math.min(ids.size(), from + 100))))) {
                if (!wanted.isEmpty() && !(s.title() + " " + s.publisher()).toLowerCase(Locale.ROOT).contains(wanted)) {
                    continue;
                }
                for (FigureReport r : matching.report(s.id())) {
                    if (r.waiting() && out.size() < limit) {
                        out.add(new Waiting(s, r));
                    }
                }
                if (out.size() >= limit) {
                    break;
                }
            }
        }
        return out;
    }

    private static List<Source> newestFirst(List<Source> sources) {
        return sources.stream().sorted(Comparator.comparingLong(Source::id).reversed()).toList();
    }

    /**
     * Links the figure to its candidate number {@code option} (0 for the best) as the editor's link.
     *
     * @return the citation's id
     */
    @PreAuthorize(EDITOR)
    @Transactional
    public long confirm(long sourceId, int start, int end, int option) {
        return link(waiting(matching.report(sourceId), sourceId, start, end), option);
    }

    private long link(FigureReport r, int option) {
        long sourceId = r.sourceId();
        int start = r.figure().start();
        int end = r.figure().end();
        if (option < 0 || option >= r.candidates().size()) {
            throw new InvalidInput("'" + r.figure().text() + "' has " + r.candidates().size()
                    + " candidates: choose 1 to " + r.candidates().size());
        }
        FigureReport.Option o = r.candidates().get(option);
        long id = linking.confirm(new Confirmation(sourceId, start, end, o.indicatorCode(), null, o.geographyCode(),
                o.period().toString(), r.status(), r.figure().value(), null));
        decisions.insert(sourceId, start, end, "CONFIRMED", user(), clock.instant());
        audit.record(AuditLog.REVIEW_CONFIRM, figureIn(sourceId, r), "candidate " + (option + 1) + ": "
                + o.indicatorCode() + " · " + o.geographyCode() + " · " + o.period());
        return id;
    }

    /** Rejects the figure as not a statistic: it leaves the queue. */
    @PreAuthorize(EDITOR)
    @Transactional
    public void reject(long sourceId, int start, int end) {
        FigureReport r = waiting(matching.report(sourceId), sourceId, start, end);
        decisions.insert(sourceId, start, end, "REJECTED", user(), clock.instant());
        audit.record(AuditLog.REVIEW_REJECT, figureIn(sourceId, r), "not a statistic");
        events.publishEvent(new DataChanged("review"));
    }

    /**
     * Confirms the best candidate of each figure given, in one transaction: all are linked, or none when one
     * cannot be. Each article is matched once, however many of its figures are given.
     *
     * @return how many were linked
     */
    @PreAuthorize(EDITOR)
    @Transactional
    public int confirmAll(List<Waiting> figures) {
        Map<Long, List<FigureReport>> reports = new HashMap<>();
        for (Waiting w : figures) {
            long id = w.article().id();
            link(waiting(reports.computeIfAbsent(id, matching::report), id, w.figure().figure().start(),
                    w.figure().figure().end()), 0);
        }
        return figures.size();
    }

    /**
     * Undoes the editor's last decision: a confirmed figure loses its link, a rejected one comes back to the
     * queue.
     *
     * @return what was undone, or empty when the editor has made no decision
     */
    @PreAuthorize(EDITOR)
    @Transactional
    public Optional<String> undo() {
        Optional<DecisionRepository.Decision> last = decisions.lastBy(user());
        if (last.isEmpty()) {
            return Optional.empty();
        }
        DecisionRepository.Decision d = last.get();
        String figure = sources.find(d.sourceId()).map(Source::text)
                .map(t -> t.substring(d.start(), d.end())).orElse("?");
        if (d.decision().equals("CONFIRMED")) {
            citations.forSource(d.sourceId()).stream()
                    .filter(c -> c.spanStart() != null && c.spanStart() == d.start() && c.spanEnd() == d.end())
                    .map(Citation::id).findFirst().ifPresent(linking::removeCitation);
        }
        decisions.delete(d.id());
        audit.record(AuditLog.REVIEW_UNDO, "article #" + d.sourceId() + ": '" + figure + "'",
                d.decision().equals("CONFIRMED") ? "unlinked" : "back in the queue");
        events.publishEvent(new DataChanged("review"));
        return Optional.of((d.decision().equals("CONFIRMED") ? "Unlinked '" : "Back in the queue: '") + figure + "'");
    }

    /** The figure at the span in the article's report, which must still wait for a decision. */
    private static FigureReport waiting(List<FigureReport> report, long sourceId, int start, int end) {
        FigureReport r = report.stream()
                .filter(x -> x.figure().start() == start && x.figure().end() == end).findFirst()
                .orElseThrow(() -> new NotFound("Article " + sourceId + " has no figure at " + start + ".." + end));
        if (!r.waiting()) {
            throw new Conflict("'" + r.figure().text() + "' is decided already"
                    + (r.link() != null ? ", linked by " + java.util.Objects.requireNonNullElse(r.link().linkedBy(), "an editor") : ", rejected"));
        }
        return r;
    }

    private static String figureIn(long sourceId, FigureReport r) {
        return "article #" + sourceId + ": '" + r.figure().text() + "'";
    }

    private String user() {
        return java.util.Objects.requireNonNullElse(linking.currentUser(), "unknown");
    }
}
