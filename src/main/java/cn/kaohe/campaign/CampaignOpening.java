package cn.kaohe.campaign;

import cn.kaohe.campaign.CampaignWorkflow.AssessmentStart;
import java.sql.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Opens a campaign's assessments (个人考核) in chunks that run as parallel jobs of the campaign process: {@link #plan}
 * splits the subjects into id ranges, {@link #openChunk} opens one range in one transaction (assessments inserted in
 * one statement, one process instance each). The campaign row is touched only at the very end of a chunk's
 * transaction, so chunks never wait for each other (docs/adr/0013).
 */
@Service
public class CampaignOpening {

    /** Subjects per chunk: each chunk is one job and one transaction. */
    static final int CHUNK_SIZE = 250;

    /** Reminders go out this long before a due date. */
    static final Duration REMIND_BEFORE = Duration.ofHours(24);

    private final CampaignRows rows;
    private final CampaignRoster roster;
    private final CampaignScheme schemes;
    private final CampaignWorkflow workflow;
    private final JdbcTemplate jdbc;

    CampaignOpening(
            CampaignRows rows,
            CampaignRoster roster,
            CampaignScheme schemes,
            CampaignWorkflow workflow,
            JdbcTemplate jdbc) {
        this.rows = rows;
        this.roster = roster;
        this.schemes = schemes;
        this.workflow = workflow;
        this.jdbc = jdbc;
    }

