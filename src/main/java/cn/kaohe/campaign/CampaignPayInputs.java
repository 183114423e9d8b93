package cn.kaohe.campaign;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.shared.Cycle;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Period;
import cn.kaohe.shared.Problem;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the office sets on a campaign besides the roster and the ledger (issue 13): the pay pool (奖金总额) and the
 * payout period. Checked when opening and changeable, with a reason (audited), until the ranking is computed.
 *
 * <ul>
 *   <li>A campaign has the scheme's cycle: a monthly campaign under an annual scheme is refused.
 *   <li>A scheme that shares a pool by score (seed 000 四1 按个人所得分折算, 不得突破奖金申请总额) needs a pool; a pool is
 *       never ≤ 0; a scheme paying no pool takes none.
 *   <li>The payout period contains the campaign's period and is at least as long (seed 003 五 按季度发放: the monthly
 *       campaign of September pays the third quarter, 2026-Q3). Only schemes paying by grade per month spread a payout
 *       over several campaigns; the others pay their own period.
 * </ul>
 */
@Service
public class CampaignPayInputs {

    /** Statuses before the ranking is computed. */
    private static final Set<CampaignStatus> BEFORE_RANKING =
            Set.of(CampaignStatus.OPENING, CampaignStatus.IN_PROGRESS, CampaignStatus.REWORK);

    private final CampaignRepository campaigns;
    private final CampaignScheme schemes;
    private final AuditTrail audit;

    CampaignPayInputs(CampaignRepository campaigns, CampaignScheme schemes, AuditTrail audit) {
        this.campaigns = campaigns;
        this.schemes = schemes;
        this.audit = audit;
    }

    /** The checked inputs: the pool (scale 2) and the payout period label (null = the campaign's own period). */
    public record PayInputs(BigDecimal pool, String payoutPeriod) {}

    /** Checks a campaign's cycle against its scheme (opening). */
    void checkCycle(long schemeVersionId, Cycle cycle) {
        CampaignScheme.PayNeeds needs = schemes.payNeeds(schemeVersionId);
        if (needs.cycle() != cycle) {
            throw new KaoheException(
                    CampaignError.CYCLE_NOT_IN_SCHEME,
                    List.of(Problem.ofField("cycle", "本方案只能开启" + needs.cycle().label() + "考核")),
                    needs.schemeName(),
                    needs.cycle().label(),
                    cycle.label());
        }
    }

    /** Checks the pool and the payout period of a campaign of {@code period} under the scheme. */
    PayInputs check(long schemeVersionId, Period period, BigDecimal pool, String payoutPeriod) {
        CampaignScheme.PayNeeds needs = schemes.payNeeds(schemeVersionId);
        if (pool != null && pool.signum() <= 0) {
            throw new KaoheException(
                    CampaignError.PAY_POOL_NOT_POSITIVE,
                    List.of(Problem.ofField("payPool", "奖金总额应大于 0")),
                    pool.toPlainString());
        }
        if (pool == null && needs.poolShared()) {
            throw new KaoheException(
                    CampaignError.PAY_POOL_REQUIRED,
                    List.of(Problem.ofField("payPool", "请填写奖金总额")),
                    needs.schemeName());
        }
        if (pool != null && !needs.poolAllowed()) {
            throw new KaoheException(
                    CampaignError.PAY_POOL_NOT_USED,
                    List.of(Problem.ofField("payPool", "本方案不需要奖金总额")),
                    needs.schemeName());
        }
        String payout = payoutPeriod == null || payoutPeriod.isBlank() ? null : payoutPeriod.trim();
        if (payout != null) {
            Period p = payoutPeriod(payout);
            if (p.start().isAfter(period.start()) || p.end().isBefore(period.end())) {
                throw badPayout(payout, "应包含考核期间 " + period.chineseLabel());
            }
            if (!needs.poolChecked() && !p.label().equals(period.label())) {
                throw badPayout(payout, "本方案按考核期间计发，发放期间只能是 " + period.label());
            }
            payout = p.label().equals(period.label()) ? null : p.label();
        }
        return new PayInputs(pool == null ? null : pool.setScale(2, java.math.RoundingMode.HALF_UP), payout);
    }

    /**
     * Changes a campaign's pool and payout period before the ranking (audited with before and after, and the
     * reason).
     */
    @Transactional
    public Campaign change(long campaignId, BigDecimal pool, String payoutPeriod, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new KaoheException(CampaignError.REASON_REQUIRED, List.of(Problem.ofField("reason", "请填写理由")));
        }
        Campaign campaign =
                campaigns.findById(campaignId).orElseThrow(() -> KaoheException.notFound("考核批次", campaignId));
        if (!BEFORE_RANKING.contains(campaign.getStatus())) {
            throw new KaoheException(
                    CampaignError.PAY_INPUTS_AFTER_RANKING,
                    List.of(Problem.ofField("payPool", "排名后不能修改")),
                    campaign.getStatus().label());
        }
        Period period = Period.parse(campaign.getCycle(), campaign.getPeriodLabel());
        PayInputs checked = check(campaign.getSchemeVersionId(), period, pool, payoutPeriod);
        Map<String, Object> before = snapshot(campaign.getPayPool(), campaign.getPayoutPeriod());
        campaign.payInputs(checked.pool(), checked.payoutPeriod());
        campaigns.saveAndFlush(campaign);
        audit.record(AuditEvent.changed(
                "CAMPAIGN_PAY_INPUTS_CHANGED",
                "Campaign",
                campaignId,
                before,
                snapshot(checked.pool(), checked.payoutPeriod()),
                reason.trim()));
        return campaign;
    }

    static Map<String, Object> snapshot(BigDecimal pool, String payout) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("payPool", pool == null ? null : pool.toPlainString());
        m.put("payoutPeriod", payout);
        return m;
    }

    static Period payoutPeriod(String label) {
        for (Cycle c : Cycle.values()) {
            try {
                return Period.parse(c, label);
            } catch (IllegalArgumentException e) {
                // try the next cycle's form
            }
        }
        throw badPayout(label, "应写作 2026、2026-Q3 或 2026-09 这样的形式");
    }

    private static KaoheException badPayout(String label, String why) {
        return new KaoheException(
                CampaignError.BAD_PAYOUT_PERIOD, List.of(Problem.ofField("payoutPeriod", why)), label, why);
    }
}
