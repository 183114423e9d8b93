package cn.kaohe.campaign;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which assessments of a campaign are under appeal (申诉中). The appeal module tells the campaign when an appeal opens
 * and when it closes, in the appeal's own transaction; the campaign reads only its own mark (the {@code under_appeal}
 * column of its assessments) to decide whether it may finalise and to mark 申诉中 in its pages and reports
 * (docs/adr/0022). The mark is written without touching the assessment's version, so that filing an appeal never
 * conflicts with an edit of the result.
 */
@Service
public class CampaignAppeals {

    private final NamedParameterJdbcTemplate jdbc;

    CampaignAppeals(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An appeal against this assessment's result is open. */
    @Transactional
    public void opened(long assessmentId) {
        mark(assessmentId, true);
    }

    /** The assessment's appeal is closed. */
    @Transactional
    public void closed(long assessmentId) {
        mark(assessmentId, false);
    }

    /** True while any assessment of the campaign is under appeal: the campaign cannot be finalised. */
    @Transactional(readOnly = true)
    public boolean hasOpenAppeals(long campaignId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from assessment where campaign_id = :c and under_appeal)",
                new MapSqlParameterSource("c", campaignId),
                Boolean.class));
    }

    /** The assessments among these that are under appeal (reports and pages mark them 申诉中). */
    @Transactional(readOnly = true)
    public Set<Long> underAppeal(Collection<Long> assessmentIds) {
        Set<Long> result = new HashSet<>();
        List<Long> ids = List.copyOf(assessmentIds);
        for (int i = 0; i < ids.size(); i += 1000) {
            result.addAll(jdbc.queryForList(
                    "select id from assessment where under_appeal and id in (:ids)",
                    new MapSqlParameterSource("ids", ids.subList(i, Math.min(ids.size(), i + 1000))),
                    Long.class));
        }
        return result;
    }

    private void mark(long assessmentId, boolean open) {
        jdbc.update(
                "update assessment set under_appeal = :open where id = :id",
                new MapSqlParameterSource("open", open).addValue("id", assessmentId));
    }
}
