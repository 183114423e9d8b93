package cn.kaohe.org;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to cadres through the API: create, update, deactivate, supervision, committee roles and
 * secondments. Every change is validated in full before anything is written and is audited with
 * before/after and the reason given.
 */
@Service
@Transactional
public class CadreService {

    private final CadreRepository cadres;
    private final OrgUnitRepository units;
    private final OrgService org;
    private final AuditTrail auditTrail;
    private final PostHistory posts;

    CadreService(
            CadreRepository cadres, OrgUnitRepository units, OrgService org, AuditTrail auditTrail, PostHistory posts) {
        this.cadres = cadres;
        this.units = units;
        this.org = org;
        this.auditTrail = auditTrail;
        this.posts = posts;
    }

    public CadreDetail create(CadreCommand command, String reason) {
        String code = command.code().strip();
        if (cadres.findByCode(code).isPresent()) {
            throw new KaoheException(OrgError.CADRE_CODE_TAKEN, List.of(Problem.ofField("code", "工号已被使用")), code);
        }
        CadreData data = resolve(command, code, Set.of(), Set.of(), false);
        check(data, null, data.secondment() != null);
        Cadre cadre = cadres.saveAndFlush(new Cadre(data));
        posts.follow(List.of(PostHistory.Now.of(cadre)));
        auditTrail.record(AuditEvent.created("CADRE_CREATED", "Cadre", code, cadre.snapshot(), reason));
        return org.detail(cadre);
    }

    public CadreDetail update(long id, CadreCommand command, Long expectedVersion, String reason) {
        Cadre cadre = org.findCadre(id);
        if (expectedVersion != null && expectedVersion != cadre.getVersion()) {
            throw new KaoheException(cn.kaohe.shared.CommonError.CONFLICT);
        }
        if (command.code() != null && !command.code().strip().equals(cadre.getCode())) {
            throw KaoheException.invalid(List.of(Problem.ofField("code", "工号不能修改")));
        }
        CadreData base = cadre.data();
        // leaving the leadership group ends the supervision
        Set<OrgUnit> supervised = command.leadershipRole() == null ? Set.of() : base.supervisedUnits();
        CadreData data = resolve(command, cadre.getCode(), supervised, base.committeeRoles(), base.assessmentLead());
        check(data, cadre, data.secondment() != null || !cadre.getSecondments().isEmpty());
        return change(cadre, "CADRE_UPDATED", reason, () -> cadre.apply(data));
    }

    public CadreDetail deactivate(long id, String reason) {
        Cadre cadre = org.findCadre(id);
        if (!cadre.isActive()) {
            throw new KaoheException(OrgError.CADRE_INACTIVE, cadre.getName() + "（" + cadre.getCode() + "）");
        }
        return change(cadre, "CADRE_DEACTIVATED", reason, cadre::deactivate);
    }

    /** Sets exactly the units a leadership member supervises (分管). */
    public CadreDetail supervise(long leaderId, Collection<Long> unitIds, String reason) {
        Cadre leader = active(org.findCadre(leaderId));
        if (!leader.isLeadershipMember()) {
            throw new KaoheException(
                    OrgError.SUPERVISION_INVALID,
                    List.of(Problem.ofField("leaderId", "只有班子成员才能分管单位")),
                    leader.getName() + "不是班子成员");
        }
        List<Problem> problems = new ArrayList<>();
        Set<OrgUnit> target = unitIds.stream()
                .map(uid -> units.findById(uid).orElseGet(() -> {
                    problems.add(Problem.ofField("unitIds", "单位不存在：" + uid));
                    return null;
                }))
                .filter(u -> u != null)
                .collect(Collectors.toSet());
        if (target.stream().anyMatch(u -> u.getKind() == UnitKind.TOWNSHIP)) {
            problems.add(Problem.ofField("unitIds", "不能分管全镇（书记、镇长不填分管单位）"));
        }
        if (!problems.isEmpty()) {
            throw new KaoheException(
                    OrgError.SUPERVISION_INVALID, problems, problems.get(0).message());
        }
        return change(leader, "SUPERVISION_CHANGED", reason, () -> leader.superviseExactly(target));
    }

    /** Sets exactly a cadre's roles in the assessment committee and whether they lead the assessment work. */
    public CadreDetail assignCommitteeRoles(long cadreId, Set<CommitteeRole> roles, boolean lead, String reason) {
        Cadre cadre = active(org.findCadre(cadreId));
        CadreData base = cadre.data();
        CadreData data = new CadreData(
                base.code(),
                base.name(),
                base.gender(),
                base.unit(),
                base.postTitle(),
                base.postRank(),
                base.staffType(),
                base.village(),
                base.leadershipRole(),
                base.supervisedUnits(),
                roles,
                lead,
                base.loginName(),
                base.phone(),
                null);
        List<Problem> problems = new ArrayList<>();
        CadreRules.check(data, true, (column, message) -> problems.add(Problem.ofField(column.field(), message)));
        problems.addAll(singularClashes(data, cadre));
        if (!problems.isEmpty()) {
            throw new KaoheException(
                    OrgError.COMMITTEE_INVALID, problems, problems.get(0).message());
        }
        return change(cadre, "COMMITTEE_ROLES_CHANGED", reason, () -> cadre.holdCommitteeRoles(roles, lead));
    }

