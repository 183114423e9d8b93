package cn.kaohe.campaign;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.audit.CurrentActor;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Period;
import cn.kaohe.shared.Problem;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a campaign (validated first, then the scheme frozen and the process started; the assessments are opened in
 * chunks by {@link CampaignOpening}) and cancelling one opened by mistake.
 */
@Service
public class CampaignOpener {

    private final CampaignRepository campaigns;
    private final AssessmentRepository assessments;
    private final CampaignRows rows;
    private final CampaignRoster roster;
    private final CampaignScheme schemes;
    private final CampaignPayInputs payInputs;
    private final CampaignWorkflow workflow;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Clock clock;

    CampaignOpener(
            CampaignRepository campaigns,
            AssessmentRepository assessments,
            CampaignRows rows,
            CampaignRoster roster,
            CampaignScheme schemes,
            CampaignPayInputs payInputs,
            CampaignWorkflow workflow,
            AuditTrail audit,
            CurrentActor actor,
            Clock clock) {
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.rows = rows;
        this.roster = roster;
        this.schemes = schemes;
        this.payInputs = payInputs;
        this.workflow = workflow;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** Opens a campaign: validates everything first, then freezes the scheme and starts the process. */
    @Transactional
    public Campaign open(OpenCampaign command) {
        Period period;
        try {
            period = Period.parse(command.cycle(), command.period());
        } catch (IllegalArgumentException e) {
            throw KaoheException.invalid(List.of(Problem.ofField("period", e.getMessage())));
        }
        String unitName =
                roster.unitName(command.unitId()).orElseThrow(() -> KaoheException.notFound("单位", command.unitId()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!(now.isBefore(command.selfEvaluationDue())
                && command.selfEvaluationDue().isBefore(command.ratingDue())
                && command.ratingDue().isBefore(command.reviewDue()))) {
            throw new KaoheException(CampaignError.DUE_DATES_OUT_OF_ORDER);
        }
        campaigns
                .findByActiveKey(Campaign.activeKey(
                        command.unitId(),
                        command.cycle(),
                        period.label(),
                        schemes.assessesUnits(command.schemeVersionId())))
                .ifPresent(existing -> {
                    throw new KaoheException(
                            CampaignError.DUPLICATE_CAMPAIGN, unitName, period.chineseLabel(), existing.getId());
                });
        payInputs.checkCycle(command.schemeVersionId(), command.cycle());
        CampaignPayInputs.PayInputs pay =
                payInputs.check(command.schemeVersionId(), period, command.payPool(), command.payoutPeriod());
        boolean units = schemes.assessesUnits(command.schemeVersionId());
        int count = units ? roster.countUnits(command.unitId()) : roster.countCadres(command.unitId());
        if (count == 0) {
            throw new KaoheException(CampaignError.NO_CADRES_IN_SCOPE, unitName);
        }
        List<String> missing =
                units ? roster.unitsWithoutHead(command.unitId(), 10) : roster.cadresWithoutLogin(command.unitId(), 10);
        if (!missing.isEmpty()) {
            throw new KaoheException(
                    units ? CampaignError.UNITS_WITHOUT_HEAD : CampaignError.CADRES_WITHOUT_LOGIN,
                    String.join("、", missing));
        }
        String schemeName = schemes.freeze(command.schemeVersionId());
        int noticeDays = schemes.noticeWorkingDays(command.schemeVersionId());
        String name = command.name() == null || command.name().isBlank()
                ? unitName + period.chineseLabel() + "考核"
                : command.name().trim();
        Campaign fresh = new Campaign(
                name,
                command.unitId(),
                command.cycle(),
                period.label(),
                period.start(),
                period.end(),
                command.schemeVersionId(),
                command.selfEvaluationDue(),
                command.ratingDue(),
                command.reviewDue(),
                noticeDays,
                count,
                actor.name(),
                now);
        fresh.payInputs(pay.pool(), pay.payoutPeriod());
        fresh.assessesUnits(units);
        Campaign campaign = campaigns.saveAndFlush(fresh);
        audit.record(AuditEvent.created(
                "CAMPAIGN_OPENED",
                "Campaign",
                campaign.getId(),
                Map.of(
                        "name", name,
                        "unit", unitName,
                        "period", period.label(),
                        "scheme", schemeName,
                        "cadres", count,
                        "payPool", pay.pool() == null ? "无" : pay.pool().toPlainString(),
                        "payoutPeriod", pay.payoutPeriod() == null ? period.label() : pay.payoutPeriod()),
                null));
        workflow.startCampaign(campaign.getId(), command.ratingDue(), command.reviewDue());
        return campaign;
    }

    /**
     * Cancels a campaign opened by mistake (wrong scheme, wrong unit): its processes end, its tasks disappear, the
     * unit and period can be opened again. Not possible once results are on notice or final; the reason is audited.
     */
    @Transactional
    public void cancel(long campaignId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new KaoheException(CampaignError.REASON_REQUIRED);
        }
        Campaign campaign = rows.lock(campaignId);
        CampaignStatus before = campaign.getStatus();
        if (before == CampaignStatus.PUBLIC_NOTICE
                || before == CampaignStatus.AWAITING_APPEALS
                || before == CampaignStatus.FINALISED
                || before == CampaignStatus.CANCELLED) {
            throw new KaoheException(CampaignError.WRONG_STEP, before.label(), "撤销考核批次");
        }
        workflow.cancel(
                campaignId,
                assessments.findByCampaignIdOrderByIdAsc(campaignId).stream()
                        .map(Assessment::getId)
                        .toList(),
                reason.trim());
        campaign.cancel();
        audit.record(AuditEvent.changed(
                "CAMPAIGN_CANCELLED",
                "Campaign",
                campaignId,
                before.name(),
                CampaignStatus.CANCELLED.name(),
                reason.trim()));
    }
}
