package cn.kaohe.report;

import cn.kaohe.appeal.Appeal;
import cn.kaohe.appeal.AppealService;
import cn.kaohe.campaign.Assessment;
import cn.kaohe.campaign.AssessmentLookups;
import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignAppeals;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.GroupRating;
import cn.kaohe.campaign.GroupRatings;
import cn.kaohe.campaign.ResultAdjustment;
import cn.kaohe.deposit.RiskDepositService;
import cn.kaohe.ledger.LedgerService;
import cn.kaohe.org.OrgLookups;
import cn.kaohe.report.CampaignData.CadreInfo;
import cn.kaohe.report.CampaignData.Fact;
import cn.kaohe.report.CampaignData.PeriodResult;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scheme.SchemeDocuments;
import cn.kaohe.scheme.StoredScheme;
import cn.kaohe.scoring.ScoringOutcome.ExplanationLine;
import cn.kaohe.scoring.ScoringOutcome.GroupResult;
import cn.kaohe.scoring.ScoringOutcome.Pay;
import cn.kaohe.scoring.ScoringOutcome.QuotaCheck;
import cn.kaohe.scoring.ScoringOutcome.Reason;
import cn.kaohe.scoring.ScoringOutcome.SubjectResult;
import cn.kaohe.scoring.model.PayMode;
import cn.kaohe.shared.Cycle;
import cn.kaohe.shared.KaoheZone;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a campaign with everything its reports print: assessments and the engine's results, the group
 * result, ratings, adjustments, appeals, names from the organisation tables (set-based, chunked), the
 * ledger facts the explanations cite, and the grades of the year for the annual roll-up.
 */
@Component
class CampaignDataLoader {

    private final CampaignService campaigns;
    private final AppealService appeals;
    private final CampaignAppeals campaignAppeals;
    private final GroupRatings groupRatings;
    private final SchemeCatalog schemes;
    private final OrgLookups org;
    private final AssessmentLookups assessmentLookups;
    private final LedgerService ledger;
    private final RiskDepositService depositService;
    private final ObjectMapper json = SchemeDocuments.json();

    CampaignDataLoader(
            CampaignService campaigns,
            AppealService appeals,
            CampaignAppeals campaignAppeals,
            GroupRatings groupRatings,
            SchemeCatalog schemes,
            OrgLookups org,
            AssessmentLookups assessmentLookups,
            LedgerService ledger,
            RiskDepositService depositService) {
        this.campaigns = campaigns;
        this.appeals = appeals;
        this.campaignAppeals = campaignAppeals;
        this.groupRatings = groupRatings;
        this.schemes = schemes;
        this.org = org;
        this.assessmentLookups = assessmentLookups;
        this.ledger = ledger;
        this.depositService = depositService;
    }

