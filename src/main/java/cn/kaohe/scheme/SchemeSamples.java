package cn.kaohe.scheme;

import cn.kaohe.scoring.ScoringInput;
import cn.kaohe.scoring.ScoringInput.LedgerFact;
import cn.kaohe.scoring.ScoringInput.PeriodScore;
import cn.kaohe.scoring.ScoringInput.Rating;
import cn.kaohe.scoring.ScoringInput.Role;
import cn.kaohe.scoring.ScoringInput.StaffType;
import cn.kaohe.scoring.ScoringInput.Subject;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.SchemeVersion.Category;
import cn.kaohe.scoring.model.SchemeVersion.Direction;
import cn.kaohe.scoring.model.SchemeVersion.FactRule;
import cn.kaohe.scoring.model.SchemeVersion.PeriodTerm;
import cn.kaohe.scoring.model.SchemeVersion.RatingComponent;
import cn.kaohe.scoring.model.SchemeVersion.RatingSet;
import cn.kaohe.scoring.model.SchemeVersion.Valuation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small sample to try a scheme on before saving it: three sample cadres (甲 rated best, 丙 worst), a rating from
 * every rater group a rating category names, the best/middle/worst grade of every mapped-grade category, a score for
 * every period a period category averages, and the first deduction and credit rules of the scheme applied to 乙 and 丙.
 * The office reads the result with its explanation lines, as a campaign would show it.
 */
public final class SchemeSamples {

    static final String PERIOD = "2026";
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final String[] IDS = {"sample-1", "sample-2", "sample-3"};
    private static final int[] SCORES = {95, 85, 75};

    private SchemeSamples() {}

    /** The sample input; {@code withFacts} false leaves the ledger empty (a scheme whose rules need more data). */
    public static ScoringInput of(SchemeVersion scheme, boolean withFacts) {
        boolean units = scheme.subjectKind() == SchemeVersion.SubjectKind.UNIT;
        String[] names = units ? new String[] {"样例单位甲", "样例单位乙", "样例单位丙"} : new String[] {"样例干部甲", "样例干部乙", "样例干部丙"};
        List<Subject> subjects = new ArrayList<>();
        for (int i = 0; i < IDS.length; i++) {
            subjects.add(new Subject(
                    IDS[i],
                    names[i],
                    null,
                    "sample-unit",
                    Role.STAFF,
                    List.of(),
                    StaffType.ESTABLISHED,
                    null,
                    false,
                    12,
                    Set.of(),
                    List.of(),
                    null));
        }
        List<Rating> ratings = new ArrayList<>();
        List<PeriodScore> periods = new ArrayList<>();
        for (Category c : scheme.categories()) {
            switch (c.source()) {
                case RATING -> {
                    for (RatingSet set : c.ratingSets()) {
                        for (RatingComponent comp : set.components()) {
                            String part = comp.part() == null ? c.id() : comp.part();
                            for (int i = 0; i < IDS.length; i++) {
                                BigDecimal score = c.ratingScale()
                                        .multiply(BigDecimal.valueOf(SCORES[i]))
                                        .divide(BigDecimal.valueOf(100));
                                ratings.add(new Rating(IDS[i], comp.raterGroup(), "sample-rater", part, score, null));
                            }
                        }
                    }
                }
                case MAPPED_GRADE -> {
                    List<String> grades = c.gradePoints().entrySet().stream()
                            .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()))
                            .map(Map.Entry::getKey)
                            .toList();
                    for (int i = 0; i < IDS.length && !grades.isEmpty(); i++) {
                        String grade = grades.get(Math.min(i * (grades.size() - 1) / 2, grades.size() - 1));
                        ratings.add(new Rating(IDS[i], null, "sample-rater", c.id(), null, grade));
                    }
                }
                case PERIODS -> {
                    for (PeriodTerm term : c.periodTerms()) {
                        for (String period : term.periods()) {
                            for (int i = 0; i < IDS.length; i++) {
                                periods.add(new PeriodScore(IDS[i], c.id(), period, BigDecimal.valueOf(SCORES[i])));
                            }
                        }
                    }
                }
                default -> {
                    // BASE and ZERO categories move with ledger facts; COMPLETION needs a target register
                }
            }
        }
        List<LedgerFact> facts = new ArrayList<>();
        if (withFacts) {
            FactRule deduction = first(scheme, Direction.DEDUCTION);
            FactRule credit = first(scheme, Direction.CREDIT);
            if (deduction != null) {
                facts.add(fact("sample-fact-1", deduction, IDS[1], 1));
                facts.add(fact("sample-fact-2", deduction, IDS[2], 2));
            }
            if (credit != null) {
                facts.add(fact("sample-fact-3", credit, IDS[0], 1));
            }
        }
        return new ScoringInput(PERIOD, subjects, facts, ratings, periods, List.of(), List.of(), List.of(), null);
    }

    private static FactRule first(SchemeVersion scheme, Direction direction) {
        return scheme.factRules().stream()
                .filter(r -> r.direction() == direction && r.factType() != null)
                .filter(r -> r.valuation() == Valuation.PER_OCCURRENCE || r.valuation() == Valuation.PER_LEVEL)
                .findFirst()
                .orElse(null);
    }

    private static LedgerFact fact(String id, FactRule rule, String subject, int quantity) {
        String level = rule.levels().isEmpty() ? null : rule.levels().get(0);
        return new LedgerFact(
                id,
                rule.factType(),
                level,
                DAY,
                List.of(subject),
                "sample-unit",
                BigDecimal.valueOf(quantity),
                null,
                null,
                "样例：" + (rule.name() == null ? rule.factType() : rule.name()),
                null,
                false,
                null);
    }
}
