package cn.kaohe.web.security;

import cn.kaohe.audit.AuditReaders;
import cn.kaohe.shared.CommonError;
import cn.kaohe.shared.KaoheException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every ownership rule in one place. Coarse role rules are URL rules in {@link SecurityConfiguration};
 * the controllers call this bean for the rules that depend on the data:
 *
 * <ul>
 *   <li>a cadre sees only their own assessments, results, explanations, ledger facts, appeals and audit
 *       history (seed 001 篇三 六: 考核结果只有被考核者本人、考核小组成员了解);
 *   <li>a leader also sees the assessments they are the rater of ({@code assessment.leader_id});
 *   <li>the office, the committee and the party committee ("readers") see every result of a campaign;
 *   <li>the administrator manages users and sees no scores.
 * </ul>
 *
 * Refusals are {@link CommonError#FORBIDDEN} (403, COMMON-005). An unknown id is 404 only for those who may see
 * every record of its kind (the readers); anyone else gets the same 403 for an unknown id as for someone else's,
 * so ids cannot be probed (issue 11).
 */
@Component
public class AccessPolicy implements AuditReaders {

    private final JdbcTemplate jdbc;

    AccessPolicy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The authenticated user, if any. */
    public Optional<KaoheUser> current() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getPrincipal() instanceof KaoheUser u ? Optional.of(u) : Optional.empty();
    }

    /** The authenticated user; 401 if there is none. */
    public KaoheUser user() {
        return current().orElseThrow(() -> new KaoheException(CommonError.UNAUTHENTICATED));
    }

    public void require(Role... any) {
        if (!user().hasAny(any)) {
            throw forbidden();
        }
    }

    /** The office, the committee and the party committee read every result of a campaign. */
    public boolean isReader() {
        return user().hasAny(Role.OFFICE, Role.COMMITTEE, Role.PARTY);
    }

    public void requireReader() {
        if (!isReader()) {
            throw forbidden();
        }
    }

    /** Campaign reports (ranking, grade distribution, pay, appeal register …): PARTY, COMMITTEE, OFFICE. */
    public void requireReadCampaignReports() {
        requireReader();
    }

    /** One assessment (with its scores and explanation): the cadre, their rater, or a reader. */
    public void requireSeeAssessment(long assessmentId) {
        if (!canSeeAssessment(assessmentId)) {
            throw forbidden();
        }
    }

    public boolean canSeeAssessment(long assessmentId) {
        List<Map<String, Object>> rows =
                jdbc.queryForList("select cadre_id, leader_id from assessment where id = ?", assessmentId);
        if (rows.isEmpty()) {
            throw unknown("个人考核", assessmentId);
        }
        KaoheUser u = user();
        if (isReader()) {
            return true;
        }
        Long me = u.cadreId();
        return me != null
                && (me.equals(number(rows.get(0).get("cadre_id")))
                        || me.equals(number(rows.get(0).get("leader_id"))));
    }

    /** A cadre's records (ledger facts of a period): the cadre, a leader who rates them, or a reader. */
    public void requireSeeCadreRecords(long cadreId) {
        if (isReader()) {
            return;
        }
        Long me = user().cadreId();
        if (me != null && me == cadreId) {
            return;
        }
        Integer rated = me == null
                ? 0
                : jdbc.queryForObject(
                        "select count(*) from assessment where cadre_id = ? and leader_id = ?",
                        Integer.class,
                        cadreId,
                        me);
        if (rated == null || rated == 0) {
            throw forbidden();
        }
    }

    /** One ledger entry: as {@link #requireSeeCadreRecords}; facts about a unit only for readers. */
    public void requireSeeLedgerEntry(long entryId) {
        List<Long> cadre = jdbc.queryForList("select cadre_id from ledger_entry where id = ?", Long.class, entryId);
        if (cadre.isEmpty()) {
            throw unknown("台账事项", entryId);
        }
        if (cadre.get(0) == null) {
            requireReader();
        } else {
            requireSeeCadreRecords(cadre.get(0));
        }
    }

    /** One appeal: the appellant or a reader. */
    public void requireSeeAppeal(long appealId) {
        List<String> appellant = jdbc.queryForList("select appellant from appeal where id = ?", String.class, appealId);
        if (appellant.isEmpty()) {
            throw unknown("申诉", appealId);
        }
        if (!isReader() && !Objects.equals(appellant.get(0), user().login())) {
            throw forbidden();
        }
    }

    /**
     * The audit history of one entity: the committee and the office see all; a cadre sees the history of
     * their own assessments (entity type {@code Assessment}).
     */
    @Override
    public void requireSeeAudit(String entityType, String entityId) {
        KaoheUser u = user();
        if (u.hasAny(Role.COMMITTEE, Role.OFFICE)) {
            return;
        }
        if ("Assessment".equals(entityType)
                && entityId != null
                && entityId.matches("\\d{1,18}")
                && u.cadreId() != null) {
            List<Long> owner = jdbc.queryForList(
                    "select cadre_id from assessment where id = ?", Long.class, Long.parseLong(entityId));
            if (!owner.isEmpty() && u.cadreId().equals(owner.get(0))) {
                return;
            }
        }
        throw forbidden();
    }

    @Override
    public void requireSeeWholeTrail() {
        if (!user().hasAny(Role.COMMITTEE, Role.OFFICE)) {
            throw forbidden();
        }
    }

    /**
     * Whether the current user may see the cadre's phone number: the cadre, the office and the administrator;
     * colleagues see names and posts only (issue 11).
     */
    public boolean maySeePhoneOf(long cadreId) {
        KaoheUser u = user();
        return u.hasAny(Role.OFFICE, Role.ADMIN) || (u.cadreId() != null && u.cadreId() == cadreId);
    }

    /** Unknown id: 404 for a reader (who may see them all), otherwise the same 403 as someone else's record. */
    private KaoheException unknown(String what, long id) {
        return isReader() ? KaoheException.notFound(what, id) : forbidden();
    }

    private static Long number(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static KaoheException forbidden() {
        return new KaoheException(CommonError.FORBIDDEN);
    }
}
