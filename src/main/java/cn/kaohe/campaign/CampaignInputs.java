package cn.kaohe.campaign;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.SubjectKind;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a campaign's ranking needs (排名所需材料) and what is still missing, by name: the supervising leaders'
 * ratings, the online rating sheets, the office's group ratings (村等次, 民主测评…) and anything else the scheme's
 * scoring reports missing. The campaign process ranks only when the list is complete; the office sees it on its page.
 */
@Service
public class CampaignInputs {

    private final CampaignRepository campaigns;
    private final AssessmentRepository assessments;
    private final ResultAdjustmentRepository adjustments;
    private final CampaignScorer scorer;
    private final GroupRatings groupRatings;
    private final CampaignRoster roster;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final SchemeCatalog schemes;
    private final CampaignTargets targets;
    private final MidYearTransfers transfers;

    CampaignInputs(
            CampaignRepository campaigns,
            AssessmentRepository assessments,
            ResultAdjustmentRepository adjustments,
            CampaignScorer scorer,
            GroupRatings groupRatings,
            CampaignRoster roster,
            Notifications notifications,
            AuditTrail audit,
            SchemeCatalog schemes,
            CampaignTargets targets,
            MidYearTransfers transfers) {
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.adjustments = adjustments;
        this.scorer = scorer;
        this.groupRatings = groupRatings;
        this.roster = roster;
        this.notifications = notifications;
        this.audit = audit;
        this.schemes = schemes;
        this.targets = targets;
        this.transfers = transfers;
    }

    /** One input of the ranking: complete, or the names of who or what is missing. */
    public record Item(String code, String label, boolean complete, List<String> missing) {}

    /** Every input of the ranking; {@code complete} when the ranking can start. */
    public record Checklist(long campaignId, boolean complete, List<Item> items) {

        /** One line for messages: 分管领导评分：张三、李四；村等次：王五 … */
        public String summary() {
            List<String> parts = new ArrayList<>();
            for (Item i : items) {
                if (!i.complete()) {
                    parts.add(i.label() + "（" + abbreviate(i.missing()) + "）");
                }
            }
            return String.join("；", parts);
        }
    }

    @Transactional(readOnly = true)
    public Checklist checklist(long campaignId) {
        Campaign campaign =
                campaigns.findById(campaignId).orElseThrow(() -> KaoheException.notFound("考核批次", campaignId));
        List<Assessment> all = assessments.findByCampaignIdOrderByIdAsc(campaignId);
        Map<Long, String> names = subjectNames(all);
        List<Item> items = new ArrayList<>();
        List<String> unrated = all.stream()
                .filter(a -> a.getRatedAt() == null && a.getStatus() != AssessmentStatus.FINAL)
                .map(a -> names.get(a.getCadreId()))
                .toList();
        items.add(new Item("RATINGS", "分管领导评分", unrated.isEmpty(), unrated));
        GroupRatings.SheetProgress sheets = groupRatings.progress(campaignId);
        if (sheets.expected() > 0) {
            items.add(new Item("RATING_SHEETS", "测评表", sheets.complete(), sheets.missing()));
        }
        items.addAll(targetItems(campaign, all, names));
        // the office's group ratings and anything else the scoring finds missing, from a dry run (nothing stored)
        Map<String, Item> slotItems = new LinkedHashMap<>();
        Map<String, Set<String>> slotMissing = new LinkedHashMap<>();
        for (GroupRatings.Slot s : groupRatings.slots(campaignId)) {
            slotMissing.put(s.part(), new LinkedHashSet<>());
            slotItems.put(s.part(), new Item("GROUP_RATING:" + s.raterGroup() + ":" + s.part(), s.name(), true, null));
        }
        Set<String> other = new LinkedHashSet<>();
        Map<String, String> bySubjectId = new LinkedHashMap<>();
        for (Assessment a : all) {
            bySubjectId.put(
                    String.valueOf(a.getSubjectUnitId() == null ? a.getCadreId() : a.getSubjectUnitId()),
                    names.get(a.getCadreId()));
        }
        for (Problem p : dryRun(campaign, all)) {
            String[] f = p.field() == null ? new String[0] : p.field().split("\\.");
            String subject = f.length > 1 ? bySubjectId.getOrDefault(f[1], f[1]) : null;
            if (f.length == 3 && f[0].equals("ratings") && slotMissing.containsKey(f[2])) {
                slotMissing.get(f[2]).add(subject);
            } else if (unrated.isEmpty() && sheets.complete()) {
                // leaders' and sheets' gaps are listed above; what remains is a problem of its own
                other.add((subject == null ? "" : subject + "：") + p.message());
            }
        }
        for (Map.Entry<String, Item> e : slotItems.entrySet()) {
            List<String> missing = List.copyOf(slotMissing.get(e.getKey()));
            items.add(new Item(e.getValue().code(), e.getValue().label(), missing.isEmpty(), missing));
        }
        liaisonItem(campaign, all).ifPresent(items::add);
        if (!other.isEmpty()) {
            items.add(new Item("OTHER", "其他问题", false, List.copyOf(other)));
        }
        return new Checklist(campaignId, items.stream().allMatch(Item::complete), items);
    }