    /**
     * The chunks of a campaign as id ranges {@code "after:upTo"} (subjects with after &lt; id ≤ upTo), in id order. The
     * number of subjects found now becomes the campaign's count (someone may have left since the campaign was opened).
     */
    @Transactional
    public List<String> plan(long campaignId) {
        Campaign campaign = rows.campaign(campaignId);
        List<Long> ids = roster.subjectIds(campaign.getUnitId(), schemes.assessesUnits(campaign.getSchemeVersionId()));
        if (ids.size() != campaign.getCadreCount() || ids.isEmpty()) {
            jdbc.update(
                    "update campaign set cadre_count = ?, status = case when status = 'OPENING' and ? = 0"
                            + " then 'IN_PROGRESS' else status end, version = version + 1 where id = ?",
                    ids.size(),
                    ids.size(),
                    campaignId);
        }
        List<String> ranges = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK_SIZE) {
            long after = from == 0 ? 0 : ids.get(from - 1);
            long upTo = ids.get(Math.min(ids.size(), from + CHUNK_SIZE) - 1);
            ranges.add(after + ":" + upTo);
        }
        return ranges;
    }

    /** Opens the assessments of one chunk ({@code "after:upTo"}, from {@link #plan}); returns how many. */
    @Transactional
    public int openChunk(long campaignId, String range) {
        Campaign campaign = rows.campaign(campaignId);
        int colon = range.indexOf(':');
        long after = Long.parseLong(range.substring(0, colon));
        long upTo = Long.parseLong(range.substring(colon + 1));
        List<Subject> subjects = new ArrayList<>();
        if (schemes.assessesUnits(campaign.getSchemeVersionId())) {
            for (CampaignRoster.RosterUnit u : roster.units(campaign.getUnitId(), after, upTo)) {
                subjects.add(new Subject(u.headId(), u.leaderId(), u.unitId(), u.headLoginName(), u.leaderLoginName()));
            }
        } else {
            for (CampaignRoster.RosterCadre c : roster.cadres(campaign.getUnitId(), after, upTo)) {
                subjects.add(new Subject(c.cadreId(), c.leaderId(), null, c.loginName(), c.leaderLoginName()));
            }
        }
        if (subjects.isEmpty()) {
            return 0;
        }
        Map<Long, Long> assessmentOfCadre = insert(campaignId, subjects);
        for (Subject s : subjects) {
            workflow.startAssessment(start(campaign, assessmentOfCadre.get(s.cadreId()), s.login(), s.leaderLogin()));
        }
        countOpened(campaignId, subjects.size());
        return subjects.size();
    }

    /**
     * Once every chunk of a campaign is open: refreshes the planner's statistics of the assessments (PostgreSQL's {@code
     * ANALYZE}; thousands of rows just came in, and every task's step reads one by id and the board pages them).
     */
    public void refreshStatistics() {
        jdbc.execute((java.sql.Connection con) -> {
            if ("PostgreSQL".equals(con.getMetaData().getDatabaseProductName())) {
                try (var s = con.createStatement()) {
                    s.execute("analyze assessment");
                }
            }
            return null;
        });
    }

    /** What the engine needs for one assessment, read from the database (for steps after the first). */
    @Transactional(readOnly = true)
    public AssessmentStart startOf(long assessmentId) {
        // from the persistence context: the step that creates the next task has them loaded already
        Assessment a = rows.assessment(assessmentId);
        Campaign campaign = rows.campaign(a.getCampaignId());
        // the cadre's and the leader's logins in one read (a task's assignee expression asks for them)
        Map<Long, String> logins = roster.loginNames(
                a.getLeaderId() == null ? List.of(a.getCadreId()) : List.of(a.getCadreId(), a.getLeaderId()));
        return start(
                campaign,
                assessmentId,
                logins.get(a.getCadreId()),
                a.getLeaderId() == null ? null : logins.get(a.getLeaderId()));
    }

    private static AssessmentStart start(Campaign campaign, long assessmentId, String user, String leaderUser) {
        return new AssessmentStart(
                assessmentId,
                campaign.getId(),
                user,
                leaderUser,
                campaign.getSelfEvaluationDue(),
                campaign.getSelfEvaluationDue().minus(REMIND_BEFORE),
                campaign.getRatingDue(),
                campaign.getRatingDue().minus(REMIND_BEFORE));
    }

    /** Inserts the chunk's assessments in one statement; returns assessment ids by cadre id. */
    private Map<Long, Long> insert(long campaignId, List<Subject> subjects) {
        Long[] cadres = subjects.stream().map(Subject::cadreId).toArray(Long[]::new);
        Long[] leaders = subjects.stream().map(Subject::leaderId).toArray(Long[]::new);
        Long[] units = subjects.stream().map(Subject::unitId).toArray(Long[]::new);
        Map<Long, Long> ids = new HashMap<>();
        jdbc.execute((java.sql.Connection con) -> {
            if (!"PostgreSQL".equals(con.getMetaData().getDatabaseProductName())) {
                insertOneByOne(con, campaignId, subjects, ids); // the demo's H2 has no unnest(...) returning
                return null;
            }
            Array c = con.createArrayOf("bigint", cadres);
            Array l = con.createArrayOf("bigint", leaders);
            Array u = con.createArrayOf("bigint", units);
            try (var ps = con.prepareStatement(
                    "insert into assessment (campaign_id, cadre_id, leader_id, subject_unit_id, status)"
                            + " select ?, t.c, t.l, t.u, 'SELF_EVALUATION' from unnest(?, ?, ?) as t(c, l, u)"
                            + " returning id, cadre_id")) {
                ps.setLong(1, campaignId);
                ps.setArray(2, c);
                ps.setArray(3, l);
                ps.setArray(4, u);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getLong(2), rs.getLong(1));
                    }
                }
            }
            return null;
        });
        return ids;
    }

    private static void insertOneByOne(
            java.sql.Connection con, long campaignId, List<Subject> subjects, Map<Long, Long> ids)
            throws java.sql.SQLException {
        try (var ps = con.prepareStatement(
                "insert into assessment (campaign_id, cadre_id, leader_id, subject_unit_id, status)"
                        + " values (?, ?, ?, ?, 'SELF_EVALUATION')",
                new String[] {"id"})) {
            for (Subject s : subjects) {
                ps.setLong(1, campaignId);
                ps.setLong(2, s.cadreId());
                ps.setObject(3, s.leaderId(), java.sql.Types.BIGINT);
                ps.setObject(4, s.unitId(), java.sql.Types.BIGINT);
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    ids.put(s.cadreId(), keys.getLong(1));
                }
            }
        }
    }

    /**
     * Adds the chunk to the campaign's opened count right before the transaction commits, after the engine has written
     * its rows, so the campaign row is locked only for the commit itself; the last chunk moves the campaign on.
     */
    private void countOpened(long campaignId, int count) {
        Runnable update = () -> jdbc.update(
                "update campaign set opened_count = opened_count + ?, status = case when status = 'OPENING'"
                        + " and opened_count + ? >= cadre_count then 'IN_PROGRESS' else status end,"
                        + " version = version + 1 where id = ?",
                count,
                count,
                campaignId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    update.run();
                }
            });
        } else {
            update.run();
        }
    }

    private record Subject(long cadreId, Long leaderId, Long unitId, String login, String leaderLogin) {}
}
