package cn.kaohe.support;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Campaigns in a given state with one assessment, written straight to the tables: for tests of modules that only read a
 * campaign's state and an assessment's grade (leave in a finalised period, interviews after a result, risk deposits
 * settled by the year's grade) and need no process.
 */
@Component
public class RawCampaigns {

    private final JdbcTemplate jdbc;

    public RawCampaigns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A campaign of the unit over [start, end] in {@code status}; answers its id. */
    public long campaign(
            long unitId,
            long schemeVersionId,
            String cycle,
            String label,
            LocalDate start,
            LocalDate end,
            String status) {
        return jdbc.queryForObject(
                "insert into campaign (name, unit_id, cycle, period_label, period_start, period_end,"
                        + " scheme_version_id, status, self_evaluation_due, rating_due, review_due,"
                        + " notice_working_days, opened_by, opened_at, finalised_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, now(), now(), now(), 5, 'office-tester', now(),"
                        + " case when ? = 'FINALISED' then now() end) returning id",
                Long.class,
                "测试批次 " + label,
                unitId,
                cycle,
                label,
                start,
                end,
                schemeVersionId,
                status,
                status);
    }

    /** The cadre's assessment in the campaign, rated by {@code leaderId}, with a grade (null: none yet). */
    public long assessment(long campaignId, long cadreId, Long leaderId, String grade) {
        return jdbc.queryForObject(
                "insert into assessment (campaign_id, cadre_id, leader_id, status, grade) values (?, ?, ?, 'FINAL', ?)"
                        + " returning id",
                Long.class,
                campaignId,
                cadreId,
                leaderId,
                grade);
    }
}
