package cn.kaohe.campaign;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders before a due date and escalations after it, raised by the engine's timers: an overdue
 * self-evaluation goes to the supervising leader, an overdue rating to the assessment office.
 */
@Service
public class CampaignAlerts {

    /** The office group as a notification recipient. */
    public static final String OFFICE = "group:office";

    private final AssessmentRepository assessments;
    private final CampaignRepository campaigns;
    private final CampaignRoster roster;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final StatutoryClock statutoryClock;

    CampaignAlerts(
            AssessmentRepository assessments,
            CampaignRepository campaigns,
            CampaignRoster roster,
            Notifications notifications,
            AuditTrail audit,
            StatutoryClock statutoryClock) {
        this.assessments = assessments;
        this.campaigns = campaigns;
        this.roster = roster;
        this.notifications = notifications;
        this.audit = audit;
        this.statutoryClock = statutoryClock;
    }

    /** Which step a reminder or escalation concerns. */
    public enum Step {
        SELF_EVALUATION("自评"),
        RATING("分管领导评分");

        final String label;

        Step(String label) {
            this.label = label;
        }
    }

    @Transactional
    public void remind(long assessmentId, Step step) {
        Assessment a = assessments.findById(assessmentId).orElseThrow();
        Campaign c = campaigns.findById(a.getCampaignId()).orElseThrow();
        String name = roster.cadreName(a.getCadreId());
        OffsetDateTime dueAt = step == Step.SELF_EVALUATION ? c.getSelfEvaluationDue() : c.getRatingDue();
        if (!statutoryClock.reached(
                dueAt.minus(CampaignOpening.REMIND_BEFORE), "Assessment", assessmentId, step.label + "到期提醒")) {
            return; // fired early: nothing is sent
        }
        Long who = step == Step.SELF_EVALUATION ? a.getCadreId() : a.getLeaderId();
        String due = (step == Step.SELF_EVALUATION ? c.getSelfEvaluationDue() : c.getRatingDue())
                .atZoneSameInstant(cn.kaohe.shared.KaoheZone.ZONE)
                .toLocalDateTime()
                .toString()
                .replace('T', ' ');
        if (who != null) {
            roster.loginName(who)
                    .ifPresent(login -> notifications.send(new Notifications.Message(
                            NotificationKind.REMINDER,
                            login,
                            step.label + "即将到期",
                            c.getName() + "：" + name + "的" + step.label + "将于 " + due + " 到期，请及时办理。",
                            c.getId(),
                            a.getId(),
                            null)));
        }
    }

    @Transactional
    public void escalate(long assessmentId, Step step) {
        Assessment a = assessments.findById(assessmentId).orElseThrow();
        Campaign c = campaigns.findById(a.getCampaignId()).orElseThrow();
        if (!statutoryClock.reached(
                step == Step.SELF_EVALUATION ? c.getSelfEvaluationDue() : c.getRatingDue(),
                "Assessment",
                assessmentId,
                step.label + "逾期上报")) {
            return; // fired early: no escalation
        }
        String name = roster.cadreName(a.getCadreId());
        String recipient = step == Step.SELF_EVALUATION && a.getLeaderId() != null
                ? roster.loginName(a.getLeaderId()).orElse(OFFICE)
                : OFFICE;
        notifications.send(new Notifications.Message(
                NotificationKind.ESCALATION,
                recipient,
                step.label + "已逾期",
                c.getName() + "：" + name + "的" + step.label + "已超过截止时间，请督促办理。",
                c.getId(),
                a.getId(),
                null));
        audit.record(
                "system",
                AuditEvent.created(
                        "STEP_ESCALATED",
                        "Assessment",
                        assessmentId,
                        Map.of("step", step.name(), "to", recipient),
                        "逾期"));
    }

    @Transactional
    public void escalateCampaign(long campaignId) {
        Campaign c = campaigns.findById(campaignId).orElseThrow();
        if (!statutoryClock.reached(c.getRatingDue(), "Campaign", campaignId, "评分阶段逾期上报")) {
            return;
        }
        long missing = c.getCadreCount() - c.getRatedCount();
        notifications.send(new Notifications.Message(
                NotificationKind.ESCALATION,
                OFFICE,
                "评分阶段已逾期",
                c.getName() + "：评分截止时间已过，尚有 " + missing + " 名干部未完成评分。",
                campaignId,
                null,
                null));
        audit.record(
                "system",
                AuditEvent.created("CAMPAIGN_ESCALATED", "Campaign", campaignId, Map.of("unrated", missing), "评分逾期"));
    }
}
