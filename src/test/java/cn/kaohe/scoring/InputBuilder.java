package cn.kaohe.scoring;

import cn.kaohe.scoring.ScoringInput.Adjustment;
import cn.kaohe.scoring.ScoringInput.LedgerFact;
import cn.kaohe.scoring.ScoringInput.Member;
import cn.kaohe.scoring.ScoringInput.PeriodScore;
import cn.kaohe.scoring.ScoringInput.PriorResult;
import cn.kaohe.scoring.ScoringInput.Rating;
import cn.kaohe.scoring.ScoringInput.Role;
import cn.kaohe.scoring.ScoringInput.StaffType;
import cn.kaohe.scoring.ScoringInput.Subject;
import cn.kaohe.scoring.ScoringInput.TargetOutcome;
import cn.kaohe.scoring.ScoringInput.TargetResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Terse test input: {@code new InputBuilder().cadre("c1", "u1").fact("f1", "LATENESS", null, 3, "c1")}. */
final class InputBuilder {

    final List<Subject> subjects = new ArrayList<>();
    final List<LedgerFact> facts = new ArrayList<>();
    final List<Rating> ratings = new ArrayList<>();
    final List<PeriodScore> periods = new ArrayList<>();
    final List<TargetResult> targets = new ArrayList<>();
    final List<PriorResult> prior = new ArrayList<>();
    final List<Adjustment> adjustments = new ArrayList<>();
    final List<ScoringInput.VillageGrade> villageGrades = new ArrayList<>();
    BigDecimal pool;
    String period = "2021";
    private int day = 1;

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static BigDecimal d(double v) {
        return BigDecimal.valueOf(v);
    }

    InputBuilder subject(Subject s) {
        subjects.add(s);
        return this;
    }

    InputBuilder cadre(String id, String unit) {
        return subject(new Subject(id, id, null, unit, Role.STAFF, null, null, null, null, null, null, null));
    }

    InputBuilder head(String id, String unit) {
        return subject(new Subject(id, id, null, unit, Role.UNIT_HEAD, null, null, null, null, null, null, null));
    }

    InputBuilder leader(String id, String... supervised) {
        return subject(new Subject(
                id, id, null, null, Role.LEADERSHIP_MEMBER, List.of(supervised), null, null, null, null, null, null));
    }

    InputBuilder principal(String id) {
        return subject(new Subject(id, id, null, null, Role.PRINCIPAL, null, null, null, null, null, null, null));
    }

    InputBuilder staffType(String id, String unit, StaffType type) {
        return subject(new Subject(id, id, null, unit, Role.STAFF, null, type, null, null, null, null, null));
    }

    InputBuilder villager(String id, String village, boolean resident, String... tags) {
        return subject(
                new Subject(id, id, null, null, Role.STAFF, null, null, village, resident, null, Set.of(tags), null));
    }

    InputBuilder unit(String id, String group, Member... members) {
        return subject(new Subject(id, id, group, null, null, null, null, null, null, null, null, List.of(members)));
    }

    static Member member(String id, Role role) {
        return new Member(id, id, role, null, null);
    }

    InputBuilder fact(String id, String type, String level, Number quantity, String... subjectIds) {
        facts.add(new LedgerFact(
                id,
                type,
                level,
                LocalDate.of(2021, 1, 1).plusDays(day++),
                List.of(subjectIds),
                null,
                new BigDecimal(quantity.toString()),
                null,
                null,
                null,
                null,
                null,
                null));
        return this;
    }

    InputBuilder fact(LedgerFact f) {
        facts.add(f);
        return this;
    }

    InputBuilder workItemFact(String id, String type, String level, String workItem, String... subjectIds) {
        facts.add(new LedgerFact(
                id,
                type,
                level,
                LocalDate.of(2021, 1, 1).plusDays(day++),
                List.of(subjectIds),
                null,
                null,
                null,
                null,
                null,
                workItem,
                null,
                null));
        return this;
    }

