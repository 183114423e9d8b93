package cn.kaohe.campaign;

import cn.kaohe.org.PostTerm;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scheme.SchemeDocuments;
import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.ScoringInput;
import cn.kaohe.scoring.ScoringInput.Adjustment;
import cn.kaohe.scoring.ScoringInput.LedgerFact;
import cn.kaohe.scoring.ScoringInput.Rating;
import cn.kaohe.scoring.ScoringInput.Role;
import cn.kaohe.scoring.ScoringInput.Subject;
import cn.kaohe.scoring.ScoringOutcome;
import cn.kaohe.scoring.ScoringOutcome.SubjectResult;
import cn.kaohe.scoring.model.CategorySource;
import cn.kaohe.scoring.model.PayMode;
import cn.kaohe.scoring.model.RollUpSource;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.SubjectKind;
import cn.kaohe.shared.Cycle;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Period;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the scoring engine's input for a campaign — the roster slice ({@link CampaignSubjects}), ledger facts of the
 * period ({@link CampaignFacts}), the leaders' and the groups' ratings, earlier results ({@link PriorResults}), targets,
 * village grades, committee and appeal adjustments — and maps the explained outcome back onto the assessments.
 */
@Component
class EngineScorer implements CampaignScorer {

    private final ScoringEngine engine = new ScoringEngine();
    private final SchemeCatalog schemes;
    private final SchemeAdapter schemeAdapter;
    private final GroupRatingRepository groupRatings;
    private final RatingTallies tallies;
    private final CampaignTargets targets;
    private final VillageGrades villageGrades;
    private final CampaignSubjects roster;
    private final CampaignFacts ledgerFacts;
    private final PriorResults priors;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json = SchemeDocuments.json();

    /**
     * One cadre's group ratings, for one assessment's score after a step: plain SQL — a repository query's proxies,
     * plan lookup and entity registration cost more than the read (docs/adr/0013, addendum "the engine's bookkeeping").
     */
    private static final String ONE_CADRE_GROUP_RATINGS = "select id, campaign_id, cadre_id, rater_group, rater, part,"
            + " score, grade, entered_by, entered_at from group_rating where campaign_id = ? and cadre_id = ?"
            + " order by id";

    EngineScorer(
            SchemeCatalog schemes,
            SchemeAdapter schemeAdapter,
            GroupRatingRepository groupRatings,
            RatingTallies tallies,
            CampaignTargets targets,
            VillageGrades villageGrades,
            CampaignSubjects roster,
            CampaignFacts ledgerFacts,
            PriorResults priors,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.schemeAdapter = schemeAdapter;
        this.groupRatings = groupRatings;
        this.tallies = tallies;
        this.targets = targets;
        this.villageGrades = villageGrades;
        this.roster = roster;
        this.ledgerFacts = ledgerFacts;
        this.priors = priors;
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

    /** {@link #ONE_CADRE_GROUP_RATINGS}: one cadre's group ratings in the campaign, in the order they were entered. */
    static List<GroupRating> groupRatingsOfOne(JdbcTemplate jdbc, long campaignId, long cadreId) {
        return jdbc.query(ONE_CADRE_GROUP_RATINGS, (rs, n) -> GroupRating.read(rs), campaignId, cadreId);
    }

    private static long onlyCadre(Set<Long> cadres) {
        if (cadres.size() != 1) {
            throw new IllegalStateException("a score after a step scores one assessment, not " + cadres.size());
        }
        return cadres.iterator().next();
    }

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
                ? roster.unitSubjects(
                        campaign,
                        scheme,
                        assessments.stream().map(Assessment::getSubjectUnitId).toList(),
                        scheme.pay().mode() == PayMode.UNIT_PRIZE,
                        excluded)
                : roster.subjects(campaign, scheme, byCadre.keySet(), excluded);
        Set<Long> unitIds = new HashSet<>();
        subjects.forEach(s -> unitIds.add(Long.valueOf(units ? s.id() : s.unitId())));
        List<LedgerFact> facts =
                // a cadre scheme's whole ranking reads the facts of every unit (a leader answers for the units he
                // supervises, 全办人员 for their office); a unit scheme only those of its own units — a fact of another
                // township's unit in the same period names no subject of this campaign and must not block its ranking
                ledgerFacts.facts(
                        campaign,
                        scheme,
                        units,
                        byCadre.keySet(),
                        whole && !units ? ledgerFacts.allUnits() : List.copyOf(unitIds));
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
                // the score after a step scores one assessment (scoreOne): its cadre's ratings, plain SQL
                : groupRatingsOfOne(jdbc, campaign.getId(), onlyCadre(byCadre.keySet()));
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
                priors.periodScores(campaign, scheme).stream()
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
                whole ? priors.priorResults(campaign, units) : List.of(),
                engineAdjustments,
                campaign.getPayPool(),
                payout(campaign),
                villageGrades(campaign, scheme, subjects));
        return new Prepared(scheme, input, subjectOf, gradeOverrides);
    }

    /** Every fact of a campaign (the whole campaign's view), for checks. */
    List<LedgerFact> facts(Campaign campaign) {
        return ledgerFacts.facts(campaign);
    }

    /** See {@link CampaignSubjects#memberRole}. */
    static Role memberRole(String postRank, boolean prizes) {
        return CampaignSubjects.memberRole(postRank, prizes);
    }

    /** See {@link CampaignSubjects#monthsInPost}. */
    static Integer monthsInPost(List<PostTerm> terms, int year) {
        return CampaignSubjects.monthsInPost(terms, year);
    }

    /** See {@link CampaignSubjects#groupsOf}. */
    static Set<String> groupsOf(SchemeVersion scheme) {
        return CampaignSubjects.groupsOf(scheme);
    }

    /** Whether the scheme has a category fed by the target register (seed 004 第十二条(一): 目标责任书考核分). */
    static boolean hasCompletion(SchemeVersion scheme) {
        return scheme.categories().stream().anyMatch(c -> c.source() == CategorySource.COMPLETION);
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
