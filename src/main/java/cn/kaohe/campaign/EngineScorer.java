package cn.kaohe.campaign;

import cn.kaohe.ledger.LedgerEntry;
import cn.kaohe.ledger.LedgerService;
import cn.kaohe.org.PostHistory;
import cn.kaohe.org.PostTerm;
import cn.kaohe.org.RankingGroup;
import cn.kaohe.org.RankingGroups;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scheme.SchemeDocuments;
import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.ScoringInput;
import cn.kaohe.scoring.ScoringInput.Adjustment;
import cn.kaohe.scoring.ScoringInput.LedgerFact;
import cn.kaohe.scoring.ScoringInput.PriorResult;
import cn.kaohe.scoring.ScoringInput.Rating;
import cn.kaohe.scoring.ScoringInput.Role;
import cn.kaohe.scoring.ScoringInput.StaffType;
import cn.kaohe.scoring.ScoringInput.Subject;
import cn.kaohe.scoring.ScoringOutcome;
import cn.kaohe.scoring.ScoringOutcome.SubjectResult;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.CategorySource;
import cn.kaohe.scoring.model.PayMode;
import cn.kaohe.scoring.model.PrizeTier;
import cn.kaohe.scoring.model.RollUpSource;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.SubjectKind;
import cn.kaohe.shared.Cycle;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Period;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the scoring engine's input for a campaign — roster slice, ledger facts of the period, the
 * leaders' and the groups' ratings, earlier results of the year, committee and appeal adjustments — and
 * maps the explained outcome back onto the assessments.
 */
@Component
class EngineScorer implements CampaignScorer {

    private static final Set<String> PRINCIPAL_ROLES = Set.of("PARTY_SECRETARY", "MAYOR");

    private final ScoringEngine engine = new ScoringEngine();
    private final SchemeCatalog schemes;
    private final SchemeAdapter schemeAdapter;
    private final LedgerService ledger;
    private final GroupRatingRepository groupRatings;
    private final RatingTallies tallies;
    private final JdbcTemplate jdbc;
    private final CampaignTargets targets;
    private final PostHistory posts;
    private final RankingGroups rankingGroups;
    private final VillageGrades villageGrades;
    private final MidYearTransfers transfers;
    private final ObjectMapper json = SchemeDocuments.json();

    /** How many years back an annual campaign looks for 连续…年 (seed 002 四(二)5 needs one). */
    static final int LOOK_BACK_YEARS = 5;

    /** Seed 000 四4: 借调期满一年 — months of secondment after which the host assesses the cadre. */
    static final int SECONDMENT_MONTHS = 12;

    EngineScorer(
            SchemeCatalog schemes,
            SchemeAdapter schemeAdapter,
            LedgerService ledger,
            GroupRatingRepository groupRatings,
            RatingTallies tallies,
            JdbcTemplate jdbc,
            CampaignTargets targets,
            PostHistory posts,
            RankingGroups rankingGroups,
            VillageGrades villageGrades,
            MidYearTransfers transfers) {
        this.schemes = schemes;
        this.schemeAdapter = schemeAdapter;
        this.ledger = ledger;
        this.groupRatings = groupRatings;
        this.tallies = tallies;
        this.jdbc = jdbc;
        this.targets = targets;
        this.posts = posts;
        this.rankingGroups = rankingGroups;
        this.villageGrades = villageGrades;
        this.transfers = transfers;
    }

    @Override
    public ScoreResult scoreOne(Campaign campaign, Assessment assessment) {
        try {
            CampaignResult r = score(campaign, List.of(assessment), List.of(), false);
            ScoreResult one = r.byAssessment().get(assessment.getId());
            // provisional: no rank, no quota grade yet
            return new ScoreResult(one.total(), null, null, null, one.eligible(), null, one.resultJson());
        } catch (KaoheException e) {
            return new ScoreResult(null, null, null, null, null, null, problems(e));
        }
    }

    @Override
    public CampaignResult scoreAll(
            Campaign campaign, List<Assessment> assessments, List<ResultAdjustment> adjustments) {
        return score(campaign, assessments, adjustments, true);
    }

    /**
     * The input the whole campaign's ranking gives the engine (what {@code POST /api/schemes/preview} must score to the
     * same results, issue 13).
     */
    ScoringInput wholeInput(Campaign campaign, List<Assessment> assessments, List<ResultAdjustment> adjustments) {
        return prepare(campaign, assessments, adjustments, true).input();
    }

