package cn.kaohe.scoring;

import cn.kaohe.scoring.ScoringInput.LedgerFact;
import cn.kaohe.scoring.model.FactRule;
import java.math.BigDecimal;

/**
 * A valuation policy: the points one fact is worth under one rule, before factors and caps, with the words that
 * explain them. One implementation per {@link cn.kaohe.scoring.model.Valuation}, registered in {@link
 * FactApplication}.
 */
interface FactValuation {

    /** Points (≥ 0, the rule's direction gives the sign) and how they were found. */
    record Valued(BigDecimal magnitude, String how) {}

    Valued value(FactRule rule, LedgerFact fact);
}
