package cn.kaohe.campaign;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.audit.CurrentActor;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ratings of rater groups other than the supervising leader — the committee's measure (领导小组测评), 民主测评
 * averages, village grades (村等次) — entered by the office from the evaluation sheets, all rows or none.
 * Anonymous entries store no rater, so no API or report can trace a vote to a voter.
 */
@Service
public class GroupRatings {

    private final GroupRatingRepository ratings;
    private final CampaignRepository campaigns;
    private final AssessmentRepository assessments;
    private final SchemeCatalog schemes;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Clock clock;

    GroupRatings(
            GroupRatingRepository ratings,
            CampaignRepository campaigns,
            AssessmentRepository assessments,
            SchemeCatalog schemes,
            AuditTrail audit,
            CurrentActor actor,
            Clock clock) {
        this.ratings = ratings;
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.schemes = schemes;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** One row of an evaluation sheet: a score or (for grade-mapped categories) a grade. Rater null = anonymous. */
    public record Entry(Long cadreId, String raterGroup, String part, BigDecimal score, String grade, String rater) {}

    /** The rater groups and parts a campaign's scheme expects from the office, with their range or grades. */
    public record Slot(String raterGroup, String part, String name, BigDecimal max, Set<String> grades) {}

    @Transactional(readOnly = true)
    public List<Slot> slots(long campaignId) {
        Campaign c = campaigns.findById(campaignId).orElseThrow(() -> KaoheException.notFound("考核批次", campaignId));
        return slots(schemes.model(c.getSchemeVersionId()));
    }

    static List<Slot> slots(SchemeVersion model) {
        Map<String, Slot> slots = new LinkedHashMap<>();
        for (SchemeVersion.Category c : model.categories()) {
            if (c.source() == SchemeVersion.CategorySource.MAPPED_GRADE) {
                slots.putIfAbsent(
                        "GRADE:" + c.id(),
                        new Slot(
                                "GRADE", c.id(), c.name(), null, c.gradePoints().keySet()));
            }
            for (SchemeVersion.RatingSet set : c.ratingSets()) {
                for (SchemeVersion.RatingComponent comp : set.components()) {
                    String group = comp.raterGroup() == null ? "ANY" : comp.raterGroup();
                    if (SchemeAdapter.LEADER_GROUPS.contains(group)) {
                        continue;
                    }
                    String part = comp.part() == null ? c.id() : comp.part();
                    String name = c.name() + (comp.name() == null ? "" : "·" + comp.name());
                    slots.putIfAbsent(group + ":" + part, new Slot(group, part, name, c.ratingScale(), Set.of()));
                }
            }
        }
        return List.copyOf(slots.values());
    }

    @Transactional
    public int enter(long campaignId, List<Entry> entries, String reason) {
        Campaign campaign =
                campaigns.lockById(campaignId).orElseThrow(() -> KaoheException.notFound("考核批次", campaignId));
        if (campaign.getStatus() == CampaignStatus.FINALISED || campaign.getStatus() == CampaignStatus.PUBLIC_NOTICE) {
            throw new KaoheException(CampaignError.RESULTS_LOCKED);
        }
        Map<String, Slot> slots = new HashMap<>();
        for (Slot s : slots(schemes.model(campaign.getSchemeVersionId()))) {
            slots.put(s.raterGroup() + ":" + s.part(), s);
        }
        Set<Long> inCampaign = new java.util.HashSet<>();
        assessments.findByCampaignIdOrderByIdAsc(campaignId).forEach(a -> inCampaign.add(a.getCadreId()));
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String at = "entries[" + i + "]";
            Slot slot = slots.get(e.raterGroup() + ":" + e.part());
            if (e.cadreId() == null || !inCampaign.contains(e.cadreId())) {
                problems.add(Problem.ofField(at + ".cadreId", "该干部不在本考核批次中：" + e.cadreId()));
            }
            if (slot == null) {
                problems.add(Problem.ofField(at, "考核方案中没有“" + e.raterGroup() + "”对“" + e.part() + "”的评分"));
                continue;
            }
            if (!slot.grades().isEmpty()) {
                if (e.grade() == null || !slot.grades().contains(e.grade())) {
                    problems.add(Problem.ofField(at + ".grade", "等次应为：" + String.join("、", slot.grades())));
                }
            } else if (e.score() == null || e.score().signum() < 0 || e.score().compareTo(slot.max()) > 0) {
                problems.add(Problem.ofField(
                        at + ".score", slot.name() + "的分数应在 0–" + slot.max().toPlainString() + " 之间"));
            }
        }
        if (!problems.isEmpty()) {
            throw KaoheException.invalid(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        // what the office entered before for the same cadre, group, part and rater is replaced (and audited);
        // anonymous votes from rating sheets are never touched here
        Map<String, List<GroupRating>> existing = new HashMap<>();
        for (GroupRating r : ratings.findByCampaignIdOrderByIdAsc(campaignId)) {
            if (!RaterSheets.ENTERED_BY.equals(r.getEnteredBy())) {
                existing.computeIfAbsent(
                                key(r.getCadreId(), r.getRaterGroup(), r.getPart(), r.getRater()),
                                k -> new ArrayList<>())
                        .add(r);
            }
        }
        for (Entry e : entries) {
            List<GroupRating> replaced =
                    existing.getOrDefault(key(e.cadreId(), e.raterGroup(), e.part(), e.rater()), List.of());
            ratings.deleteAll(replaced);
            GroupRating saved = ratings.save(new GroupRating(
                    campaignId,
                    e.cadreId(),
                    e.raterGroup(),
                    e.rater(),
                    e.part(),
                    e.score(),
                    e.grade(),
                    actor.name(),
                    now));
            audit.record(AuditEvent.changed(
                    "GROUP_RATING_ENTERED",
                    "Assessment",
                    campaignId + ":" + e.cadreId(),
                    replaced.isEmpty() ? null : view(replaced.get(0)),
                    view(saved),
                    reason));
        }
        return entries.size();
    }

    private static String key(Long cadreId, String group, String part, String rater) {
        return cadreId + "|" + group + "|" + part + "|" + rater;
    }

    @Transactional(readOnly = true)
    public List<GroupRating> ofCampaign(long campaignId) {
        return ratings.findByCampaignIdOrderByIdAsc(campaignId);
    }

    private static Map<String, Object> view(GroupRating r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group", r.getRaterGroup());
        m.put("part", r.getPart());
        m.put("score", r.getScore() == null ? null : r.getScore().toPlainString());
        m.put("grade", r.getGrade());
        m.put("anonymous", r.getRater() == null);
        return m;
    }
}
