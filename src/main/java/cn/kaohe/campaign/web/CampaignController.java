package cn.kaohe.campaign.web;

import cn.kaohe.campaign.Assessment;
import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignAppeals;
import cn.kaohe.campaign.CampaignInputs;
import cn.kaohe.campaign.CampaignPages;
import cn.kaohe.campaign.CampaignRoster;
import cn.kaohe.campaign.CampaignScheme;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.OpenCampaign;
import cn.kaohe.campaign.ResultAdjustment;
import cn.kaohe.campaign.ResultAdjustments;
import cn.kaohe.shared.PageSpec;
import cn.kaohe.web.security.PeopleNames;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Campaigns (考核批次): open, follow progress, see the ranking, adjust with a reason. */
@RestController
@RequestMapping("/api")
class CampaignController {

    private final CampaignService campaigns;
    private final CampaignRoster roster;
    private final CampaignAppeals appeals;
    private final ResultAdjustments adjustments;
    private final CampaignInputs inputs;
    private final CampaignPages pages;
    private final CampaignScheme schemes;
    private final PeopleNames people;

    CampaignController(
            CampaignService campaigns,
            CampaignRoster roster,
            CampaignAppeals appeals,
            ResultAdjustments adjustments,
            CampaignInputs inputs,
            CampaignPages pages,
            CampaignScheme schemes,
            PeopleNames people) {
        this.pages = pages;
        this.schemes = schemes;
        this.people = people;
        this.campaigns = campaigns;
        this.roster = roster;
        this.appeals = appeals;
        this.adjustments = adjustments;
        this.inputs = inputs;
    }

    record CampaignView(
            Long id,
            String name,
            Long unitId,
            String cycle,
            String period,
            Long schemeVersionId,
            String status,
            String statusLabel,
            int cadreCount,
            int openedCount,
            long ratedCount,
            OffsetDateTime selfEvaluationDue,
            OffsetDateTime ratingDue,
            OffsetDateTime reviewDue,
            int noticeWorkingDays,
            OffsetDateTime noticeStart,
            OffsetDateTime noticeEnd,
            OffsetDateTime finalisedAt,
            String reworkReason,
            OffsetDateTime reworkDue) {

        /** With the number of rated assessments, read from the assessments (docs/adr/0013). */
        static CampaignView of(Campaign c, long ratedCount) {
            return new CampaignView(
                    c.getId(),
                    c.getName(),
                    c.getUnitId(),
                    c.getCycle().name(),
                    c.getPeriodLabel(),
                    c.getSchemeVersionId(),
                    c.getStatus().name(),
                    c.getStatus().label(),
                    c.getCadreCount(),
                    c.getOpenedCount(),
                    ratedCount,
                    c.getSelfEvaluationDue(),
                    c.getRatingDue(),
                    c.getReviewDue(),
                    c.getNoticeWorkingDays(),
                    c.getNoticeStart(),
                    c.getNoticeEnd(),
                    c.getFinalisedAt(),
                    c.getReworkReason(),
                    c.getReworkDue());
        }
    }

    record RankingRow(
            Long assessmentId,
            Long cadreId,
            String name,
            Integer rank,
            BigDecimal total,
            String grade,
            String gradeLabel,
            Boolean eligible,
            BigDecimal pay,
            String status,
            boolean underAppeal,
            BigDecimal originalTotal) {}

    record AdjustRequest(String target, String value, String reason) {}

    private CampaignView view(Campaign c) {
        return CampaignView.of(c, campaigns.ratedCount(c.getId()));
    }

    /** A list of campaigns with their rated counts, read in one query (not one per campaign). */
    private List<CampaignView> views(List<Campaign> list) {
        Map<Long, Long> rated =
                campaigns.ratedCounts(list.stream().map(Campaign::getId).toList());
        return list.stream()
                .map(c -> CampaignView.of(c, rated.getOrDefault(c.getId(), 0L)))
                .toList();
    }

    @PostMapping("/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    CampaignView open(@Valid @RequestBody OpenCampaign command) {
        return view(campaigns.open(command));
    }

