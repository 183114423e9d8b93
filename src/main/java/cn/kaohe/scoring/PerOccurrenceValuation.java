package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.mul;
import static cn.kaohe.scoring.Decimals.text;

import cn.kaohe.scoring.ScoringInput.LedgerFact;
import cn.kaohe.scoring.model.FactRule;

/** PER_OCCURRENCE: the rule's points × the fact's quantity (seed 000 三(二)1: 迟到一次扣2分). */
final class PerOccurrenceValuation implements FactValuation {

    @Override
    public Valued value(FactRule rule, LedgerFact fact) {
        return new Valued(
                mul(rule.points(), fact.quantity()), text(fact.quantity()) + " × " + text(rule.points()) + " 分");
    }
}