    @Transactional(readOnly = true)
    public CampaignData load(long campaignId) {
        Campaign campaign = campaigns.campaign(campaignId);
        StoredScheme stored = schemes.stored(campaign.getSchemeVersionId());
        List<Assessment> assessments = new ArrayList<>(campaigns.assessments(campaignId));
        assessments.sort(Comparator.comparing(Assessment::getRankNo, Comparator.nullsLast(Integer::compareTo))
                .thenComparing(Assessment::getId));
        Map<Long, SubjectResult> results = new HashMap<>();
        for (Assessment a : assessments) {
            if (a.getResult() != null && a.getTotal() != null) {
                SubjectResult r = read(a.getResult(), new TypeReference<SubjectResult>() {});
                if (r.subjectId() != null) {
                    results.put(a.getId(), complete(r));
                }
            }
        }
        List<GroupResult> groups =
                campaign.getGroupResult() == null || CampaignData.failedRanking(campaign.getGroupResult())
                        ? List.of()
                        : read(campaign.getGroupResult(), new TypeReference<List<GroupResult>>() {}).stream()
                                .map(CampaignDataLoader::complete)
                                .toList();
        List<Long> assessmentIds = assessments.stream().map(Assessment::getId).toList();
        List<GroupRating> ratings = groupRatings.paper(campaignId);
        GroupRatings.Overview overview = groupRatings.overview(campaignId);
        // reports show only the adjustments in force; withdrawn ones stay in the audit trail and the API
        List<ResultAdjustment> allAdjustments = campaigns.adjustments(campaignId);
        List<ResultAdjustment> adjustments =
                allAdjustments.stream().filter(ResultAdjustment::inForce).toList();
        List<Appeal> appealList = appeals.register(campaignId);
        Set<Long> underAppeal = campaignAppeals.underAppeal(assessmentIds);
        Map<Long, String> unitNames = new HashMap<>();
        Map<Long, Long> parents = new HashMap<>();
        for (OrgLookups.UnitRow unit : org.allUnits()) {
            parents.put(unit.id(), unit.parentId());
            unitNames.put(unit.id(), unit.name());
        }
        Long root = campaign.getUnitId();
        while (parents.get(root) != null) {
            root = parents.get(root);
        }
        List<Long> cadreIds =
                new ArrayList<>(assessments.stream().map(Assessment::getCadreId).toList());
        assessments.stream()
                .map(Assessment::getLeaderId)
                .filter(Objects::nonNull)
                .forEach(cadreIds::add);
        List<PeriodResult> year = yearResults(campaign);
        year.forEach(p -> cadreIds.add(p.cadreId()));
        Map<Long, CadreInfo> cadres = cadres(cadreIds);
        Map<String, Fact> facts = facts(results, adjustments);
        // a withdrawal changes the data as much as an adjustment: its time counts for the reports' data version
        Instant dataTime = dataTime(campaign, assessments, ratings, allAdjustments, appealList);
        Map<Long, List<CampaignData.Deposit>> deposits = new HashMap<>();
        dataTime = deposits(campaign.getPeriodStart().getYear(), assessments, deposits, dataTime);
        return new CampaignData(
                campaign,
                unitNames.get(root),
                unitNames.get(campaign.getUnitId()),
                stored.getName() + "（第" + stored.getVersionNo() + "版）",
                schemes.model(campaign.getSchemeVersionId()),
                stored.settings(),
                List.copyOf(assessments),
                Map.copyOf(results),
                groups,
                cadres,
                ratings,
                overview.sheetAverages(),
                adjustments,
                appealList,
                Set.copyOf(underAppeal),
                facts,
                year,
                dataTime,
                Map.copyOf(deposits));
    }

    /**
     * The assessed cadres' risk deposits of the year into {@code into}; answers the data time, later when a deposit
     * was recorded or settled after it (a settlement changes the pay report).
     */
    private Instant deposits(
            int year, List<Assessment> assessments, Map<Long, List<CampaignData.Deposit>> into, Instant dataTime) {
        Set<Long> ids = assessments.stream().map(Assessment::getCadreId).collect(java.util.stream.Collectors.toSet());
        Instant[] latest = {dataTime};
        for (RiskDepositService.DepositLine d : depositService.linesOfYear(year)) {
            long cadre = d.cadreId();
            if (!ids.contains(cadre)) {
                continue;
            }
            into.computeIfAbsent(cadre, k -> new ArrayList<>())
                    .add(new CampaignData.Deposit(d.item(), d.amount(), d.status(), d.refund(), d.award()));
            for (OffsetDateTime t : java.util.Arrays.asList(d.recordedAt(), d.settledAt())) {
                if (t != null && (latest[0] == null || t.toInstant().isAfter(latest[0]))) {
                    latest[0] = t.toInstant();
                }
            }
        }
        return latest[0];
    }

    /** How the campaign's scheme pays (decides whether the pack has a pay report). */
    @Transactional(readOnly = true)
    /** False where the scheme keeps results confidential (seed 001 篇三 六): no public notice list. */
    public boolean publicNotice(long campaignId) {
        return schemes.stored(campaigns.campaign(campaignId).getSchemeVersionId())
                .settings()
                .publicNotice();
    }

    public PayMode payMode(long campaignId) {
        return schemes.model(campaigns.campaign(campaignId).getSchemeVersionId())
                .pay()
                .mode();
    }

    private Map<Long, CadreInfo> cadres(List<Long> ids) {
        Map<Long, CadreInfo> cadres = new HashMap<>();
        org.cadreLines(ids)
                .forEach((id, c) ->
                        cadres.put(id, new CadreInfo(c.name(), c.unitName(), c.post(), c.villageResident())));
        return cadres;
    }

