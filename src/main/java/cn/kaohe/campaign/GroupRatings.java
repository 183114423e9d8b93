package cn.kaohe.campaign;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.audit.CurrentActor;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.CategorySource;
import cn.kaohe.scoring.model.RatingComponent;
import cn.kaohe.scoring.model.RatingSet;
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
 * averages, village grades (村等次) — entered by the office from the paper sheets, all rows or none. Groups that rate
 * online (班子成员、部门负责人、村书记、领导小组: {@link RaterSheets}) are not entered here and never copied: each vote
 * counts once. Anonymous entries store no rater; online votes are only tallies ({@link RatingTallies}).
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
    private final RaterSheets sheets;
    private final RatingTallies tallies;
    private final CampaignRoster roster;
    private final CampaignWorkflow workflow;

    GroupRatings(
            GroupRatingRepository ratings,
            CampaignRepository campaigns,
            AssessmentRepository assessments,
            SchemeCatalog schemes,
            AuditTrail audit,
            CurrentActor actor,
            Clock clock,
            RaterSheets sheets,
            RatingTallies tallies,
            CampaignRoster roster,
            CampaignWorkflow workflow) {
        this.ratings = ratings;
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.schemes = schemes;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.sheets = sheets;
        this.tallies = tallies;
        this.roster = roster;
        this.workflow = workflow;
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
        for (Category c : model.categories()) {
            if (c.source() == CategorySource.MAPPED_GRADE) {
                slots.putIfAbsent(
                        "GRADE:" + c.id(),
                        new Slot(
                                "GRADE", c.id(), c.name(), null, c.gradePoints().keySet()));
            }
            for (RatingSet set : c.ratingSets()) {
                for (RatingComponent comp : set.components()) {
                    String group = comp.raterGroup() == null ? "ANY" : comp.raterGroup();
                    if (SchemeAdapter.LEADER_GROUPS.contains(group) || RaterSheets.PEER_GROUPS.containsKey(group)) {
                        continue; // leaders rate in their task; 班子成员、部门负责人、村书记、领导小组 on online sheets
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
                problems.add(Problem.ofField(
                        at + ".raterGroup",
                        RaterSheets.PEER_GROUPS.containsKey(e.raterGroup())
                                ? "“" + e.raterGroup() + "”的测评由本人在线填写测评表，绩考办不能录入或代填"
                                : "考核方案中没有“" + e.raterGroup() + "”对“" + e.part() + "”的评分"));
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
        // the office's paper entries for a cadre, group and part are replaced as a whole by what it sends now (each
        // paper vote counts once); online rating-sheet votes are tallies elsewhere and never touched or copied here
        Map<String, List<Entry>> sent = new LinkedHashMap<>();
        for (Entry e : entries) {
            sent.computeIfAbsent(key(e.cadreId(), e.raterGroup(), e.part()), k -> new ArrayList<>())
                    .add(e);
        }
        Map<String, List<GroupRating>> existing = new HashMap<>();
        for (GroupRating r : ratings.findByCampaignIdOrderByIdAsc(campaignId)) {
            existing.computeIfAbsent(key(r.getCadreId(), r.getRaterGroup(), r.getPart()), k -> new ArrayList<>())
                    .add(r);
        }
        for (Map.Entry<String, List<Entry>> k : sent.entrySet()) {
            List<GroupRating> replaced = existing.getOrDefault(k.getKey(), List.of());
            ratings.deleteAll(replaced);
            List<Map<String, Object>> after = new ArrayList<>();
            Entry first = k.getValue().get(0);
            for (Entry e : k.getValue()) {
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
                after.add(view(saved));
            }
            audit.record(AuditEvent.changed(
                    "GROUP_RATING_ENTERED",
                    "Assessment",
                    campaignId + ":" + first.cadreId(),
                    replaced.isEmpty()
                            ? null
                            : replaced.stream().map(GroupRatings::view).toList(),
                    after,
                    reason));
        }
        ratings.flush();
        // the ranking may be waiting for exactly these figures
        workflow.inputsEntered(campaignId);
        return entries.size();
    }

    private static String key(Long cadreId, String group, String part) {
        return cadreId + "|" + group + "|" + part;
    }

    /** A figure the office entered from a paper sheet (no row id, no entry time). */
    public record PaperRating(
            Long cadreId, String raterGroup, String part, BigDecimal score, String grade, String rater) {}

    /** The online rating sheets of a campaign: who is still to submit (by name), never who wrote what. */
    public record SheetProgress(int expected, int submitted, List<String> missing) {

        public boolean complete() {
            return missing.isEmpty();
        }
    }

    /** An online rating-sheet tally: the average of {@code votes} anonymous votes. */
    public record SheetAverage(Long cadreId, String raterGroup, String part, BigDecimal average, int votes) {}

    /**
     * What the office, the committee and an administrator see of a campaign's group ratings: the paper figures, the
     * progress of the online sheets, and their per-subject averages only once every sheet is in (so that no average
     * seen before and after one submission reveals that rater's votes).
     */
    public record Overview(List<PaperRating> paper, SheetProgress sheets, List<SheetAverage> sheetAverages) {}

    @Transactional(readOnly = true)
    public Overview overview(long campaignId) {
        campaigns.findById(campaignId).orElseThrow(() -> KaoheException.notFound("考核批次", campaignId));
        List<PaperRating> paper = paper(campaignId).stream()
                .map(g -> new PaperRating(
                        g.getCadreId(), g.getRaterGroup(), g.getPart(), g.getScore(), g.getGrade(), g.getRater()))
                .sorted(java.util.Comparator.comparing(PaperRating::cadreId)
                        .thenComparing(PaperRating::raterGroup)
                        .thenComparing(PaperRating::part))
                .toList();
        SheetProgress progress = progress(campaignId);
        List<SheetAverage> averages = progress.complete()
                ? tallies.of(campaignId).stream()
                        .map(t -> new SheetAverage(t.cadreId(), t.raterGroup(), t.part(), t.average(), t.votes()))
                        .toList()
                : List.of();
        return new Overview(paper, progress, averages);
    }

    /** Progress of the online sheets, with the names of those still to submit. */
    @Transactional(readOnly = true)
    public SheetProgress progress(long campaignId) {
        List<String> missing = sheets.missing(campaignId);
        int submitted = tallies.submitted(campaignId).size();
        List<String> names = missing.stream()
                .map(login ->
                        roster.cadreIdOfLogin(login).map(roster::cadreName).orElse(login))
                .toList();
        return new SheetProgress(submitted + missing.size(), submitted, names);
    }

    /** The office's paper figures of a campaign (what the scoring and the score sheets use besides the tallies). */
    @Transactional(readOnly = true)
    public List<GroupRating> paper(long campaignId) {
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
