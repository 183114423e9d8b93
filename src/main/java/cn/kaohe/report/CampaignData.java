package cn.kaohe.report;

import cn.kaohe.appeal.Appeal;
import cn.kaohe.campaign.Assessment;
import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.GroupRating;
import cn.kaohe.campaign.GroupRatings;
import cn.kaohe.campaign.ResultAdjustment;
import cn.kaohe.scheme.ProcessSettings;
import cn.kaohe.scoring.ScoringOutcome.GroupResult;
import cn.kaohe.scoring.ScoringOutcome.SubjectResult;
import cn.kaohe.scoring.model.SchemeVersion;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the report pack of one campaign is built from, read in one transaction.
 *
 * @param assessments in print order: by rank, unranked last, then by id
 * @param groupRatings the office's paper figures
 * @param sheetAverages online rating sheets as anonymous per-subject averages (never single votes)
 * @param results the engine's explained result per assessment id (absent before scoring)
 * @param factTexts ledger facts and adjustments by the ids the explanation uses ({@code L12}, {@code A3})
 * @param dataTime the latest change in these data; printed as the generation time so that unchanged data
 *     give the same file
 */
record CampaignData(
        Campaign campaign,
        String township,
        String unitName,
        String schemeName,
        SchemeVersion scheme,
        ProcessSettings settings,
        List<Assessment> assessments,
        Map<Long, SubjectResult> results,
        List<GroupResult> groups,
        Map<Long, CadreInfo> cadres,
        List<GroupRating> groupRatings,
        List<GroupRatings.SheetAverage> sheetAverages,
        List<ResultAdjustment> adjustments,
        List<Appeal> appeals,
        Set<Long> underAppeal,
        Map<String, Fact> factTexts,
        List<PeriodResult> yearResults,
        Instant dataTime,
        Map<Long, List<Deposit>> deposits) {

    /**
     * A risk deposit (目标风险抵押金, seed 001 篇四 二(七)1(2)) of an assessed cadre in the campaign's year, for the pay report.
     *
     * @param status PAID, AWARDED, REFUNDED or FORFEITED (deposit module)
     */
    record Deposit(
            String item,
            java.math.BigDecimal amount,
            String status,
            java.math.BigDecimal refund,
            java.math.BigDecimal award) {}

    /** A cadre as printed: name, unit, post; whether resident in a village (驻村). */
    record CadreInfo(String name, String unitName, String postName, boolean villageResident) {}

    /** A ledger fact or an adjustment an explanation line rests on. */
    record Fact(String text, java.time.LocalDate date) {}

    /**
     * One cadre's grade in a finalised campaign of the same unit and cycle in the same year (for the
     * annual roll-up), the current campaign included.
     */
    record PeriodResult(long cadreId, String periodLabel, java.time.LocalDate periodStart, String gradeCode) {}

    /** True when the last ranking produced results (not the list of problems a failed ranking stores). */
    boolean ranked() {
        return campaign.getGroupResult() != null && !failedRanking(campaign.getGroupResult());
    }

    static boolean failedRanking(String groupResult) {
        return groupResult.startsWith("{\"error\"");
    }

    CadreInfo cadre(Assessment a) {
        return cadres.getOrDefault(a.getCadreId(), new CadreInfo(String.valueOf(a.getCadreId()), "", "", false));
    }
}
