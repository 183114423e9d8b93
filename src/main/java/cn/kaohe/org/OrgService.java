package cn.kaohe.org;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.PageSpec;
import cn.kaohe.shared.Problem;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Queries of the organisation (units, cadres, who supervises whom, the committee) and unit creation. */
@Service
@Transactional(readOnly = true)
public class OrgService {

    private final OrgUnitRepository units;
    private final CadreRepository cadres;
    private final AuditTrail auditTrail;

    OrgService(OrgUnitRepository units, CadreRepository cadres, AuditTrail auditTrail) {
        this.units = units;
        this.cadres = cadres;
        this.auditTrail = auditTrail;
    }

    OrgTree tree() {
        return new OrgTree(units.findAll());
    }

    /** The unit tree from the township down, each unit with its active cadre count. */
    public List<UnitNode> unitTree() {
        OrgTree tree = tree();
        Map<Long, Long> counts = cadres.findAll().stream()
                .filter(Cadre::isActive)
                .collect(Collectors.groupingBy(c -> c.getUnit().getId(), Collectors.counting()));
        return tree.roots().stream().map(r -> node(tree, r, counts)).toList();
    }

    private UnitNode node(OrgTree tree, OrgUnit u, Map<Long, Long> counts) {
        return new UnitNode(
                u.getId(),
                u.getCode(),
                u.getName(),
                u.getKind(),
                u.getKind().label(),
                counts.getOrDefault(u.getId(), 0L),
                tree.children(u).stream().map(c -> node(tree, c, counts)).toList());
    }

    public UnitDetail unit(long id) {
        OrgUnit unit = findUnit(id);
        OrgTree tree = tree();
        List<CadreRef> leaders = cadres.findActiveLeadersSupervisingAny(List.of(unit)).stream()
                .sorted(LEADER_ORDER)
                .map(Views::cadre)
                .toList();
        long count = cadres.findByActiveTrueAndUnitIn(List.of(unit)).size();
        return new UnitDetail(
                unit.getId(),
                unit.getCode(),
                unit.getName(),
                unit.getKind(),
                unit.getKind().label(),
                Views.unit(unit.getParent()),
                tree.children(unit).stream().map(Views::unit).toList(),
                leaders,
                count);
    }

    /** The active cadres of a unit, with or without those of its sub-units. */
    public List<CadreSummary> cadresOfUnit(long unitId, boolean includeSubunits) {
        OrgUnit unit = findUnit(unitId);
        Set<OrgUnit> scope = includeSubunits ? tree().subtree(unit) : Set.of(unit);
        return sorted(cadres.findByActiveTrueAndUnitIn(scope)).stream()
                .map(CadreSummary::of)
                .toList();
    }

    public List<CadreSummary> cadres(CadreFilter filter) {
        return sorted(cadres.findAll(cadreSpec(filter))).stream()
                .map(CadreSummary::of)
                .toList();
    }

    /** The sort keys of a page of cadres (issue 16). */
    public static final Set<String> CADRE_SORT_KEYS = Set.of("name", "code", "unit", "staffType", "postRank");

    private static final Map<String, String> CADRE_ORDER = Map.of(
            "name", "name", "code", "code", "unit", "unit.name", "staffType", "staffType", "postRank", "postRank");

    /**
     * One page of cadres searched and sorted by the database (issue 16): {@code q} matches part of the name, the
     * 工号, the login or the unit's name; the roster list and every cadre picker read it.
     */
    @Transactional(readOnly = true)
    public PageSpec.Page<CadreSummary> cadres(CadreFilter filter, PageSpec spec) {
        Sort.Direction dir = spec.ascending() ? Sort.Direction.ASC : Sort.Direction.DESC;
        Sort sort = Sort.by(dir, CADRE_ORDER.get(spec.sort())).and(Sort.by(dir, "id"));
        Page<Cadre> page = cadres.findAll(cadreSpec(filter), PageRequest.of(spec.page(), spec.size(), sort));
        return spec.page(page.getContent().stream().map(CadreSummary::of).toList(), page.getTotalElements());
    }

