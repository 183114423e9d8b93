package cn.kaohe.scoring;

import cn.kaohe.scoring.ScoringInput.LedgerFact;
import cn.kaohe.scoring.ScoringInput.Subject;
import cn.kaohe.scoring.ScoringOutcome.ExplanationLine;
import cn.kaohe.scoring.ScoringOutcome.Reason;
import cn.kaohe.scoring.model.FactRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mutable working state of one subject during one engine run (never shared between runs). */
final class SubjectWork {

    /** One fact hitting this subject under one rule; magnitude ≥ 0, sign from the rule. */
    static final class Hit {
        /** Date order (undated first), then fact id: the order sub-caps and repeats are applied in. */
        static final Comparator<Hit> BY_DATE = Comparator.comparing(
                        (Hit h) -> h.fact.date(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(h -> h.fact.id());

        final FactRule rule;
        final LedgerFact fact;
        BigDecimal magnitude = BigDecimal.ZERO;
        String note = "";
        /** The fact also hit a subject whose score this derived subject averages (参数 ownFacts: IN_AVERAGE_ONLY). */
        boolean inAverage;

        Hit(FactRule rule, LedgerFact fact) {
            this.rule = rule;
            this.fact = fact;
        }
    }

    record MoneyLine(String ruleId, String factId, BigDecimal amount, String description) {}

    final Subject subject;
    final boolean derived;
    final Map<String, BigDecimal> categories = new LinkedHashMap<>();
    final List<ExplanationLine> lines = new ArrayList<>();
    final List<Hit> hits = new ArrayList<>(4);
    final List<Reason> reasons = new ArrayList<>(0);
    final List<String> consequences = new ArrayList<>(0);
    final List<MoneyLine> money = new ArrayList<>(0);
    boolean excellenceLost;
    BigDecimal withholdPercent = BigDecimal.ZERO;
    BigDecimal payFactor = BigDecimal.ONE;
    boolean noPay;
    int gradeCapIndex = -1;
    String forcedGrade;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal displayTotal = BigDecimal.ZERO;
    String grade;
    String gradeLabel;
    int rank;
    ScoringOutcome.Pay pay = ScoringOutcome.Pay.none();

    SubjectWork(Subject subject, boolean derived) {
        this.subject = subject;
        this.derived = derived;
    }

    String id() {
        return subject.id();
    }

    /** Taken out of this period's ranking with a reason (never scored, ranked, graded or paid). */
    boolean excluded() {
        return subject.excluded();
    }

    void loseExcellence(Reason reason) {
        excellenceLost = true;
        reasons.add(reason);
    }
}
