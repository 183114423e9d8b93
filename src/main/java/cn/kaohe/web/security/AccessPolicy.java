package cn.kaohe.web.security;

import cn.kaohe.audit.AuditReaders;
import cn.kaohe.shared.CommonError;
import cn.kaohe.shared.KaoheException;
import java.util.Objects;
import java.util.Optional;
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

    private final RecordOwners.Assessments assessments;
    private final RecordOwners.LedgerEntries ledgerEntries;
    private final RecordOwners.Appeals appeals;

    AccessPolicy(
            RecordOwners.Assessments assessments,
            RecordOwners.LedgerEntries ledgerEntries,
            RecordOwners.Appeals appeals) {
        this.assessments = assessments;
        this.ledgerEntries = ledgerEntries;
        this.appeals = appeals;
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
        RecordOwners.Parties parties =
                assessments.parties(assessmentId).orElseThrow(() -> unknown("个人考核", assessmentId));
        KaoheUser u = user();
        if (isReader()) {
            return true;
        }
        Long me = u.cadreId();
        return me != null && (me.equals(parties.cadreId()) || me.equals(parties.leaderId()));
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
        if (me == null || !assessments.rates(me, cadreId)) {
            throw forbidden();
        }
    }

    /** One ledger entry: as {@link #requireSeeCadreRecords}; facts about a unit only for readers. */
    public void requireSeeLedgerEntry(long entryId) {
        RecordOwners.Subject subject = ledgerEntries.subject(entryId).orElseThrow(() -> unknown("台账事项", entryId));
        if (subject.cadreId() == null) {
            requireReader();
        } else {
            requireSeeCadreRecords(subject.cadreId());
        }
    }

    /** One appeal: the appellant or a reader. */
    public void requireSeeAppeal(long appealId) {
        String appellant = appeals.appellant(appealId).orElseThrow(() -> unknown("申诉", appealId));
        if (!isReader() && !Objects.equals(appellant, user().login())) {
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
            Optional<RecordOwners.Parties> owner = assessments.parties(Long.parseLong(entityId));
            if (owner.isPresent() && u.cadreId().equals(owner.get().cadreId())) {
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

    private static KaoheException forbidden() {
        return new KaoheException(CommonError.FORBIDDEN);
    }
}