    /** An engine input with the campaign's subject of each cadre and the committee's grade overrides. */
    private record Prepared(
            SchemeVersion scheme,
            ScoringInput input,
            Map<Long, String> subjectOf,
            Map<String, String> gradeOverrides) {}

    private CampaignResult score(
            Campaign campaign, List<Assessment> assessments, List<ResultAdjustment> adjustments, boolean whole) {
        Prepared prepared = prepare(campaign, assessments, adjustments, whole);
        SchemeVersion scheme = prepared.scheme();
        Map<Long, String> subjectOf = prepared.subjectOf();
        Map<String, String> gradeOverrides = prepared.gradeOverrides();
        ScoringOutcome outcome = engine.score(scheme, prepared.input());
        Map<String, String> labels = new HashMap<>();
        scheme.grading().grades().forEach(g -> labels.put(g.code(), g.label()));
        Map<Long, ScoreResult> results = new HashMap<>();
        Map<String, Assessment> bySubject = new HashMap<>();
        assessments.forEach(a -> bySubject.put(subjectOf.get(a.getCadreId()), a));
        for (SubjectResult s : outcome.subjects()) {
            Assessment a = bySubject.get(s.subjectId());
            if (a == null) {
                continue;
            }
            String grade = gradeOverrides.getOrDefault(s.subjectId(), s.gradeCode());
            String label =
                    gradeOverrides.containsKey(s.subjectId()) ? labels.getOrDefault(grade, grade) : s.gradeLabel();
            results.put(
                    a.getId(),
                    new ScoreResult(
                            s.total(),
                            grade,
                            label,
                            s.rank(),
                            s.excellenceEligible(),
                            s.pay() == null ? null : s.pay().net(),
                            write(s)));
        }
        // one assessment's score after a step keeps only its own result: the group results are the ranking's
        return new CampaignResult(results, whole ? write(outcome.groups()) : null);
    }

