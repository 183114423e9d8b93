package cn.kaohe.campaign;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The domain's guard on statutory clocks (公示期, 申诉转报 24 小时, 一星期内裁定, 评分截止…): a timer of the engine that
 * fires before the end the domain computed — someone executed its job early through the engine's REST API or
 * Cockpit — changes nothing. The process waits again (notices) or the reminder or escalation does nothing; the
 * audit trail records it as {@code system} with the reason.
 */
@Service
public class StatutoryClock {

    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss");

    private final CampaignRepository campaigns;
    private final AuditTrail audit;
    private final Clock clock;

    StatutoryClock(CampaignRepository campaigns, AuditTrail audit, Clock clock) {
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    /** True once the campaign's public notice has run its full length; otherwise recorded as an early timer. */
    @Transactional
    public boolean noticeEnded(long campaignId) {
        Campaign c = campaigns.findById(campaignId).orElseThrow();
        return reached(c.getNoticeEnd(), "Campaign", campaignId, "公示期满");
    }

    /**
     * True when {@code due} has come (or there is none). Otherwise an early firing: audited as {@code system} with
     * what fired, when, and the end it must wait for.
     */
    @Transactional
    public boolean reached(OffsetDateTime due, String entityType, Object entityId, String what) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (due == null || !now.isBefore(due)) {
            return true;
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("timer", what);
        after.put("firedAt", now.toString());
        after.put("due", due.toString());
        audit.record(
                "system",
                AuditEvent.changed(
                        "TIMER_FIRED_EARLY",
                        entityType,
                        entityId,
                        null,
                        after,
                        "“" + what + "”定时在 " + show(now) + " 被提前触发，法定时限至 " + show(due) + " 才届满：不予执行，继续等待"));
        return false;
    }

    private String show(OffsetDateTime t) {
        ZoneId zone = clock.getZone() == null ? cn.kaohe.shared.KaoheZone.ZONE : clock.getZone();
        return t.atZoneSameInstant(zone).format(SHOW);
    }
}