    /**
     * Every campaign, newest first; with {@code q}, {@code page}, {@code size} or {@code sort} (id, name, period,
     * status, openedAt; {@code ,desc}) one page searched and sorted by the database, the length in X-Total-Count.
     */
    @GetMapping("/campaigns")
    ResponseEntity<List<CampaignView>> all(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        if (q == null && page == null && size == null && sort == null) {
            return ResponseEntity.ok(views(campaigns.all()));
        }
        PageSpec.Page<Campaign> rows = campaigns.page(
                q, PageSpec.of(page, size, sort == null ? "id,desc" : sort, CampaignService.SORT_KEYS, "id"));
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(rows.total()))
                .body(views(rows.content()));
    }

    @GetMapping("/campaigns/{id}")
    CampaignView one(@PathVariable long id) {
        return view(campaigns.campaign(id));
    }

    /**
     * The committee board's list. With {@code page}, {@code size}, {@code sort} (rank, total, name, grade, status;
     * {@code ,desc}) or {@code q} (part of a name) one page is read from the database and the whole list's length is in {@code X-Total-Count};
     * without them, the whole list (docs/adr/0013).
     */
    @GetMapping("/campaigns/{id}/ranking")
    ResponseEntity<List<RankingRow>> ranking(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String q) {
        if (page == null && size == null && sort == null && q == null) {
            return ResponseEntity.ok(ranking(id));
        }
        PageSpec spec = PageSpec.of(page, size, sort, CampaignPages.SORT_KEYS, "rank");
        campaigns.campaign(id); // 404 for an unknown campaign, not an empty page
        PageSpec.Page<CampaignPages.ResultRow> rows = pages.results(id, spec, q);
        List<Long> ids = rows.content().stream()
                .map(CampaignPages.ResultRow::assessmentId)
                .toList();
        Set<Long> appealed = appeals.underAppeal(ids);
        Map<Long, BigDecimal> originals = adjustments.originalTotals(ids);
        List<RankingRow> content = rows.content().stream()
                .map(r -> new RankingRow(
                        r.assessmentId(),
                        r.cadreId(),
                        r.name(),
                        r.rank(),
                        r.total(),
                        r.grade(),
                        r.gradeLabel(),
                        r.eligible(),
                        r.pay(),
                        r.status().label(),
                        appealed.contains(r.assessmentId()),
                        originals.get(r.assessmentId())))
                .toList();
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(rows.total()))
                .body(content);
    }

    private List<RankingRow> ranking(long id) {
        campaigns.campaign(id); // 404 for an unknown campaign, not an empty list
        List<Assessment> all = campaigns.assessments(id);
        List<Long> ids = all.stream().map(Assessment::getId).toList();
        Set<Long> appealed = appeals.underAppeal(ids);
        Map<Long, BigDecimal> originals = adjustments.originalTotals(ids);
        Map<Long, String> cadres =
                roster.cadreNames(all.stream().map(Assessment::getCadreId).toList());
        Map<Long, String> units =
                roster.unitNames(all.stream().map(Assessment::getSubjectUnitId).toList());
        return all.stream()
                .map(a -> new RankingRow(
                        a.getId(),
                        a.getCadreId(),
                        a.getSubjectUnitId() == null ? cadres.get(a.getCadreId()) : units.get(a.getSubjectUnitId()),
                        a.getRankNo(),
                        a.getTotal(),
                        a.getGrade(),
                        a.getGradeLabel(),
                        a.getEligible(),
                        a.getPay(),
                        a.getStatus().label(),
                        appealed.contains(a.getId()),
                        originals.get(a.getId())))
                .sorted(java.util.Comparator.comparing(
                        RankingRow::rank, java.util.Comparator.nullsLast(Integer::compareTo)))
                .toList();
    }

    record CancelRequest(String reason) {}

    @PostMapping("/campaigns/{id}/cancel")
    CampaignView cancel(@PathVariable long id, @RequestBody CancelRequest request) {
        campaigns.cancel(id, request.reason());
        return view(campaigns.campaign(id));
    }

    @GetMapping("/campaigns/{id}/group-result")
    String groupResult(@PathVariable long id) {
        return campaigns.campaign(id).getGroupResult();
    }

    /**
     * One adjustment as the board lists it: the target's name beside its id (联村工作, 总分, 等次), people's names beside
     * their logins, so that the page never shows a code or a login (issue 16).
     */
    record AdjustmentView(
            Long id,
            Long assessmentId,
            String subjectName,
            String target,
            String targetLabel,
            String newValue,
            String reason,
            String source,
            String sourceRef,
            String adjustedBy,
            String adjustedByName,
            OffsetDateTime adjustedAt,
            OffsetDateTime withdrawnAt,
            String withdrawnBy,
            String withdrawnByName,
            String withdrawnReason) {}

    @GetMapping("/campaigns/{id}/adjustments")
    List<AdjustmentView> adjustments(@PathVariable long id) {
        Campaign campaign = campaigns.campaign(id);
        List<ResultAdjustment> all = campaigns.adjustments(id);
        Map<String, String> labels = new java.util.HashMap<>(schemes.categories(campaign.getSchemeVersionId()));
        labels.put(ResultAdjustment.TOTAL, "总分");
        labels.put(ResultAdjustment.GRADE, "等次");
        Map<String, String> grades = schemes.gradeLabels(campaign.getSchemeVersionId());
        Map<Long, String> subjects = subjectNames(all.stream()
                .map(ResultAdjustment::getAssessmentId)
                .distinct()
                .map(campaigns::assessment)
                .toList());
        Map<String, String> names = people.names(all.stream()
                .flatMap(a -> java.util.stream.Stream.of(a.getAdjustedBy(), a.getWithdrawnBy()))
                .filter(java.util.Objects::nonNull)
                .toList());
        return all.stream()
                .map(a -> new AdjustmentView(
                        a.getId(),
                        a.getAssessmentId(),
                        subjects.get(a.getAssessmentId()),
                        a.getTarget(),
                        labels.getOrDefault(a.getTarget(), a.getTarget()),
                        ResultAdjustment.GRADE.equals(a.getTarget())
                                ? grades.getOrDefault(a.getNewValue(), a.getNewValue())
                                : a.getNewValue(),
                        a.getReason(),
                        a.getSource(),
                        a.getSourceRef(),
                        a.getAdjustedBy(),
                        names.get(a.getAdjustedBy()),
                        a.getAdjustedAt(),
                        a.getWithdrawnAt(),
                        a.getWithdrawnBy(),
                        a.getWithdrawnBy() == null ? null : names.get(a.getWithdrawnBy()),
                        a.getWithdrawnReason()))
                .toList();
    }

    private Map<Long, String> subjectNames(List<Assessment> list) {
        Map<Long, String> cadres =
                roster.cadreNames(list.stream().map(Assessment::getCadreId).toList());
        Map<Long, String> units =
                roster.unitNames(list.stream().map(Assessment::getSubjectUnitId).toList());
        Map<Long, String> names = new java.util.HashMap<>();
        list.forEach(a -> names.put(
                a.getId(),
                a.getSubjectUnitId() == null ? cadres.get(a.getCadreId()) : units.get(a.getSubjectUnitId())));
        return names;
    }

    /** What the ranking still needs, by name (分管领导评分, 测评表, 村等次…); the office's checklist. */
    @GetMapping("/campaigns/{id}/inputs")
    CampaignInputs.Checklist inputs(@PathVariable long id) {
        return inputs.checklist(id);
    }

    record WithdrawRequest(String reason) {}

    /**
     * What the adjustment form may set for each target of an assessment (category floor and cap, total bounds, grades),
     * shown before anything is typed; the same ranges the adjustment is checked against.
     */
    @GetMapping("/assessments/{id}/adjustment-ranges")
    List<ResultAdjustments.AllowedRange> adjustmentRanges(@PathVariable long id) {
        return adjustments.ranges(id);
    }

    /**
     * Withdraws an adjustment with a reason (a committee adjustment during the review, an appeal adjustment until the
     * campaign is finalised); the result is computed again without it.
     */
    @PostMapping("/adjustments/{id}/withdraw")
    Map<String, Object> withdraw(@PathVariable long id, @RequestBody(required = false) WithdrawRequest request) {
        ResultAdjustment a = adjustments.withdraw(id, request == null ? null : request.reason());
        return Map.of("id", a.getId(), "withdrawnAt", a.getWithdrawnAt());
    }

    @PostMapping("/assessments/{id}/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> adjust(@PathVariable long id, @RequestBody(required = false) AdjustRequest request) {
        AdjustRequest r = request == null ? new AdjustRequest(null, null, null) : request;
        ResultAdjustment a = campaigns.adjust(id, r.target(), r.value(), r.reason());
        return Map.of("id", a.getId());
    }
}