    private Prepared prepare(
            Campaign campaign, List<Assessment> assessments, List<ResultAdjustment> adjustments, boolean whole) {
        SchemeVersion scheme = schemes.model(campaign.getSchemeVersionId());

        boolean units = scheme.subjectKind() == SubjectKind.UNIT;
        Map<Long, Assessment> byCadre = new LinkedHashMap<>();
        assessments.forEach(a -> byCadre.put(a.getCadreId(), a));
        // the engine's subject id: the cadre, or the unit assessed (whose head is the assessment's cadre)
        Map<Long, String> subjectOf = new HashMap<>();
        assessments.forEach(
                a -> subjectOf.put(a.getCadreId(), String.valueOf(units ? a.getSubjectUnitId() : a.getCadreId())));
        Map<Long, String> excluded = new HashMap<>();
        assessments.stream()
                .filter(a -> a.getExcludedReason() != null)
                .forEach(a -> excluded.put(units ? a.getSubjectUnitId() : a.getCadreId(), a.getExcludedReason()));
        List<Subject> subjects = units
                ? unitSubjects(
                        campaign,
                        scheme,
                        assessments.stream().map(Assessment::getSubjectUnitId).toList(),
                        scheme.pay().mode() == PayMode.UNIT_PRIZE,
                        excluded)
                : subjects(campaign, scheme, byCadre.keySet(), excluded);
        Set<Long> unitIds = new HashSet<>();
        subjects.forEach(s -> unitIds.add(Long.valueOf(units ? s.id() : s.unitId())));
        List<LedgerFact> facts =
                // a cadre scheme's whole ranking reads the facts of every unit (a leader answers for the units he
                // supervises, 全办人员 for their office); a unit scheme only those of its own units — a fact of another
                // township's unit in the same period names no subject of this campaign and must not block its ranking
                facts(campaign, scheme, units, byCadre.keySet(), whole && !units ? allUnits() : List.copyOf(unitIds));
        List<Rating> ratings = new ArrayList<>();
        for (Assessment a : assessments) {
            if (a.getRatingScores() != null) {
                a.getRatingScores()
                        .forEach((part, score) -> ratings.add(new Rating(
                                subjectOf.get(a.getCadreId()),
                                schemeAdapter.leaderGroup(campaign.getSchemeVersionId(), part),
                                a.getRatedBy(),
                                part,
                                score,
                                null)));
            }
        }
        // one assessment's score after a step reads its own cadre's group ratings, not the whole campaign's
        List<GroupRating> groupSheet = whole
                ? groupRatings.findByCampaignIdOrderByIdAsc(campaign.getId())
                : groupRatings.findByCampaignIdAndCadreIdInOrderByIdAsc(campaign.getId(), byCadre.keySet());
        for (GroupRating g : groupSheet) {
            if (byCadre.containsKey(g.getCadreId())) {
                ratings.add(new Rating(
                        subjectOf.get(g.getCadreId()),
                        "GRADE".equals(g.getRaterGroup()) ? null : g.getRaterGroup(),
                        g.getRater(),
                        g.getPart(),
                        g.getScore(),
                        g.getGrade()));
            }
        }
        if (whole) {
            // online rating sheets count as their per-subject averages, and only in the whole campaign's ranking (a
            // provisional score seen before and after one sheet would reveal that sheet's votes, docs/adr/0011)
            for (RatingTallies.Tally t : tallies.of(campaign.getId())) {
                if (byCadre.containsKey(t.cadreId())) {
                    ratings.add(
                            new Rating(subjectOf.get(t.cadreId()), t.raterGroup(), null, t.part(), t.average(), null));
                }
            }
        }
        Map<Long, Long> cadreOfAssessment = new HashMap<>();
        assessments.forEach(a -> cadreOfAssessment.put(a.getId(), a.getCadreId()));
        List<Adjustment> engineAdjustments = new ArrayList<>();
        Map<String, String> gradeOverrides = new HashMap<>();
        for (ResultAdjustment adj : adjustments) {
            Long cadre = cadreOfAssessment.get(adj.getAssessmentId());
            if (cadre == null) {
                continue;
            }
            if (ResultAdjustment.GRADE.equals(adj.getTarget())) {
                gradeOverrides.put(subjectOf.get(cadre), adj.getNewValue());
            } else {
                engineAdjustments.add(new Adjustment(
                        "A" + adj.getId(),
                        subjectOf.get(cadre),
                        ResultAdjustment.TOTAL.equals(adj.getTarget()) ? ScoringEngine.TOTAL : adj.getTarget(),
                        new BigDecimal(adj.getNewValue()),
                        null,
                        adj.getReason()));
            }
        }
        ScoringInput input = new ScoringInput(
                campaign.getPeriodLabel(),
                subjects,
                facts,
                ratings,
                // only the subjects scored now: a provisional score of one unit must not name the others
                periodScores(campaign, scheme).stream()
                        .filter(p -> subjectOf.containsValue(p.subjectId()))
                        .toList(),
                units && hasCompletion(scheme)
                        ? targets.results(
                                campaign.getSchemeVersionId(),
                                campaign.getPeriodLabel(),
                                assessments.stream()
                                        .map(Assessment::getSubjectUnitId)
                                        .toList())
                        : List.of(),
                whole ? priorResults(campaign, units) : List.of(),
                engineAdjustments,
                campaign.getPayPool(),
                payout(campaign),
                villageGrades(campaign, scheme, subjects));
        return new Prepared(scheme, input, subjectOf, gradeOverrides);
    }

    /** Whether the scheme has a category fed by the target register (seed 004 第十二条(一): 目标责任书考核分). */
    static boolean hasCompletion(SchemeVersion scheme) {
        return scheme.categories().stream().anyMatch(c -> c.source() == CategorySource.COMPLETION);
    }

    /**
     * The ledger facts of the campaign's period the scheme has rules for, as the engine reads them; a fact a
     * finalised shorter campaign already scored carries that period in {@code countedIn} (seed 002).
     */
    List<LedgerFact> facts(
            Campaign campaign, SchemeVersion scheme, boolean units, Collection<Long> cadreIds, List<Long> factUnits) {
        List<LedgerFact> facts = new ArrayList<>();
        Set<String> knownTypes = new HashSet<>();
        scheme.factRules().forEach(r -> knownTypes.add(r.factType()));
        List<CountedPeriod> counted = countedPeriods(campaign, scheme);
        for (LedgerEntry e : ledger.inPeriod(
                campaign.getPeriodStart(), campaign.getPeriodEnd(), units ? List.of() : cadreIds, factUnits)) {
            if (!knownTypes.contains(e.getFactType())) {
                continue; // the ledger is shared by all schemes: a fact this scheme has no rule for does not count
            }
            List<String> named = units
                    ? (e.getUnitId() == null ? List.of() : List.of(String.valueOf(e.getUnitId())))
                    : (e.getCadreId() == null ? List.of() : List.of(String.valueOf(e.getCadreId())));
            facts.add(new LedgerFact(
                    "L" + e.getId(),
                    e.getFactType(),
                    e.getLevel(),
                    e.getOccurredOn(),
                    named,
                    e.getUnitId() == null ? null : String.valueOf(e.getUnitId()),
                    e.getQuantity(),
                    e.getPoints(),
                    e.getAmount(),
                    e.getReason(),
                    e.getWorkItemKey(),
                    e.isConsecutive(),
                    e.getReversesId() == null ? null : "L" + e.getReversesId(),
                    countedIn(counted, e)));
        }
        return facts;
    }