    InputBuilder unitFact(String id, String type, String level, String unitId) {
        facts.add(new LedgerFact(
                id,
                type,
                level,
                LocalDate.of(2021, 1, 1).plusDays(day++),
                List.of(),
                unitId,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        return this;
    }

    InputBuilder committee(String id, String type, String points, String reason, String unitId, String... subjectIds) {
        facts.add(new LedgerFact(
                id,
                type,
                null,
                LocalDate.of(2021, 1, 1).plusDays(day++),
                List.of(subjectIds),
                unitId,
                null,
                d(points),
                null,
                reason,
                null,
                null,
                null));
        return this;
    }

    InputBuilder rating(String subject, String group, String part, Number score) {
        ratings.add(new Rating(subject, group, null, part, new BigDecimal(score.toString()), null));
        return this;
    }

    InputBuilder grade(String subject, String part, String grade) {
        ratings.add(new Rating(subject, "VILLAGE_ASSESSMENT", null, part, null, grade));
        return this;
    }

    InputBuilder periodScore(String subject, String category, String period, Number score) {
        periods.add(new PeriodScore(subject, category, period, new BigDecimal(score.toString())));
        return this;
    }

    InputBuilder numericTarget(String subject, String item, Number standard, Number planned, Number actual) {
        targets.add(new TargetResult(
                subject,
                "basic",
                item,
                item,
                new BigDecimal(standard.toString()),
                new BigDecimal(planned.toString()),
                new BigDecimal(actual.toString()),
                null,
                null,
                null,
                null));
        return this;
    }

    InputBuilder target(TargetResult t) {
        targets.add(t);
        return this;
    }

    InputBuilder qualityTarget(String subject, String item, Number standard, TargetOutcome outcome) {
        targets.add(new TargetResult(
                subject,
                "basic",
                item,
                item,
                new BigDecimal(standard.toString()),
                null,
                null,
                outcome,
                null,
                null,
                null));
        return this;
    }

    InputBuilder prior(String subject, String period, String grade) {
        prior.add(new PriorResult(subject, period, null, grade, null, null));
        return this;
    }

    InputBuilder prior(PriorResult p) {
        prior.add(p);
        return this;
    }

    /** A village's monthly 党建 grade and its place among the township's villages that month. */
    InputBuilder villageGrade(String village, String month, String grade, Integer rank, Integer rankCount) {
        villageGrades.add(new ScoringInput.VillageGrade(village, month, null, grade, rank, rankCount));
        return this;
    }

    /** Takes a subject already added out of the ranking with a reason. */
    InputBuilder excluded(String id, String reason) {
        for (int i = 0; i < subjects.size(); i++) {
            Subject s = subjects.get(i);
            if (s.id().equals(id)) {
                subjects.set(
                        i,
                        new Subject(
                                s.id(),
                                s.name(),
                                s.group(),
                                s.unitId(),
                                s.role(),
                                s.supervisedUnitIds(),
                                s.staffType(),
                                s.villageId(),
                                s.villageResident(),
                                s.monthsInPost(),
                                s.tags(),
                                s.members(),
                                reason));
            }
        }
        return this;
    }

    /** A cadre of an office, not resident in a village, whose office liaises with a village (seed 000 三(一)). */
    InputBuilder transferred(String id, String unit, String village, String villageName) {
        return subject(new Subject(
                id,
                id,
                null,
                unit,
                Role.STAFF,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                new ScoringInput.LiaisonVillage(village, villageName)));
    }

    InputBuilder adjust(
            String id, String subject, String target, BigDecimal newValue, BigDecimal delta, String reason) {
        adjustments.add(new Adjustment(id, subject, target, newValue, delta, reason));
        return this;
    }

    private ScoringInput.Payout payout;

    InputBuilder pool(Number pool) {
        this.pool = new BigDecimal(pool.toString());
        return this;
    }

    InputBuilder payout(String label, boolean due, String... priorPeriods) {
        this.payout = new ScoringInput.Payout(label, List.of(priorPeriods), due);
        return this;
    }

    InputBuilder period(String period) {
        this.period = period;
        return this;
    }

    ScoringInput build() {
        return new ScoringInput(
                period,
                subjects,
                facts,
                ratings,
                periods,
                targets,
                prior,
                adjustments,
                pool,
                payout,
                villageGrades.isEmpty() ? null : villageGrades);
    }
}
