package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.mul;
import static cn.kaohe.scoring.Decimals.text;

import cn.kaohe.scoring.ScoringInput.LedgerFact;
import cn.kaohe.scoring.SubjectWork.Hit;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.Direction;
import cn.kaohe.scoring.model.FactRule;
import cn.kaohe.scoring.model.RepeatMode;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.Valuation;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a subject's hits to its categories: (1) each hit valued by its rule's {@link FactValuation} and multiplied
 * by the rule's factors, its money noted; (2) {@link RepeatedWorkItem}; (3) {@link HighestPerWorkItem}; (4) sub-caps
 * in date order, then each hit added to or removed from its category with an explanation line.
 */
final class FactApplication {

    private static final Map<Valuation, FactValuation> VALUATIONS = new EnumMap<>(Valuation.class);

    static {
        VALUATIONS.put(Valuation.PER_OCCURRENCE, new PerOccurrenceValuation());
        VALUATIONS.put(Valuation.PER_LEVEL, new PerLevelValuation());
        VALUATIONS.put(Valuation.COMMITTEE, new CommitteeValuation());
        VALUATIONS.put(Valuation.NONE, new NoValuation());
        for (Valuation v : Valuation.values()) {
            if (!VALUATIONS.containsKey(v)) {
                throw new IllegalStateException("no valuation policy for " + v);
            }
        }
    }

    private FactApplication() {}

    static void apply(ScoringRun run, SubjectWork w) {
        if (w.hits.isEmpty()) {
            return;
        }
        for (Hit h : w.hits) {
            value(run.scheme, w, h);
        }
        RepeatedWorkItem.apply(w);
        HighestPerWorkItem.apply(w);
        w.hits.sort(Hit.BY_DATE);
        Map<String, BigDecimal> used = new HashMap<>();
        for (Hit h : w.hits) {
            FactRule r = h.rule;
            if (r.valuation() == Valuation.NONE) {
                continue;
            }
            Category c = run.categories.get(r.category());
            if (r.subCap() != null) {
                subCap(h, c, used);
            }
            BigDecimal delta = r.direction() == Direction.DEDUCTION ? h.magnitude.negate() : h.magnitude;
            w.categories.merge(c.id(), delta, BigDecimal::add);
            Explanation.line(
                    w,
                    c,
                    r.id(),
                    r.clause(),
                    List.of(h.fact.id()),
                    delta,
                    (r.direction() == Direction.DEDUCTION ? "扣分：" : "加分：") + r.name() + "，" + h.note);
        }
    }

    /** Base magnitude by the rule's valuation, then the rule's factor, leader factor and consecutive doubling. */
    private static void value(SchemeVersion scheme, SubjectWork w, Hit h) {
        FactRule r = h.rule;
        LedgerFact f = h.fact;
        FactValuation.Valued valued = VALUATIONS.get(r.valuation()).value(r, f);
        BigDecimal m = valued.magnitude();
        String how = valued.how();
        if (r.factor().compareTo(BigDecimal.ONE) != 0) {
            m = mul(m, r.factor());
            how += "，加倍系数 × " + text(r.factor());
        }
        if (w.subject.leaderRole() && r.leaderFactor().compareTo(BigDecimal.ONE) != 0) {
            m = mul(m, r.leaderFactor());
            how += "，领导加倍 × " + text(r.leaderFactor());
        }
        if (r.repeat() != null && r.repeat().mode() == RepeatMode.FLAGGED_CONSECUTIVE && f.consecutive()) {
            m = mul(m, r.repeat().factor());
            how += "，连续通报加倍 × " + text(r.repeat().factor());
        }
        h.magnitude = h.inAverage ? BigDecimal.ZERO : m;
        h.note = h.inAverage ? "已计入所分管人员的平均分，不再另行计分" : how;
        if (r.moneyPerUnit() != null || (r.moneyPerAmount() != null && f.amount() != null)) {
            BigDecimal money = BigDecimal.ZERO;
            if (r.moneyPerUnit() != null) {
                money = money.add(r.moneyPerUnit().multiply(f.quantity()));
            }
            if (r.moneyPerAmount() != null && f.amount() != null) {
                money = money.add(r.moneyPerAmount().multiply(f.amount()));
            }
            BigDecimal amount = Decimals.money(money, scheme.pay().moneyUnit());
            w.money.add(new SubjectWork.MoneyLine(
                    r.id(),
                    f.id(),
                    amount,
                    (r.moneyLabel() == null ? r.name() : r.moneyLabel()) + " " + text(amount) + " 元"));
        }
    }

    /** A sub-cap inside the category: what is left of its limit, in date order. */
    private static void subCap(Hit h, Category c, Map<String, BigDecimal> used) {
        FactRule r = h.rule;
        BigDecimal limit = c.subCaps().stream()
                .filter(sc -> sc.id().equals(r.subCap()))
                .findFirst()
                .orElseThrow()
                .limit();
        BigDecimal before = used.getOrDefault(r.subCap(), BigDecimal.ZERO);
        BigDecimal room = limit.subtract(before).max(BigDecimal.ZERO);
        if (h.magnitude.compareTo(room) > 0) {
            h.note += "；该分项最多 " + text(limit) + " 分，仅计 " + text(room) + " 分";
            h.magnitude = room;
        }
        used.put(r.subCap(), before.add(h.magnitude));
    }
}