    /** Every fact of a campaign (the whole campaign's view), for checks. */
    List<LedgerFact> facts(Campaign campaign) {
        SchemeVersion scheme = schemes.model(campaign.getSchemeVersionId());
        return facts(campaign, scheme, scheme.subjectKind() == SubjectKind.UNIT, List.of(), allUnits());
    }

    private List<Subject> subjects(
            Campaign campaign, SchemeVersion scheme, Collection<Long> cadreIds, Map<Long, String> excluded) {
        if (cadreIds.isEmpty()) {
            return List.of();
        }
        boolean annual = campaign.getCycle() == Cycle.ANNUAL;
        int year = campaign.getPeriodStart().getYear();
        // seed 004 第二十四条 / issue 13: months in post this year from the roster history (annual campaigns only)
        Map<Long, List<PostTerm>> history = annual ? posts.of(cadreIds) : Map.of();
        Map<Long, String> seconded = annual ? longSecondments(campaign, cadreIds) : Map.of();
        // seed 000 三(一): 中途涉及到的人员异动，如未安排驻村，则按照所在办联系的村确定分值
        Map<Long, MidYearTransfers.Transfer> moved =
                annual && MidYearTransfers.readsVillageGrades(scheme) ? transfers.of(campaign, history) : Map.of();
        Map<Long, List<String>> supervised = new HashMap<>();
        List<Subject> subjects = new ArrayList<>();
        for (List<Long> chunk : chunks(List.copyOf(cadreIds), 500)) {
            String in = String.join(",", chunk.stream().map(String::valueOf).toList());
            // the units the subjects supervise (one assessment's score read the whole supervision table)
            jdbc.query("select leader_id, unit_id from supervision where leader_id in (" + in + ")", rs -> {
                supervised
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(String.valueOf(rs.getLong(2)));
            });
            jdbc.query(
                    "select c.id, c.name, c.unit_id, c.leadership_role, c.post_rank, c.staff_type, c.village_id,"
                            + " u.kind from cadre c join org_unit u on u.id = c.unit_id where c.id in (" + in + ")"
                            + " order by c.id",
                    rs -> {
                        long id = rs.getLong("id");
                        String leadership = rs.getString("leadership_role");
                        Role role = leadership == null
                                ? ("PRINCIPAL".equals(rs.getString("post_rank")) ? Role.UNIT_HEAD : Role.STAFF)
                                : PRINCIPAL_ROLES.contains(leadership) ? Role.PRINCIPAL : Role.LEADERSHIP_MEMBER;
                        long village = rs.getLong("village_id");
                        boolean resident = !rs.wasNull();
                        String secondment = seconded.get(id);
                        String reason = excluded.getOrDefault(id, secondment);
                        subjects.add(new Subject(
                                String.valueOf(id),
                                rs.getString("name"),
                                null,
                                String.valueOf(rs.getLong("unit_id")),
                                role,
                                supervised.getOrDefault(id, List.of()),
                                secondment != null ? StaffType.SECONDED : staffType(rs.getString("staff_type")),
                                resident ? String.valueOf(village) : null,
                                resident,
                                monthsInPost(history.get(id), year),
                                Set.of(rs.getString("kind")),
                                List.of(),
                                reason,
                                liaisonVillage(moved.get(id))));
                    });
        }
        return subjects;
    }

