package cn.kaohe.campaign.web;

import cn.kaohe.audit.CurrentActor;
import cn.kaohe.calendar.HolidayCalendarService;
import cn.kaohe.campaign.Assessment;
import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignPages;
import cn.kaohe.campaign.CampaignRoster;
import cn.kaohe.campaign.CampaignScheme;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.GroupRatings;
import cn.kaohe.ledger.LedgerEntry;
import cn.kaohe.ledger.LedgerService;
import cn.kaohe.shared.PageSpec;
import cn.kaohe.web.security.AccessPolicy;
import cn.kaohe.web.security.PeopleNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One cadre's assessment: self-evaluation, rating, explained result, the ledger of the period; notices. */
@RestController
@RequestMapping("/api")
class AssessmentController {

    private final CampaignService campaigns;
    private final CampaignRoster roster;
    private final CampaignScheme schemes;
    private final LedgerService ledger;
    private final GroupRatings groupRatings;
    private final cn.kaohe.campaign.RaterSheets raterSheets;
    private final HolidayCalendarService calendar;
    private final CurrentActor actor;
    private final ObjectMapper json;
    private final Clock clock;
    private final AccessPolicy policy;
    private final CampaignPages pages;
    private final PeopleNames people;

    AssessmentController(
            CampaignService campaigns,
            CampaignRoster roster,
            CampaignScheme schemes,
            LedgerService ledger,
            GroupRatings groupRatings,
            cn.kaohe.campaign.RaterSheets raterSheets,
            HolidayCalendarService calendar,
            CurrentActor actor,
            ObjectMapper json,
            Clock clock,
            AccessPolicy policy,
            CampaignPages pages,
            PeopleNames people) {
        this.pages = pages;
        this.people = people;
        this.campaigns = campaigns;
        this.roster = roster;
        this.schemes = schemes;
        this.ledger = ledger;
        this.groupRatings = groupRatings;
        this.raterSheets = raterSheets;
        this.calendar = calendar;
        this.actor = actor;
        this.json = json;
        this.clock = clock;
        this.policy = policy;
    }

    record Person(Long id, String name) {}

    record AssessmentView(
            Long id,
            Long campaignId,
            String campaignName,
            String campaignStatus,
            Person cadre,
            Person subjectUnit,
            Person leader,
            String status,
            String statusLabel,
            String selfSummary,
            Map<String, BigDecimal> selfScores,
            String selfAttachments,
            OffsetDateTime selfSavedAt,
            OffsetDateTime selfSubmittedAt,
            Map<String, BigDecimal> ratingScores,
            String ratingComment,
            OffsetDateTime ratedAt,
            String returnedReason,
            BigDecimal total,
            String grade,
            String gradeLabel,
            Integer rank,
            Boolean eligible,
            BigDecimal pay,
            boolean locked,
            JsonNode result,
            CampaignScheme.RatingForm ratingForm,
            Map<String, String> categoryNames,
            List<LedgerLine> ledger) {}

    /** A ledger entry with its type's and level's Chinese names and the recorder's name beside the codes (issue 16). */
    record LedgerLine(
            Long id,
            String factType,
            String factTypeLabel,
            String level,
            String levelLabel,
            java.time.LocalDate occurredOn,
            BigDecimal quantity,
            BigDecimal points,
            BigDecimal amount,
            String reason,
            String evidence,
            String recordedBy,
            String recordedByName,
            OffsetDateTime recordedAt,
            Long reversesId) {}

    private List<LedgerLine> ledgerLines(List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<String, LedgerService.FactType> types = ledger.factTypes();
        Map<String, String> names =
                people.names(entries.stream().map(LedgerEntry::getRecordedBy).toList());
        return entries.stream()
                .map(e -> new LedgerLine(
                        e.getId(),
                        e.getFactType(),
                        types.containsKey(e.getFactType())
                                ? types.get(e.getFactType()).name()
                                : e.getFactType(),
                        e.getLevel(),
                        e.getLevel() == null ? null : cn.kaohe.scoring.Vocabulary.level(e.getLevel()),
                        e.getOccurredOn(),
                        e.getQuantity(),
                        e.getPoints(),
                        e.getAmount(),
                        e.getReason(),
                        e.getEvidence(),
                        e.getRecordedBy(),
                        e.getRecordedBy() == null ? null : names.get(e.getRecordedBy()),
                        e.getRecordedAt(),
                        e.getReversesId()))
                .toList();
    }