    /** Adds a secondment (借调), or replaces the one that starts in the same month. */
    public CadreDetail second(long cadreId, SecondmentTerm term, String reason) {
        Cadre cadre = active(org.findCadre(cadreId));
        return change(cadre, "SECONDMENT_RECORDED", reason, () -> cadre.addOrReplace(term));
    }

    private CadreDetail change(Cadre cadre, String action, String reason, Runnable mutation) {
        CadreSnapshot before = cadre.snapshot();
        mutation.run();
        cadres.saveAndFlush(cadre);
        // a new unit, post rank or leadership role ends the current term of the post history (docs/adr/0017)
        posts.follow(List.of(PostHistory.Now.of(cadre)));
        CadreSnapshot after = cadre.snapshot();
        if (!before.equals(after)) {
            auditTrail.record(AuditEvent.changed(action, "Cadre", cadre.getCode(), before, after, reason));
        }
        return org.detail(cadre);
    }

    private Cadre active(Cadre cadre) {
        if (!cadre.isActive()) {
            throw new KaoheException(OrgError.CADRE_INACTIVE, cadre.getName() + "（" + cadre.getCode() + "）");
        }
        return cadre;
    }

    private CadreData resolve(
            CadreCommand c, String code, Set<OrgUnit> supervised, Set<CommitteeRole> roles, boolean lead) {
        List<Problem> problems = new ArrayList<>();
        OrgUnit unit = c.unitId() == null ? null : units.findById(c.unitId()).orElse(null);
        if (unit == null) {
            problems.add(Problem.ofField("unitId", "单位不存在：" + c.unitId()));
        }
        OrgUnit village = null;
        if (c.villageId() != null) {
            village = units.findById(c.villageId()).orElse(null);
            if (village == null) {
                problems.add(Problem.ofField("villageId", "驻村的村或社区不存在：" + c.villageId()));
            }
        }
        if (!problems.isEmpty()) {
            throw new KaoheException(
                    OrgError.CADRE_INVALID, problems, problems.get(0).message());
        }
        return new CadreData(
                code,
                c.name().strip(),
                c.gender(),
                unit,
                blankToNull(c.postTitle()),
                c.postRank() == null ? PostRank.STAFF : c.postRank(),
                c.staffType(),
                village,
                c.leadershipRole(),
                supervised,
                roles,
                lead,
                c.loginName() == null || c.loginName().isBlank()
                        ? null
                        : c.loginName().strip().toLowerCase(Locale.ROOT),
                blankToNull(c.phone()),
                c.secondment());
    }

    private void check(CadreData data, Cadre self, boolean hasSecondment) {
        List<Problem> problems = new ArrayList<>();
        CadreRules.check(
                data, hasSecondment, (column, message) -> problems.add(Problem.ofField(column.field(), message)));
        if (data.loginName() != null) {
            cadres.findByLoginName(data.loginName())
                    .filter(other -> !other.equals(self))
                    .ifPresent(other -> problems.add(
                            Problem.ofField("loginName", "登录名已被" + other.getName() + "（" + other.getCode() + "）使用")));
        }
        problems.addAll(singularClashes(data, self));
        if (!problems.isEmpty()) {
            throw new KaoheException(
                    OrgError.CADRE_INVALID, problems, problems.get(0).message());
        }
    }

    /** 主任 and 绩考办主任 are held by one cadre each, and one cadre leads the assessment work (全面负责). */
    private List<Problem> singularClashes(CadreData data, Cadre self) {
        List<Problem> problems = new ArrayList<>();
        for (Cadre other : cadres.findActiveCommitteeMembers()) {
            if (other.equals(self)) {
                continue;
            }
            for (CommitteeRole role : data.committeeRoles()) {
                if (role.isSingular() && other.getCommitteeRoles().contains(role)) {
                    problems.add(Problem.ofField(
                            "committeeRoles", role.label() + "已由" + other.getName() + "（" + other.getCode() + "）担任"));
                }
            }
        }
        if (data.assessmentLead()) {
            cadres.findActiveAssessmentLeads().stream()
                    .filter(other -> !other.equals(self))
                    .findFirst()
                    .ifPresent(other -> problems.add(Problem.ofField(
                            "assessmentLead", "全面负责绩考工作的已是" + other.getName() + "（" + other.getCode() + "）")));
        }
        return problems;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
