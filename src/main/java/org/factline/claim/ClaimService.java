package org.factline.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks every cited figure against the official data of its series and period. Verdicts are computed when
 * asked for, from the observations stored at that moment, so an import of new or revised data changes them at
 * once and nothing can go stale (decision 005).
 */
@Service
public class ClaimService {

    private static final String CLAIMS = """
            select c.id as citation_id, c.observation_id, c.quote, c.figure_text, s.id as article_id,
                   s.title as article_title, s.url as article_url, s.publisher, s.published_on,
                   o.indicator_code, i.name as indicator_name, o.geography_code, g.name as geography_name,
                   o.period_start, o.frequency, o.obs_value, o.value_scale, o.unit
            from citation c
            join observation o on o.id = c.observation_id
            join source s on s.id = c.source_id
            join indicator i on i.code = o.indicator_code
            join geography g on g.code = o.geography_code
            where 1 = 1""";

    /** The official observations of one series and period in one unit, newest vintage first. */
    private static final String OFFICIAL = """
            select o.obs_value, o.value_scale, o.vintage, s.title
            from observation o join source s on s.id = o.source_id
            where o.indicator_code = ? and o.geography_code = ? and o.period_start = ? and o.frequency = ?
              and o.unit = ? and s.kind <> 'ARTICLE'
            order by o.vintage desc, o.id desc""";

    private final JdbcClient jdbc;

    ClaimService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The claims that pass the filter, the newest articles first. */
    @Transactional(readOnly = true)
    public List<Claim> claims(ClaimFilter filter) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : query(filter, null)) {
            if (filter.verdict() == null || filter.verdict() == c.verdict()) {
                out.add(c);
            }
        }
        return out;
    }

    /** The claim a citation makes. */
    @Transactional(readOnly = true)
    public Optional<Claim> claim(long citationId) {
        return query(ClaimFilter.all(), citationId).stream().findFirst();
    }

    private List<Claim> query(ClaimFilter f, Long citationId) {
        StringBuilder sql = new StringBuilder(CLAIMS);
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (blankToNull(f.indicator()) != null) {
            sql.append(" and o.indicator_code = :indicator");
            params.put("indicator", f.indicator().strip());
        }
        if (blankToNull(f.geography()) != null) {
            sql.append(" and o.geography_code = :geography");
            params.put("geography", f.geography().strip());
        }
        if (f.articleId() != null) {
            sql.append(" and s.id = :article");
            params.put("article", f.articleId());
        }
        if (citationId != null) {
            sql.append(" and c.id = :citation");
            params.put("citation", citationId);
        }
        sql.append(" order by s.published_on desc nulls last, c.id");
        List<Cited> cited = jdbc.sql(sql.toString()).params(params).query(ClaimService::cited).list();
        return cited.stream().map(this::check).toList();
    }

    private Claim check(Cited c) {
        List<Official> officials = jdbc.sql(OFFICIAL)
                .params(c.indicatorCode, c.geographyCode, c.period.start(), c.period.frequency().code(), c.unit)
                .query((rs, i) -> new Official(value(rs, "obs_value", "value_scale"),
                        rs.getObject("vintage", LocalDate.class), rs.getString("title")))
                .list();
        Official now = officials.isEmpty() ? null : officials.get(0);
        Official then = c.publishedOn == null ? null : officials.stream()
                .filter(o -> !o.vintage.isAfter(c.publishedOn)).findFirst().orElse(null);
        if (then != null && now != null && then.vintage.equals(now.vintage)) {
            then = null; // nothing has been revised since publication
        }
        Verdict verdict = ClaimCheck.verdict(c.value, now == null ? null : now.value, then == null ? null : then.value);
        return new Claim(c.citationId, c.observationId, c.quote, c.figureText, c.articleId, c.articleTitle,
                c.articleUrl, c.publisher, c.publishedOn, c.indicatorCode, c.indicatorName, c.geographyCode,
                c.geographyName, c.period, c.unit, c.value, now == null ? null : now.value,
                now == null ? null : now.vintage, now == null ? null : now.source, then == null ? null : then.value,
                then == null ? null : then.vintage, verdict, ClaimCheck.difference(c.value, now == null ? null : now.value));
    }

    private static Cited cited(ResultSet rs, int i) throws SQLException {
        return new Cited(rs.getLong("citation_id"), rs.getLong("observation_id"), rs.getString("quote"),
                rs.getString("figure_text"), rs.getLong("article_id"), rs.getString("article_title"),
                rs.getString("article_url"), rs.getString("publisher"), rs.getObject("published_on", LocalDate.class),
                rs.getString("indicator_code"), rs.getString("indicator_name"), rs.getString("geography_code"),
                rs.getString("geography_name"),
                new Period(rs.getObject("period_start", LocalDate.class), Frequency.fromCode(rs.getString("frequency"))),
                rs.getString("unit"), value(rs, "obs_value", "value_scale"));
    }

    private static BigDecimal value(ResultSet rs, String column, String scaleColumn) throws SQLException {
        return rs.getBigDecimal(column).setScale(rs.getInt(scaleColumn), RoundingMode.UNNECESSARY);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private record Cited(long citationId, long observationId, String quote, String figureText, long articleId,
                         String articleTitle, String articleUrl, String publisher, LocalDate publishedOn,
                         String indicatorCode, String indicatorName, String geographyCode, String geographyName,
                         Period period, String unit, BigDecimal value) {
    }

    private record Official(BigDecimal value, LocalDate vintage, String source) {
    }
}