    record NoticeView(
            Long campaignId,
            String campaignName,
            OffsetDateTime start,
            OffsetDateTime end,
            long remainingWorkingDays,
            boolean ended,
            String statusLabel,
            String howToObject,
            List<NoticeRow> rows,
            Long totalRows) {}

    record NoticeRow(Integer rank, String name, BigDecimal total, String gradeLabel) {}

    @GetMapping("/assessments/{id}")
    AssessmentView one(@PathVariable long id) {
        policy.requireSeeAssessment(id);
        return view(campaigns.assessment(id), true);
    }

    @GetMapping("/assessments/mine")
    List<AssessmentView> mine() {
        return roster.cadreIdOfLogin(actor.name())
                .map(cadreId -> campaigns.assessmentsOfCadre(cadreId).stream()
                        .map(a -> view(a, false))
                        .toList())
                .orElse(List.of());
    }

    /**
     * The current user's rating sheet (测评表) of a campaign: the slots of their rater groups, everyone but
     * themselves. Only for the campaign's raters: anyone else gets the answer of an unknown campaign (issue 11).
     */
    @GetMapping("/campaigns/{id}/rating-sheet")
    cn.kaohe.campaign.RaterSheets.Sheet ratingSheet(@PathVariable long id) {
        cn.kaohe.campaign.RaterSheets.Sheet sheet = raterSheets.sheet(id, actor.name());
        if (sheet.slots().isEmpty()) {
            throw cn.kaohe.shared.KaoheException.notFound("考核批次", id);
        }
        return sheet;
    }

    /** Paper figures, the online sheets' progress and (once all are in) their anonymous averages: never a vote. */
    @GetMapping("/campaigns/{id}/group-ratings")
    GroupRatings.Overview groupRatings(@PathVariable long id) {
        return groupRatings.overview(id);
    }

    @GetMapping("/campaigns/{id}/group-rating-slots")
    List<GroupRatings.Slot> slots(@PathVariable long id) {
        return groupRatings.slots(id);
    }

    record GroupRatingRequest(List<GroupRatings.Entry> entries, String reason) {}

    @PutMapping("/campaigns/{id}/group-ratings")
    Map<String, Integer> enter(@PathVariable long id, @RequestBody GroupRatingRequest request) {
        return Map.of(
                "entered",
                groupRatings.enter(id, request.entries() == null ? List.of() : request.entries(), request.reason()));
    }

    /** Campaigns on public notice now, with the list, the window and how to object. */
    @GetMapping("/notices")
    List<NoticeView> notices(
            @RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String q) {
        // with page, size or sort: one page of each list read from the database, its length in totalRows (ADR 0013)
        PageSpec spec = page == null && size == null && sort == null && q == null
                ? null
                : PageSpec.of(page, size, sort, CampaignPages.SORT_KEYS, "rank");
        OffsetDateTime now = OffsetDateTime.now(clock);
        return campaigns.all().stream()
                // the list: notices whose window runs now (a campaign finalised early says ended=true, never 剩余 n 天);
                // one campaign asked for by id: also a notice that has ended
                .filter(c -> (campaignId == null || campaignId.equals(c.getId()))
                        && c.getNoticeStart() != null
                        && c.getNoticeEnd() != null
                        && !now.isBefore(c.getNoticeStart())
                        && (campaignId != null
                                || (now.isBefore(c.getNoticeEnd())
                                        && c.getStatus() != cn.kaohe.campaign.CampaignStatus.CANCELLED))
                        // seed 001 篇三 六: results only for the cadre and the committee, never on the public list
                        && schemes.publicNotice(c.getSchemeVersionId()))
                .map(c -> spec == null ? notice(c, now) : noticePage(c, now, spec, q))
                .toList();
    }