    /**
     * Units as subjects, with their people as members (unit outcomes and prizes reach them, seed 002 四(三)): everybody
     * who held a post in the unit during the campaign's period, from the roster history, with the months of the year in
     * the unit for an annual campaign (seed 004 第二十四条: 区内调动人员由调动前后所在单位分段按月计发; 提拔人员按提拔前后的实际职务
     * 分段按月计发) and the role of that post. A unit is ranked in its group (第二十一条 分开评比) when the scheme names
     * groups.
     */
    private List<Subject> unitSubjects(
            Campaign campaign, SchemeVersion scheme, List<Long> unitIds, boolean prizes, Map<Long, String> excluded) {
        boolean annual = campaign.getCycle() == Cycle.ANNUAL;
        int year = campaign.getPeriodStart().getYear();
        YearMonth first = YearMonth.from(campaign.getPeriodStart());
        YearMonth last = YearMonth.from(campaign.getPeriodEnd());
        Map<Long, List<PostTerm>> termsByUnit = new HashMap<>();
        for (PostTerm t : posts.inUnits(unitIds, year)) {
            if (coversAny(t, first, last)) {
                termsByUnit.computeIfAbsent(t.unitId(), k -> new ArrayList<>()).add(t);
            }
        }
        Set<Long> people = new HashSet<>();
        termsByUnit.values().forEach(l -> l.forEach(t -> people.add(t.cadreId())));
        Map<Long, String> names = cadreNames(people);
        Set<String> schemeGroups = groupsOf(scheme);
        Map<Long, RankingGroup> groups = schemeGroups.isEmpty() ? Map.of() : rankingGroups.of(unitIds);
        List<Subject> subjects = new ArrayList<>();
        for (Long unitId : unitIds) {
            Map<String, Object> unit = jdbc.queryForMap("select id, name, kind from org_unit where id = ?", unitId);
            // one member per person and role in the unit, with the months of the year in that role
            Map<String, ScoringInput.Member> members = new LinkedHashMap<>();
            List<PostTerm> terms = new ArrayList<>(termsByUnit.getOrDefault(unitId, List.of()));
            terms.sort(java.util.Comparator.comparing(PostTerm::cadreId));
            for (PostTerm t : terms) {
                Role role = memberRole(t.postRank().name(), prizes);
                String id = String.valueOf(t.cadreId());
                String key = id + "/" + role;
                ScoringInput.Member before = members.get(key);
                int months = t.monthsIn(year) + (before == null ? 0 : before.monthsInUnit());
                boolean otherRole = before == null && members.values().stream().anyMatch(m -> m.id().equals(id));
                members.put(
                        key,
                        new ScoringInput.Member(
                                otherRole ? id + "-" + role.name() : id,
                                names.getOrDefault(t.cadreId(), id),
                                role,
                                annual ? Math.min(12, months) : null,
                                null));
            }
            List<ScoringInput.Member> list = new ArrayList<>(members.values());
            if (!prizes) {
                jdbc.query(
                        "select c.id, c.name from supervision s join cadre c on c.id = s.leader_id where s.unit_id = ?"
                                + " and c.active",
                        rs -> {
                            list.add(new ScoringInput.Member(
                                    String.valueOf(rs.getLong(1)),
                                    rs.getString(2),
                                    Role.LEADERSHIP_MEMBER,
                                    null,
                                    null));
                        },
                        unitId);
            }
            RankingGroup group = groups.get(unitId);
            subjects.add(unitSubject(unitId, unit, list, group == null ? null : group.name(), excluded.get(unitId)));
        }
        return subjects;
    }

    /** The ranking groups a scheme names in its quotas or prize tiers (seed 004: DEPARTMENT, TOWNSHIP, SUBDISTRICT). */
    static Set<String> groupsOf(SchemeVersion scheme) {
        Set<String> groups = new HashSet<>();
        scheme.grading().grades().forEach(g -> groups.addAll(g.groupCounts().keySet()));
        scheme.pay().tiers().stream()
                .map(PrizeTier::group)
                .filter(java.util.Objects::nonNull)
                .forEach(groups::add);
        return groups;
    }

