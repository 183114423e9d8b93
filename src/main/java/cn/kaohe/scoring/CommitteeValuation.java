package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.text;

import cn.kaohe.scoring.ScoringInput.LedgerFact;
import cn.kaohe.scoring.model.FactRule;

/** COMMITTEE: the committee's figure the fact carries, within the rule's bounds (扣10–50分); quantity is not read. */
final class CommitteeValuation implements FactValuation {

    @Override
    public Valued value(FactRule rule, LedgerFact fact) {
        return new Valued(fact.points(), "领导小组审定 " + text(fact.points()) + " 分（" + fact.reason() + "）");
    }
}