    /** A campaign whose notice is over although its window may still run: finalised, cancelled. */
    private static boolean noticeOver(Campaign c) {
        return c.getStatus() == cn.kaohe.campaign.CampaignStatus.FINALISED
                || c.getStatus() == cn.kaohe.campaign.CampaignStatus.CANCELLED;
    }

    private NoticeView noticePage(Campaign c, OffsetDateTime now, PageSpec spec, String q) {
        PageSpec.Page<CampaignPages.ResultRow> rows = pages.results(c.getId(), spec, q);
        return header(
                c,
                now,
                rows.content().stream()
                        .map(r -> new NoticeRow(r.rank(), r.name(), r.total(), r.gradeLabel()))
                        .toList(),
                rows.total());
    }

    private NoticeView notice(Campaign c, OffsetDateTime now) {
        List<Assessment> all = campaigns.assessments(c.getId());
        Map<Long, String> cadres =
                roster.cadreNames(all.stream().map(Assessment::getCadreId).toList());
        Map<Long, String> units =
                roster.unitNames(all.stream().map(Assessment::getSubjectUnitId).toList());
        List<NoticeRow> rows = all.stream()
                .map(a -> new NoticeRow(
                        a.getRankNo(),
                        a.getSubjectUnitId() == null ? cadres.get(a.getCadreId()) : units.get(a.getSubjectUnitId()),
                        a.getTotal(),
                        a.getGradeLabel()))
                .sorted(java.util.Comparator.comparing(
                        NoticeRow::rank, java.util.Comparator.nullsLast(Integer::compareTo)))
                .toList();
        return header(c, now, rows, null);
    }

    private NoticeView header(Campaign c, OffsetDateTime now, List<NoticeRow> rows, Long totalRows) {
        LocalDate today = now.atZoneSameInstant(clock.getZone()).toLocalDate();
        LocalDate lastDay = c.getNoticeEnd()
                .atZoneSameInstant(clock.getZone())
                .toLocalDate()
                .minusDays(1);
        boolean ended = !now.isBefore(c.getNoticeEnd()) || noticeOver(c);
        long remaining = ended ? 0 : calendar.calendar().workingDaysBetween(today, lastDay.plusDays(1));
        return new NoticeView(
                c.getId(),
                c.getName(),
                c.getNoticeStart(),
                c.getNoticeEnd(),
                remaining,
                ended,
                c.getStatus().label(),
                "公示期间如有异议，本人可在“我的考核结果”中提出申诉，或向镇绩考办（设在镇督查室）书面反映。",
                rows,
                totalRows);
    }

    private AssessmentView view(Assessment a, boolean full) {
        Campaign c = campaigns.campaign(a.getCampaignId());
        JsonNode result = null;
        if (full && a.getResult() != null) {
            try {
                result = json.readTree(a.getResult());
            } catch (Exception e) {
                result = null;
            }
        }
        return new AssessmentView(
                a.getId(),
                c.getId(),
                c.getName(),
                c.getStatus().label(),
                new Person(a.getCadreId(), roster.cadreName(a.getCadreId())),
                a.getSubjectUnitId() == null
                        ? null
                        : new Person(a.getSubjectUnitId(), roster.unitLabel(a.getSubjectUnitId())),
                a.getLeaderId() == null ? null : new Person(a.getLeaderId(), roster.cadreName(a.getLeaderId())),
                a.getStatus().name(),
                a.getStatus().label(),
                a.getSelfSummary(),
                a.getSelfScores(),
                a.getSelfAttachments(),
                a.getSelfSavedAt(),
                a.getSelfSubmittedAt(),
                a.getRatingScores(),
                a.getRatingComment(),
                a.getRatedAt(),
                a.getReturnedReason(),
                a.getTotal(),
                a.getGrade(),
                a.getGradeLabel(),
                a.getRankNo(),
                a.getEligible(),
                a.getPay(),
                a.isLocked(),
                result,
                full ? schemes.ratingForm(c.getSchemeVersionId()) : null,
                full ? schemes.categories(c.getSchemeVersionId()) : null,
                full ? ledgerLines(ledger.ofCadre(a.getCadreId(), c.getPeriodStart(), c.getPeriodEnd())) : null);
    }
}
