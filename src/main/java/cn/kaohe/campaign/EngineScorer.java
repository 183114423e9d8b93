package cn.kaohe.campaign;

import cn.kaohe.ledger.LedgerEntry;
import cn.kaohe.ledger.LedgerService;
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
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.Cycle;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Period;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
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
    private final ObjectMapper json = SchemeDocuments.json();

    EngineScorer(
            SchemeCatalog schemes,
            SchemeAdapter schemeAdapter,
            LedgerService ledger,
            GroupRatingRepository groupRatings,
            RatingTallies tallies,
            JdbcTemplate jdbc,
            CampaignTargets targets) {
        this.schemes = schemes;
        this.schemeAdapter = schemeAdapter;
        this.ledger = ledger;
        this.groupRatings = groupRatings;
        this.tallies = tallies;
        this.jdbc = jdbc;
        this.targets = targets;
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
        return new CampaignResult(results, write(outcome.groups()));
    }

    private Prepared prepare(
            Campaign campaign, List<Assessment> assessments, List<ResultAdjustment> adjustments, boolean whole) {
        SchemeVersion scheme = schemes.model(campaign.getSchemeVersionId());

        boolean units = scheme.subjectKind() == SchemeVersion.SubjectKind.UNIT;
        Map<Long, Assessment> byCadre = new LinkedHashMap<>();
        assessments.forEach(a -> byCadre.put(a.getCadreId(), a));
        // the engine's subject id: the cadre, or the unit assessed (whose head is the assessment's cadre)
        Map<Long, String> subjectOf = new HashMap<>();
        assessments.forEach(
                a -> subjectOf.put(a.getCadreId(), String.valueOf(units ? a.getSubjectUnitId() : a.getCadreId())));
        List<Subject> subjects = units
                ? unitSubjects(
                        assessments.stream().map(Assessment::getSubjectUnitId).toList(),
                        scheme.pay().mode() == SchemeVersion.PayMode.UNIT_PRIZE)
                : subjects(byCadre.keySet());
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
        for (GroupRating g : groupRatings.findByCampaignIdOrderByIdAsc(campaign.getId())) {
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
                whole ? priorResults(campaign) : List.of(),
                engineAdjustments,
                campaign.getPayPool(),
                payout(campaign));
        return new Prepared(scheme, input, subjectOf, gradeOverrides);
    }

    /** Whether the scheme has a category fed by the target register (seed 004 第十二条(一): 目标责任书考核分). */
    static boolean hasCompletion(SchemeVersion scheme) {
        return scheme.categories().stream().anyMatch(c -> c.source() == SchemeVersion.CategorySource.COMPLETION);
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
        return facts(campaign, scheme, scheme.subjectKind() == SchemeVersion.SubjectKind.UNIT, List.of(), allUnits());
    }

    private List<Subject> subjects(Collection<Long> cadreIds) {
        if (cadreIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> supervised = new HashMap<>();
        jdbc.query("select leader_id, unit_id from supervision", rs -> {
            supervised.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(String.valueOf(rs.getLong(2)));
        });
        List<Subject> subjects = new ArrayList<>();
        for (List<Long> chunk : chunks(List.copyOf(cadreIds), 500)) {
            String in = String.join(",", chunk.stream().map(String::valueOf).toList());
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
                        subjects.add(new Subject(
                                String.valueOf(id),
                                rs.getString("name"),
                                null,
                                String.valueOf(rs.getLong("unit_id")),
                                role,
                                supervised.getOrDefault(id, List.of()),
                                staffType(rs.getString("staff_type")),
                                resident ? String.valueOf(village) : null,
                                resident,
                                null,
                                Set.of(rs.getString("kind")),
                                List.of()));
                    });
        }
        return subjects;
    }

    /** Units as subjects, with their people as members (unit outcomes and prizes reach them, seed 002 四(三)). */
    private List<Subject> unitSubjects(List<Long> unitIds, boolean prizes) {
        List<Subject> subjects = new ArrayList<>();
        for (Long unitId : unitIds) {
            Map<String, Object> unit = jdbc.queryForMap("select id, name, kind from org_unit where id = ?", unitId);
            List<ScoringInput.Member> members = new ArrayList<>();
            jdbc.query(
                    "select id, name, post_rank from cadre where unit_id = ? and active order by id",
                    rs -> {
                        members.add(new ScoringInput.Member(
                                String.valueOf(rs.getLong(1)),
                                rs.getString(2),
                                memberRole(rs.getString(3), prizes),
                                null,
                                null));
                    },
                    unitId);
            if (prizes) {
                // seed 004 第二十一条: the unit's own 主要领导、班子成员、职工 share its prize; the township's
                // supervising leaders belong to another unit
                subjects.add(unitSubject(unitId, unit, members));
                continue;
            }
            jdbc.query(
                    "select c.id, c.name from supervision s join cadre c on c.id = s.leader_id where s.unit_id = ?"
                            + " and c.active",
                    rs -> {
                        members.add(new ScoringInput.Member(
                                String.valueOf(rs.getLong(1)), rs.getString(2), Role.LEADERSHIP_MEMBER, null, null));
                    },
                    unitId);
            subjects.add(unitSubject(unitId, unit, members));
        }
        return subjects;
    }

    private static Subject unitSubject(Long unitId, Map<String, Object> unit, List<ScoringInput.Member> members) {
        return new Subject(
                String.valueOf(unitId),
                (String) unit.get("name"),
                null,
                null,
                Role.STAFF,
                List.of(),
                StaffType.ESTABLISHED,
                null,
                false,
                null,
                Set.of(String.valueOf(unit.get("kind"))),
                members);
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
                .filter(c -> c.source() == SchemeVersion.CategorySource.PERIODS)
                .map(SchemeVersion.Category::id)
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
        boolean containsPeriods =
                scheme.categories().stream().anyMatch(c -> c.source() == SchemeVersion.CategorySource.PERIODS);
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

    /** Results of the same unit's earlier campaigns of this cycle in the same year (roll-ups, seed 003 六). */
    private List<PriorResult> priorResults(Campaign campaign) {
        List<PriorResult> prior = new ArrayList<>();
        jdbc.query(
                "select a.cadre_id, c.period_label, a.total, a.grade, a.rank_no,"
                        + " (select count(*) from assessment x where x.campaign_id = c.id) as n"
                        + " from assessment a join campaign c on c.id = a.campaign_id"
                        + " where c.unit_id = ? and c.cycle = ? and c.status = 'FINALISED' and c.id <> ?"
                        + " and c.period_start >= ? and c.period_end < ?",
                rs -> {
                    prior.add(new PriorResult(
                            String.valueOf(rs.getLong(1)),
                            rs.getString(2),
                            rs.getBigDecimal(3),
                            rs.getString(4),
                            (Integer) rs.getObject(5, Integer.class),
                            rs.getInt(6)));
                },
                campaign.getUnitId(),
                campaign.getCycle().name(),
                campaign.getId(),
                campaign.getPeriodStart().withDayOfYear(1),
                campaign.getPeriodStart());
        return prior;
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

    private static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            out.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return out;
    }
}