    private Specification<Cadre> cadreSpec(CadreFilter filter) {
        Set<Long> unitIds = filter.unitId() == null
                ? null
                : tree().subtree(findUnit(filter.unitId())).stream()
                        .map(OrgUnit::getId)
                        .collect(Collectors.toSet());
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (unitIds != null) {
                where.add(root.get("unit").get("id").in(unitIds));
            }
            if (filter.q() != null && !filter.q().isBlank()) {
                String like = "%" + filter.q().strip().toLowerCase(Locale.ROOT) + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("name")), like),
                        cb.like(cb.lower(root.get("code")), like),
                        cb.like(cb.lower(root.get("loginName")), like),
                        cb.like(cb.lower(root.get("unit").get("name")), like)));
            }
            if (filter.staffType() != null) {
                where.add(cb.equal(root.get("staffType"), filter.staffType()));
            }
            if (filter.villageResident() != null) {
                where.add(
                        filter.villageResident() ? cb.isNotNull(root.get("village")) : cb.isNull(root.get("village")));
            }
            if (filter.active() != null) {
                where.add(cb.equal(root.get("active"), filter.active()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    public CadreDetail cadre(long id) {
        return detail(findCadre(id));
    }

    public CadreDetail cadreByCode(String code) {
        return detail(cadres.findByCode(code).orElseThrow(() -> new KaoheException(OrgError.CADRE_NOT_FOUND, code)));
    }

    CadreDetail detail(Cadre c) {
        return new CadreDetail(
                CadreSummary.of(c),
                c.getPhone(),
                c.isVillageResident(),
                c.isLeadershipMember(),
                c.getSupervisedUnits().stream()
                        .sorted(UNIT_ORDER)
                        .map(Views::unit)
                        .toList(),
                supervisors(c).stream().map(Views::cadre).toList(),
                c.getCommitteeRoles().stream().sorted().toList(),
                c.getCommitteeRoles().stream()
                        .sorted()
                        .map(CommitteeRole::label)
                        .toList(),
                c.isAssessmentLead(),
                c.getSecondments().stream()
                        .map(s -> new CadreDetail.SecondmentView(
                                s.getId(), s.getHostOrganisation(), s.getFromMonth(), s.getToMonth()))
                        .toList(),
                c.getVersion());
    }

    /** The supervising leaders (分管领导) of a cadre: who supervises the cadre's unit or a unit above it. */
    public List<CadreRef> supervisingLeaders(long cadreId) {
        return supervisors(findCadre(cadreId)).stream().map(Views::cadre).toList();
    }

    /** A supervising leader who can sign in: the cadre and the login that receive the cadre's approval tasks. */
    public record LeaderLogin(long cadreId, String login) {}

    /** The first supervising leader of a cadre (in {@link #supervisingLeaders} order) who has a login. */
    public Optional<LeaderLogin> supervisingLeaderWithLogin(long cadreId) {
        return supervisors(findCadre(cadreId)).stream()
                .filter(l -> l.getLoginName() != null)
                .findFirst()
                .map(l -> new LeaderLogin(l.getId(), l.getLoginName()));
    }

    private List<Cadre> supervisors(Cadre cadre) {
        List<OrgUnit> path = tree().pathToRoot(cadre.getUnit());
        return cadres.findActiveLeadersSupervisingAny(path).stream()
                .filter(l -> !l.equals(cadre))
                .sorted(LEADER_ORDER)
                .toList();
    }

    /** The active cadres a leader supervises: those of the supervised units and their sub-units. */
    public List<CadreSummary> supervisedCadres(long leaderId) {
        Cadre leader = findCadre(leaderId);
        OrgTree tree = tree();
        Set<OrgUnit> scope = new HashSet<>();
        leader.getSupervisedUnits().forEach(u -> scope.addAll(tree.subtree(u)));
        if (scope.isEmpty()) {
            return List.of();
        }
        return sorted(cadres.findByActiveTrueAndUnitIn(scope)).stream()
                .filter(c -> !c.equals(leader))
                .map(CadreSummary::of)
                .toList();
    }

    /** Every active leadership member with the units they supervise. */
    public List<LeaderSupervision> supervision() {
        OrgTree tree = tree();
        List<Cadre> all = cadres.findAll().stream().filter(Cadre::isActive).toList();
        return cadres.findActiveLeadershipMembers().stream()
                .sorted(LEADER_ORDER)
                .map(l -> {
                    Set<OrgUnit> scope = new HashSet<>();
                    l.getSupervisedUnits().forEach(u -> scope.addAll(tree.subtree(u)));
                    long count = all.stream()
                            .filter(c -> scope.contains(c.getUnit()) && !c.equals(l))
                            .count();
                    return new LeaderSupervision(
                            Views.cadre(l),
                            l.getLeadershipRole(),
                            l.getLeadershipRole().label(),
                            l.getSupervisedUnits().stream()
                                    .sorted(UNIT_ORDER)
                                    .map(Views::unit)
                                    .toList(),
                            count);
                })
                .toList();
    }

    /** The assessment committee (考核领导小组) and its office (绩考办). */
    public CommitteeView committee() {
        // by work number: the demo roster numbers the leadership group in the seed's order
        List<Cadre> members = cadres.findActiveCommitteeMembers().stream()
                .sorted(Comparator.comparing(Cadre::getCode))
                .toList();
        Function<CommitteeRole, List<CadreRef>> holding = role -> members.stream()
                .filter(c -> c.getCommitteeRoles().contains(role))
                .map(Views::cadre)
                .toList();
        CadreRef officeDirector = holding.apply(CommitteeRole.OFFICE_DIRECTOR).stream()
                .findFirst()
                .orElse(null);
        CadreRef lead = cadres.findActiveAssessmentLeads().stream()
                .findFirst()
                .map(Views::cadre)
                .orElse(null);
        // seed 000 一: 各办、大队、中心、站、所负责人为（绩考办）成员
        List<CadreRef> officeMembers = sorted(cadres.findAll()).stream()
                .filter(c -> c.isActive()
                        && c.getPostRank() == PostRank.PRINCIPAL
                        && !c.isLeadershipMember()
                        && c.getUnit().getKind() != UnitKind.TOWNSHIP
                        && !c.getUnit().getKind().isVillage())
                .map(Views::cadre)
                .toList();
        return new CommitteeView(
                holding.apply(CommitteeRole.DIRECTOR),
                holding.apply(CommitteeRole.DEPUTY_DIRECTOR),
                holding.apply(CommitteeRole.MEMBER),
                officeDirector,
                lead,
                officeMembers);
    }

    /** Creates a unit below a parent (none for the township itself); audited. */
    @Transactional
    public UnitDetail createUnit(String code, String name, UnitKind kind, Long parentId, int sortOrder, String reason) {
        List<Problem> problems = new ArrayList<>();
        OrgUnit parent = parentId == null ? null : findUnit(parentId);
        if (parent == null && kind != UnitKind.TOWNSHIP) {
            problems.add(Problem.ofField("parentId", "除镇以外的单位须有上级单位"));
        }
        if (parent != null && kind == UnitKind.TOWNSHIP) {
            problems.add(Problem.ofField("kind", "镇是最上级单位，不能有上级单位"));
        }
        if (parent != null && parent.getKind().isVillage()) {
            problems.add(Problem.ofField("parentId", "村或社区下不能再建单位"));
        }
        if (!problems.isEmpty()) {
            throw new KaoheException(
                    OrgError.UNIT_INVALID, problems, problems.get(0).message());
        }
        if (units.findByCode(code).isPresent()) {
            throw new KaoheException(OrgError.UNIT_TAKEN, List.of(Problem.ofField("code", "单位编码已被使用")), code);
        }
        if (parent == null ? units.existsByParentIsNullAndName(name) : units.existsByParentAndName(parent, name)) {
            throw new KaoheException(OrgError.UNIT_TAKEN, List.of(Problem.ofField("name", "同一上级单位下已有同名单位")), name);
        }
        OrgUnit unit = units.saveAndFlush(new OrgUnit(code, name, kind, parent, sortOrder));
        auditTrail.record(AuditEvent.created("UNIT_CREATED", "OrgUnit", unit.getCode(), Views.unit(unit), reason));
        return unit(unit.getId());
    }

    java.util.Optional<OrgUnit> unitIfAny(long id) {
        return units.findById(id);
    }

    OrgUnit findUnit(long id) {
        return units.findById(id).orElseThrow(() -> new KaoheException(OrgError.UNIT_NOT_FOUND, String.valueOf(id)));
    }

    Cadre findCadre(long id) {
        return cadres.findById(id).orElseThrow(() -> new KaoheException(OrgError.CADRE_NOT_FOUND, String.valueOf(id)));
    }

    static final Comparator<OrgUnit> UNIT_ORDER =
            Comparator.comparingInt(OrgUnit::getSortOrder).thenComparing(OrgUnit::getCode);

    /** Leaders first by role (书记, 镇长, 副书记, …), then by work number. */
    static final Comparator<Cadre> LEADER_ORDER = Comparator.comparing((Cadre c) -> c.getLeadershipRole() == null
                    ? Integer.MAX_VALUE
                    : c.getLeadershipRole().ordinal())
            .thenComparing(Cadre::getCode);

    /** In tree order of their units (a unit before its sub-units), leaders by role, then rank and 工号. */
    private List<Cadre> sorted(List<Cadre> list) {
        Map<Long, Integer> positions = tree().positions();
        return list.stream()
                .sorted(Comparator.comparing(
                                (Cadre c) -> positions.getOrDefault(c.getUnit().getId(), Integer.MAX_VALUE))
                        .thenComparing(c -> c.getLeadershipRole() == null
                                ? Integer.MAX_VALUE
                                : c.getLeadershipRole().ordinal())
                        .thenComparing(Cadre::getPostRank)
                        .thenComparing(Cadre::getCode))
                .toList();
    }
}