    /** Ledger facts ({@code L<id>}) and adjustments ({@code A<id>}) cited by the explanations. */
    private Map<String, Fact> facts(Map<Long, SubjectResult> results, List<ResultAdjustment> adjustments) {
        Map<String, Fact> facts = new HashMap<>();
        List<Long> ledgerIds = results.values().stream()
                .flatMap(r -> Stream.concat(
                        r.explanation().stream().flatMap(l -> l.factIds().stream()),
                        r.reasons().stream().flatMap(x -> x.factIds().stream())))
                .filter(id -> id.matches("L\\d+"))
                .map(id -> Long.valueOf(id.substring(1)))
                .distinct()
                .sorted()
                .toList();
        for (LedgerService.FactNote note : ledger.notes(ledgerIds)) {
            String reason = note.reason();
            java.time.LocalDate on = note.occurredOn();
            String text =
                    ReportFunctions.date(on) + " " + (reason == null || reason.isBlank() ? note.factType() : reason);
            facts.put("L" + note.id(), new Fact(text, on));
        }
        for (ResultAdjustment a : adjustments) {
            String source = "APPEAL".equals(a.getSource()) ? "申诉裁定" : "审议调整";
            facts.put(
                    "A" + a.getId(),
                    new Fact(
                            source + "：" + a.getReason(),
                            a.getAdjustedAt().atZoneSameInstant(KaoheZone.ZONE).toLocalDate()));
        }
        return facts;
    }

    /** Grades of the finalised campaigns of the same unit and cycle in the same year, and of this one. */
    private List<PeriodResult> yearResults(Campaign campaign) {
        if (campaign.getCycle() == Cycle.ANNUAL) {
            return List.of();
        }
        List<PeriodResult> results = new ArrayList<>();
        assessmentLookups
                .gradesOfTheYear(campaign)
                .forEach(g -> results.add(new PeriodResult(g.cadreId(), g.periodLabel(), g.periodStart(), g.grade())));
        return results;
    }

    private static Instant dataTime(
            Campaign c,
            List<Assessment> assessments,
            List<GroupRating> ratings,
            List<ResultAdjustment> adjustments,
            List<Appeal> appeals) {
        List<OffsetDateTime> times = new ArrayList<>();
        times.add(c.getOpenedAt());
        times.add(c.getApprovedAt());
        times.add(c.getNoticeStart());
        times.add(c.getFinalisedAt());
        for (Assessment a : assessments) {
            times.add(a.getSelfSubmittedAt());
            times.add(a.getRatedAt());
        }
        ratings.forEach(r -> times.add(r.getEnteredAt()));
        adjustments.forEach(a -> {
            times.add(a.getAdjustedAt());
            times.add(a.getWithdrawnAt());
        });
        for (Appeal a : appeals) {
            times.add(a.getFiledAt());
            times.add(a.getForwardedAt());
            times.add(a.getDecidedAt());
            times.add(a.getRenoticeStart());
            times.add(a.getClosedAt());
        }
        return times.stream()
                .filter(Objects::nonNull)
                .map(OffsetDateTime::toInstant)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** The stored JSON leaves empty collections out: read them back as empty, never null. */
    static SubjectResult complete(SubjectResult r) {
        return new SubjectResult(
                r.subjectId(),
                r.name(),
                r.group(),
                r.categoryScores() == null ? Map.of() : r.categoryScores(),
                r.total(),
                r.gradeCode(),
                r.gradeLabel(),
                r.rank(),
                r.derived(),
                r.excellenceEligible(),
                list(r.reasons()).stream()
                        .map(x -> new Reason(x.code(), x.ruleId(), x.clause(), list(x.factIds()), x.description()))
                        .toList(),
                r.pay() == null
                        ? null
                        : new Pay(
                                nonNull(r.pay().gross()),
                                nonNull(r.pay().withheld()),
                                nonNull(r.pay().adjustments()),
                                nonNull(r.pay().net()),
                                list(r.pay().lines()),
                                list(r.pay().members())),
                list(r.explanation()).stream()
                        .map(l -> new ExplanationLine(
                                l.ruleId(),
                                l.clause(),
                                list(l.factIds()),
                                l.category(),
                                nonNull(l.delta()),
                                nonNull(l.totalDelta()),
                                l.description()))
                        .toList(),
                list(r.consequences()));
    }

    static GroupResult complete(GroupResult g) {
        QuotaCheck q = g.quotaCheck() == null
                ? null
                : new QuotaCheck(
                        list(g.quotaCheck().grades()),
                        list(g.quotaCheck().subgroups()),
                        g.quotaCheck().ok());
        return new GroupResult(g.group(), list(g.ranking()), q, g.pay(), list(g.personConsequences()));
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static java.math.BigDecimal nonNull(java.math.BigDecimal value) {
        return value == null ? java.math.BigDecimal.ZERO : value;
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored scoring JSON cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