    private static boolean coversAny(PostTerm t, YearMonth first, YearMonth last) {
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            if (t.covers(m)) {
                return true;
            }
        }
        return false;
    }

    /** Months of the year in any post (null = no history: the engine's default of 12). */
    /** The liaison village of a transferred cadre's office, as the engine reads it (null: none, today's reading). */
    private static ScoringInput.LiaisonVillage liaisonVillage(MidYearTransfers.Transfer t) {
        return t == null || t.villageId() == null
                ? null
                : new ScoringInput.LiaisonVillage(String.valueOf(t.villageId()), t.villageName());
    }

    static Integer monthsInPost(List<PostTerm> terms, int year) {
        if (terms == null || terms.isEmpty()) {
            return null;
        }
        int n = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            if (terms.stream().anyMatch(t -> t.covers(month))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Seed 000 四4: 经县委组织部批准的借调人员，借调期满一年，年度考核等级归借调单位评定，年终绩效考核奖金归借调单位发放. Cadres
     * seconded during the campaign's period whose secondment has lasted a full year by the period's end, with the reason
     * the engine explains.
     */
    private Map<Long, String> longSecondments(Campaign campaign, Collection<Long> cadreIds) {
        Map<Long, String> out = new HashMap<>();
        YearMonth end = YearMonth.from(campaign.getPeriodEnd());
        YearMonth start = YearMonth.from(campaign.getPeriodStart());
        for (List<Long> chunk : chunks(List.copyOf(cadreIds), 500)) {
            String in = String.join(",", chunk.stream().map(String::valueOf).toList());
            jdbc.query(
                    "select cadre_id, host_organisation, from_month, to_month from secondment where cadre_id in (" + in
                            + ")",
                    rs -> {
                        YearMonth from = YearMonth.from(rs.getDate(3).toLocalDate());
                        YearMonth to = rs.getDate(4) == null
                                ? null
                                : YearMonth.from(rs.getDate(4).toLocalDate());
                        YearMonth until = to == null || to.isAfter(end) ? end : to;
                        boolean duringPeriod = !until.isBefore(start) && !from.isAfter(end);
                        long months = from.until(until, java.time.temporal.ChronoUnit.MONTHS) + 1;
                        if (duringPeriod && months >= SECONDMENT_MONTHS) {
                            out.put(
                                    rs.getLong(1),
                                    "借调" + rs.getString(2) + "期满一年（" + from + " 起），年度考核等级归借调单位评定，" + "年终绩效考核奖金归借调单位发放");
                        }
                    });
        }
        return out;
    }

    private Map<Long, String> cadreNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(ids), 500)) {
            String in = String.join(",", chunk.stream().map(String::valueOf).toList());
            jdbc.query("select id, name from cadre where id in (" + in + ")", rs -> {
                names.put(rs.getLong(1), rs.getString(2));
            });
        }
        return names;
    }

    private static Subject unitSubject(
            Long unitId, Map<String, Object> unit, List<ScoringInput.Member> members, String group, String excluded) {
        return new Subject(
                String.valueOf(unitId),
                (String) unit.get("name"),
                group,
                null,
                Role.STAFF,
                List.of(),
                StaffType.ESTABLISHED,
                null,
                false,
                null,
                Set.of(String.valueOf(unit.get("kind"))),
                members,
                excluded);
    }

    /**
     * The role of a unit's member from the roster's post rank. Under a scheme paying unit prizes per role (seed 004
     * 第二十一条(一): 主要领导3000、班子成员2600、职工2200; 第二十八条 fines 主要领导 and 班子成员) the unit's head is its
     * 主要领导 (PRINCIPAL) and its deputies are 班子成员 (LEADERSHIP_MEMBER); otherwise (seed 002 四(三)) the head is the
     * 科室负责人 (UNIT_HEAD) and the 班子成员 are the township leaders who supervise the unit.
     */
    static Role memberRole(String postRank, boolean prizes) {
        if ("PRINCIPAL".equals(postRank)) {
            return prizes ? Role.PRINCIPAL : Role.UNIT_HEAD;
        }
        if ("DEPUTY".equals(postRank) && prizes) {
            return Role.LEADERSHIP_MEMBER;
        }
        return Role.STAFF;
    }

    /**
     * Scores of earlier periods for PERIODS categories (seed 002 四(二)1: 前三季度平均×40% + 第四季度×60%): the totals
     * of the same unit's finalised quarterly campaigns of the year, as Q1…Q4.
     */
    private List<ScoringInput.PeriodScore> periodScores(Campaign campaign, SchemeVersion scheme) {
        List<String> periodCategories = scheme.categories().stream()
                .filter(c -> c.source() == CategorySource.PERIODS)
                .map(Category::id)
                .toList();
        if (periodCategories.isEmpty()) {
            return List.of();
        }
        List<ScoringInput.PeriodScore> scores = new ArrayList<>();
        jdbc.query(
                "select coalesce(a.subject_unit_id, a.cadre_id), c.period_start, a.total from assessment a"
                        + " join campaign c on c.id = a.campaign_id where c.unit_id = ? and c.cycle = 'QUARTERLY'"
                        + " and c.status = 'FINALISED' and c.period_start >= ? and c.period_end <= ?"
                        + " and a.total is not null",
                rs -> {
                    String period = "Q" + ((rs.getDate(2).toLocalDate().getMonthValue() - 1) / 3 + 1);
                    for (String category : periodCategories) {
                        scores.add(new ScoringInput.PeriodScore(
                                String.valueOf(rs.getLong(1)), category, period, rs.getBigDecimal(3)));
                    }
                },
                campaign.getUnitId(),
                campaign.getPeriodStart().withDayOfYear(1),
                campaign.getPeriodStart().withDayOfYear(1).plusYears(1).minusDays(1));
        return scores;
    }

    /**
     * The payout of this campaign (seed 003 五 按季度发放): its own period unless the office set a longer payout period;
     * then the earlier periods of the same cycle inside it are paid with it, and only the campaign closing the payout
     * period pays.
     */
    static ScoringInput.Payout payout(Campaign campaign) {
        if (campaign.getPayoutPeriod() == null) {
            return new ScoringInput.Payout(campaign.getPeriodLabel(), List.of(), true);
        }
        Period payout = CampaignPayInputs.payoutPeriod(campaign.getPayoutPeriod());
        List<String> prior = new ArrayList<>();
        LocalDate start = payout.start();
        while (start.isBefore(campaign.getPeriodStart())) {
            Period p = periodStarting(campaign.getCycle(), start);
            prior.add(p.label());
            start = p.end().plusDays(1);
        }
        return new ScoringInput.Payout(
                payout.label(), prior, !campaign.getPeriodEnd().isBefore(payout.end()));
    }

    private static Period periodStarting(Cycle cycle, LocalDate start) {
        String label =
                switch (cycle) {
                    case MONTHLY -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
                    case QUARTERLY -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
                    case ANNUAL -> String.valueOf(start.getYear());
                };
        return Period.parse(cycle, label);
    }

    /** A finalised shorter campaign whose result this campaign contains, and the fact types it scored. */
    private record CountedPeriod(LocalDate start, LocalDate end, String label, Set<String> factTypes) {}

    /**
     * Seed 002 四(二): the annual result contains the quarters' results (PERIODS category: 前三季度平均×40% + 第四季度
     * ×60%), and a censure "在年度绩效考核得分中减分" once — so a fact a finalised quarterly campaign of the same unit
     * already scored is not scored again in the annual one (同一事项一年只计一次).
     */
    private List<CountedPeriod> countedPeriods(Campaign campaign, SchemeVersion scheme) {
        boolean containsPeriods = scheme.categories().stream().anyMatch(c -> c.source() == CategorySource.PERIODS);
        if (!containsPeriods) {
            return List.of();
        }
        List<CountedPeriod> out = new ArrayList<>();
        jdbc.query(
                "select c.period_start, c.period_end, c.cycle, c.period_label, c.scheme_version_id from campaign c"
                        + " where c.unit_id = ? and c.status = 'FINALISED' and c.id <> ? and c.cycle <> ?"
                        + " and c.period_start >= ? and c.period_end <= ? order by c.period_start",
                rs -> {
                    Set<String> types = new HashSet<>();
                    schemes.model(rs.getLong(5)).factRules().forEach(r -> types.add(r.factType()));
                    Period p = Period.parse(Cycle.valueOf(rs.getString(3)), rs.getString(4));
                    out.add(new CountedPeriod(
                            rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(), p.chineseLabel(), types));
                },
                campaign.getUnitId(),
                campaign.getId(),
                campaign.getCycle().name(),
                campaign.getPeriodStart(),
                campaign.getPeriodEnd());
        return out;
    }

    private static String countedIn(List<CountedPeriod> counted, LedgerEntry e) {
        for (CountedPeriod p : counted) {
            if (p.factTypes().contains(e.getFactType())
                    && !e.getOccurredOn().isBefore(p.start())
                    && !e.getOccurredOn().isAfter(p.end())) {
                return p.label();
            }
        }
        return null;
    }

    private List<Long> allUnits() {
        return jdbc.queryForList("select id from org_unit", Long.class);
    }

    /**
     * Results of the same unit's earlier finalised campaigns of this cycle, keyed by the assessed subject (a unit's
     * results stay the unit's when its head changes): the earlier periods of the same year (roll-ups, seed 003 六2: 一年
     * 累计被评定为D等…) or, for an annual campaign, the years before (seed 002 四(二)5 连续两年排名最后). The place and the
     * number ranked are those of the subject's ranking group in that campaign.
     */
    private List<PriorResult> priorResults(Campaign campaign, boolean units) {
        boolean annual = campaign.getCycle() == Cycle.ANNUAL;
        LocalDate from = annual
                ? campaign.getPeriodStart().minusYears(LOOK_BACK_YEARS)
                : campaign.getPeriodStart().withDayOfYear(1);
        List<PriorResult> prior = new ArrayList<>();
        List<Map<String, Object>> earlier = jdbc.queryForList(
                "select c.id, c.period_label, c.group_result from campaign c"
                        + " where c.unit_id = ? and c.cycle = ? and c.status = 'FINALISED' and c.id <> ?"
                        + " and c.period_start >= ? and c.period_end < ? order by c.period_start",
                campaign.getUnitId(),
                campaign.getCycle().name(),
                campaign.getId(),
                from,
                campaign.getPeriodStart());
        for (Map<String, Object> c : earlier) {
            Map<String, int[]> places = places((String) c.get("group_result"));
            jdbc.query(
                    "select coalesce(a.subject_unit_id, a.cadre_id), a.total, a.grade, a.rank_no from assessment a"
                            + " where a.campaign_id = ? and a.subject_unit_id is " + (units ? "not null" : "null"),
                    rs -> {
                        String subject = String.valueOf(rs.getLong(1));
                        int[] place = places.get(subject);
                        prior.add(new PriorResult(
                                subject,
                                (String) c.get("period_label"),
                                rs.getBigDecimal(2),
                                rs.getString(3),
                                place == null ? null : place[0],
                                place == null ? null : place[1]));
                    },
                    ((Number) c.get("id")).longValue());
        }
        return prior;
    }

    /** Each subject's place and the size of its ranking group, from a campaign's stored group results. */
    private Map<String, int[]> places(String groupResult) {
        Map<String, int[]> out = new HashMap<>();
        if (groupResult == null || RankingFailure.isFailure(groupResult)) {
            return out;
        }
        try {
            JsonNode groups = json.readTree(groupResult);
            for (JsonNode g : groups) {
                JsonNode ranking = g.path("ranking");
                for (JsonNode e : ranking) {
                    out.put(
                            e.path("subjectId").asText(),
                            new int[] {e.path("rank").asInt(), ranking.size()});
                }
            }
        } catch (JsonProcessingException e) {
            return out;
        }
        return out;
    }

    /**
     * The monthly 党建 grades of the subjects' villages in the campaign's quarter up to its last month (seed 003 六3:
     * 每季度中有2个月…), when the scheme has a VILLAGE roll-up; null otherwise (the engine's earlier reading).
     */
    private List<ScoringInput.VillageGrade> villageGrades(
            Campaign campaign, SchemeVersion scheme, List<Subject> subjects) {
        boolean villageRollUp = scheme.rollUps().stream().anyMatch(r -> r.source() == RollUpSource.VILLAGE);
        if (!villageRollUp || campaign.getCycle() == Cycle.ANNUAL) {
            return null;
        }
        Set<Long> villages = new HashSet<>();
        subjects.stream().filter(s -> s.villageId() != null).forEach(s -> villages.add(Long.valueOf(s.villageId())));
        YearMonth start = YearMonth.from(campaign.getPeriodStart());
        YearMonth quarterStart = YearMonth.of(start.getYear(), ((start.getMonthValue() - 1) / 3) * 3 + 1);
        return villageGrades.of(villages, quarterStart, YearMonth.from(campaign.getPeriodEnd()));
    }

    private static StaffType staffType(String s) {
        if (s == null) {
            return StaffType.ESTABLISHED;
        }
        return switch (s) {
            case "CONTRACTED" -> StaffType.HIRED;
            case "SECONDED" -> StaffType.SECONDED;
            case "NON_ESTABLISHED" -> StaffType.NON_ESTABLISHED;
            default -> StaffType.ESTABLISHED;
        };
    }

    private String problems(KaoheException e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", e.errorCode().code());
        m.put("message", e.getMessage());
        m.put("problems", e.problems());
        return write(m);
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            out.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return out;
    }
}
