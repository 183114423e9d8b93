package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.mul;
import static cn.kaohe.scoring.Decimals.text;

import cn.kaohe.scoring.ScoringInput.LedgerFact;
import cn.kaohe.scoring.model.FactRule;
import java.math.BigDecimal;

/** PER_LEVEL: the points of the fact's level × its quantity (通报批评 省30/市20/县10/镇5). */
final class PerLevelValuation implements FactValuation {

    @Override
    public Valued value(FactRule rule, LedgerFact fact) {
        BigDecimal unit = rule.levelPoints().get(fact.level());
        return new Valued(
                mul(unit, fact.quantity()),
                Vocabulary.level(fact.level()) + " " + text(fact.quantity()) + " × " + text(unit) + " 分");
    }
}
