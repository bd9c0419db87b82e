package org.factline.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factline.citation.CitationService;
import org.factline.citation.CitationsChanged;
import org.factline.extraction.FigureExtractor;
import org.factline.source.ArticleSaved;
import org.factline.source.Source;
import org.factline.source.SourceKind;
import org.factline.source.SourceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which articles have a figure waiting for an editor, asked of the database. The spans of every article's figures,
 * and whether a citation has each, are kept in {@code article_figure}: written in the transaction that saves an
 * article's text or adds or removes one of its citations, and checked against the extractor for every article when
 * the web application starts, so that the figures a newer extractor finds are there too. A figure waits while no
 * citation has its span and no editor rejected it. The review queue reads its articles from here instead of
 * extracting every stored article on every read.
 */
@Component
class WaitingFigures {

    private static final Logger log = LoggerFactory.getLogger(WaitingFigures.class);
    private static final int CHUNK = 100;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final SourceService sources;
    private final CitationService citations;
    private final TransactionTemplate tx;

    WaitingFigures(JdbcClient jdbc, JdbcTemplate batch, SourceService sources, CitationService citations,
                   TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.sources = sources;
        this.citations = citations;
        this.tx = tx;
    }

    /** The ids of the articles with at least one figure waiting, newest first. */
    List<Long> articles() {
        return jdbc.sql("""
                        select f.source_id from article_figure f
                        where not f.linked
                          and not exists (select 1 from figure_decision d where d.source_id = f.source_id
                                          and d.span_start = f.span_start and d.span_end = f.span_end
                                          and d.decision = 'REJECTED')
                        group by f.source_id order by f.source_id desc""")
                .query(Long.class).list();
    }

    /** An article saved with its text: its figures' spans are stored in the same transaction. */
    @EventListener
    void onArticleSaved(ArticleSaved saved) {
        sources.find(saved.sourceId()).ifPresent(this::remember);
    }

    /** A citation of an article added or removed: whether each figure is linked is stored in the same transaction. */
    @EventListener
    void onCitationsChanged(CitationsChanged changed) {
        sources.find(changed.sourceId()).ifPresent(this::remember);
    }

    /**
     * Stores the spans of the article's figures as the extractor finds them now, each with whether a citation has
     * it, unless they are stored so already.
     *
     * @return whether anything was written
     */
    boolean remember(Source article) {
        Map<Long, Boolean> now = new HashMap<>();
        if (article.isArticle() && article.text() != null) {
            Set<Long> linked = citations.forSource(article.id()).stream().filter(c -> c.spanStart() != null)
                    .map(c -> key(c.spanStart(), c.spanEnd())).collect(Collectors.toSet());
            FigureExtractor.extract(article.text()).forEach(c -> now.put(key(c.start(), c.end()),
                    linked.contains(key(c.start(), c.end()))));
        }
        Map<Long, Boolean> stored = new HashMap<>();
        jdbc.sql("select span_start, span_end, linked from article_figure where source_id = ?").param(article.id())
                .query(rs -> {
                    stored.put(key(rs.getInt(1), rs.getInt(2)), rs.getBoolean(3));
                });
        if (now.equals(stored)) {
            return false;
        }
        if (now.keySet().equals(stored.keySet())) {
            // The same figures, a link made or removed: only those rows change.
            batch.batchUpdate("update article_figure set linked = ? "
                            + "where source_id = ? and span_start = ? and span_end = ?",
                    now.entrySet().stream().filter(e -> !e.getValue().equals(stored.get(e.getKey())))
                            .map(e -> new Object[] {e.getValue(), article.id(), (int) (e.getKey() >>> 32),
                                    (int) e.getKey().longValue()}).toList());
            return true;
        }
        jdbc.sql("delete from article_figure where source_id = ?").param(article.id()).update();
        batch.batchUpdate("insert into article_figure (source_id, span_start, span_end, linked) values (?, ?, ?, ?)",
                now.entrySet().stream().map(e -> new Object[] {article.id(), (int) (e.getKey() >>> 32),
                        (int) e.getKey().longValue(), e.getValue()}).toList());
        return true;
    }

    /**
     * Checks every article's stored spans against the extractor, a hundred articles to a transaction.
     *
     * @return how many articles' spans were written
     */
    int checkAll() {
        List<Long> ids = new ArrayList<>(sources.idsOfKind(SourceKind.ARTICLE));
        int written = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try {
                Integer n = tx.execute(s -> (int) sources.findAll(chunk).stream().filter(this::remember).count());
                written += n == null ? 0 : n;
            } catch (DataAccessException e) {
                // Another instance wrote the same spans at the same moment: they are there.
                log.info("Figures of articles {}..{} not checked: {}", chunk.get(0), chunk.get(chunk.size() - 1),
                        e.getMessage());
            }
        }
        return written;
    }

    /** When the web application starts, every article is checked on a thread of its own (a CLI run does not). */
    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebServerApplicationContext)) {
            return;
        }
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            int written = checkAll();
            log.info("Articles' figures checked against the extractor in {} ms: {} articles' spans written",
                    (System.nanoTime() - start) / 1_000_000, written);
        }, "article-figures");
        t.setDaemon(true);
        t.start();
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }
}
