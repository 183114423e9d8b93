package cn.kaohe.report;

import cn.kaohe.campaign.Campaign;
import cn.kaohe.report.model.ReportDocument;
import cn.kaohe.scoring.model.PayMode;
import cn.kaohe.shared.Cycle;
import cn.kaohe.shared.KaoheException;

/**
 * Builds the read model of each report from a campaign's data: refuses a report the campaign cannot have, then hands
 * over to the builder of the type ({@link RankingBuilder}, {@link GradeDistributionBuilder}, {@link ScoreSheetBuilder},
 * {@link PublicNoticeBuilder}, {@link PerformancePayBuilder}, {@link AppealRegisterBuilder}, {@link
 * ResultNoticeBuilder}, {@link AnnualRollupBuilder}; what they share is in {@link ReportBasis}). No I/O: everything
 * comes from {@link CampaignData}, so a builder gives the same document for the same data (the data version is a hash
 * of it). Figures are printed as the scoring module rounded them; percentages of the grade distribution are rounded
 * there (scale 1, HALF_UP).
 */
final class ReadModels {

    private final CampaignData data;
    private final Campaign campaign;
    private final ReportBasis basis;

    ReadModels(CampaignData data) {
        this.data = data;
        this.campaign = data.campaign();
        this.basis = new ReportBasis(data);
    }

    /** The document of {@code type}: campaign-wide, or one cadre's when {@code assessmentId} is given. */
    ReportDocument build(ReportType type, Long assessmentId, boolean groupByUnit) {
        requireApplicable(type);
        return switch (type) {
            case RANKING -> new RankingBuilder(basis).build(groupByUnit);
            case GRADE_DISTRIBUTION -> new GradeDistributionBuilder(basis).build();
            case SCORE_SHEET -> new ScoreSheetBuilder(basis).build(assessmentId);
            case PUBLIC_NOTICE -> new PublicNoticeBuilder(basis).build();
            case PERFORMANCE_PAY -> new PerformancePayBuilder(basis).build();
            case APPEAL_REGISTER -> new AppealRegisterBuilder(basis).build();
            case RESULT_NOTICE -> new ResultNoticeBuilder(basis).build(assessmentId);
            case ANNUAL_ROLLUP -> new AnnualRollupBuilder(basis).build();
        };
    }

    /** Refuses, with a message for the office, a report the campaign cannot have yet (or at all). */
    void requireApplicable(ReportType type) {
        switch (type) {
            case PUBLIC_NOTICE -> {
                if (!data.settings().publicNotice()) {
                    throw new KaoheException(ReportError.CONFIDENTIAL, data.schemeName());
                }
                if (campaign.getNoticeStart() == null) {
                    throw new KaoheException(ReportError.NOTICE_NOT_OPENED, campaign.getName());
                }
            }
            case ANNUAL_ROLLUP -> {
                if (campaign.getCycle() == Cycle.ANNUAL) {
                    throw new KaoheException(ReportError.NO_ANNUAL_ROLLUP, campaign.getName());
                }
            }
            case PERFORMANCE_PAY -> {
                requireRanked(type);
                if (data.scheme().pay().mode() == PayMode.NONE) {
                    throw new KaoheException(ReportError.NO_PAY_POLICY, data.schemeName());
                }
            }
            case APPEAL_REGISTER -> {}
            default -> requireRanked(type);
        }
    }

    private void requireRanked(ReportType type) {
        if (!data.ranked()) {
            throw new KaoheException(ReportError.NOT_RANKED, campaign.getName(), type.title());
        }
    }
}
