package cn.kaohe.campaign;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Aggregate counts of campaigns for the metrics series (published query API of {@code campaign}; {@code ops} reads no
 * campaign table itself, issue 17). Each is one aggregate query, run outside any transaction at a scrape.
 */
@Component
public class CampaignCounts {

    private final JdbcTemplate jdbc;

    CampaignCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many campaigns are in the status. */
    public long count(CampaignStatus status) {
        Long n = jdbc.queryForObject("select count(*) from campaign where status = ?", Long.class, status.name());
        return n == null ? 0 : n;
    }

    /** The cadres (or units) of the campaigns being opened. */
    public long openingSubjects() {
        return sumOpening("cadre_count");
    }

    /** The assessments opened so far in the campaigns being opened. */
    public long openingOpened() {
        return sumOpening("opened_count");
    }

    private long sumOpening(String column) {
        Long n = jdbc.queryForObject(
                "select coalesce(sum(" + column + "), 0) from campaign where status = ?",
                Long.class,
                CampaignStatus.OPENING.name());
        return n == null ? 0 : n;
    }
}