    /**
     * Asked by the campaign process before it ranks: true when every input is there. Otherwise the office is told
     * by name what is missing (a notification, and the audit trail as {@code system}) and the process waits for it.
     */
    @Transactional
    public boolean readyToRank(long campaignId) {
        Checklist list = checklist(campaignId);
        if (!list.complete()) {
            Campaign c = campaigns.findById(campaignId).orElseThrow();
            notifications.send(new Notifications.Message(
                    NotificationKind.ESCALATION,
                    CampaignAlerts.OFFICE,
                    "排名所需材料未齐",
                    c.getName() + "：还缺 " + list.summary() + "。录入后自动计算排名。",
                    campaignId,
                    null,
                    null));
            audit.record(
                    "system",
                    AuditEvent.created(
                            "CAMPAIGN_AWAITING_INPUTS",
                            "Campaign",
                            campaignId,
                            Map.of("missing", list.summary()),
                            "排名所需材料未齐，等待补录"));
        }
        return list.complete();
    }

    /**
     * Under a scheme fed by the target register (seed 004 第十二条(一) 目标责任书考核分): every unit has targets, and every
     * target's completion is reported by the unit and checked by the inspection (察访核验) before the ranking.
     */
    private List<Item> targetItems(Campaign campaign, List<Assessment> all, Map<Long, String> names) {
        SchemeVersion scheme = schemes.model(campaign.getSchemeVersionId());
        if (scheme.subjectKind() != SubjectKind.UNIT || !EngineScorer.hasCompletion(scheme)) {
            return List.of();
        }
        Map<Long, String> unitNames = new LinkedHashMap<>();
        all.forEach(a -> unitNames.put(a.getSubjectUnitId(), names.get(a.getCadreId())));
        CampaignTargets.Gaps gaps = targets.gaps(campaign.getSchemeVersionId(), campaign.getPeriodLabel(), unitNames);
        List<String> completions = new ArrayList<>();
        gaps.unreported().forEach(n -> completions.add(n + "（未上报）"));
        gaps.unchecked().forEach(n -> completions.add(n + "（未核验）"));
        return List.of(
                new Item("TARGETS", "目标责任书", gaps.withoutTargets().isEmpty(), gaps.withoutTargets()),
                new Item("TARGET_COMPLETIONS", "目标完成情况上报与核验", completions.isEmpty(), completions));
    }

    /**
     * Seed 000 三(一): a cadre who moved during the year and is not resident in a village is scored by his office's
     * liaison village (所在办联系的村). The offices of such cadres that have none are named here; it does not hold the
     * ranking up: those cadres keep today's reading (未驻村，取各村平均值) until the office sets one.
     */
    private java.util.Optional<Item> liaisonItem(Campaign campaign, List<Assessment> all) {
        SchemeVersion scheme = schemes.model(campaign.getSchemeVersionId());
        Map<Long, MidYearTransfers.Transfer> moved = transfers.of(
                campaign, scheme, all.stream().map(Assessment::getCadreId).toList());
        if (moved.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<String, List<String>> byOffice = new LinkedHashMap<>();
        moved.values().stream().filter(t -> t.villageId() == null).forEach(t -> byOffice.computeIfAbsent(
                        t.unitName(), k -> new ArrayList<>())
                .add(t.cadreName()));
        List<String> lacking = new ArrayList<>();
        byOffice.forEach((office, cadres) -> lacking.add(office + "（" + String.join("、", cadres) + "）"));
        return java.util.Optional.of(new Item(LIAISON_VILLAGES, LIAISON_LABEL, true, lacking));
    }

    /** The checklist item of the offices' liaison villages: advisory (complete), naming the offices that have none. */
    static final String LIAISON_VILLAGES = "LIAISON_VILLAGES";

    static final String LIAISON_LABEL = "所在办联系的村（年中调动、未驻村的干部按其计分；未设置的办仍取各村平均值）";

    private List<Problem> dryRun(Campaign campaign, List<Assessment> all) {
        try {
            scorer.scoreAll(
                    campaign,
                    all,
                    adjustments.findInForce(all.stream().map(Assessment::getId).toList()));
            return List.of();
        } catch (KaoheException e) {
            return e.problems();
        }
    }

    private Map<Long, String> subjectNames(List<Assessment> all) {
        Map<Long, String> cadres =
                roster.cadreNames(all.stream().map(Assessment::getCadreId).toList());
        Map<Long, String> units =
                roster.unitNames(all.stream().map(Assessment::getSubjectUnitId).toList());
        Map<Long, String> names = new LinkedHashMap<>();
        for (Assessment a : all) {
            names.put(
                    a.getCadreId(),
                    a.getSubjectUnitId() == null ? cadres.get(a.getCadreId()) : units.get(a.getSubjectUnitId()));
        }
        return names;
    }

    private static String abbreviate(List<String> names) {
        return names.size() <= 10
                ? String.join("、", names)
                : String.join("、", names.subList(0, 10)) + " 等 " + names.size() + " 项";
    }
}
