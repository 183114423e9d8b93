package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.mul;

import cn.kaohe.scoring.ScoringInput.LedgerFact;
import cn.kaohe.scoring.model.FactRule;
import java.math.BigDecimal;

/** NONE: no points; the rule only has effects and money (discipline → pay withholding). */
final class NoValuation implements FactValuation {

    @Override
    public Valued value(FactRule rule, LedgerFact fact) {
        return new Valued(mul(BigDecimal.ZERO, fact.quantity()), "");
    }
}
