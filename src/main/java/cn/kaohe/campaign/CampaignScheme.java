package cn.kaohe.campaign;

import java.math.BigDecimal;
import java.util.List;

/** What a campaign needs from its scheme version; implemented by the scheme module's adapter. */
public interface CampaignScheme {

    /** Freezes the scheme version (it can never change again) and answers its name; fails if it does not exist. */
    String freeze(long schemeVersionId);

    /** True when the scheme assesses units (科室, 部门, 镇乡) rather than cadres. */
    boolean assessesUnits(long schemeVersionId);

    /** The categories cadres score themselves on and leaders rate. */
    RatingForm ratingForm(long schemeVersionId);

    /**
     * The notice cut-off the scheme asks for (参数 {@code noticeOpeningDay}: NEVER → 00:00, 民法典 第二百零一条), or empty
     * for the application's cut-off.
     */
    default java.util.Optional<java.time.LocalTime> noticeCutOff(long schemeVersionId) {
        return java.util.Optional.empty();
    }

    /** Length of the public notice in working days (公示, default 3). */
    int noticeWorkingDays(long schemeVersionId);

    /** False where the scheme keeps results confidential (seed 001 篇三 六): no public list, only the cadre and committee. */
    boolean publicNotice(long schemeVersionId);

    /** Every score category of the scheme: id → Chinese name, in the scheme's order. */
    java.util.Map<String, String> categories(long schemeVersionId);

    /** Grades of the scheme: code → Chinese label, best first. */
    java.util.Map<String, String> gradeLabels(long schemeVersionId);

    /** Grade codes of the scheme, best first (to tell whether a result got worse). */
    java.util.List<String> gradeOrder(long schemeVersionId);

    /** The range an adjustment of a category ({@code id}) or of {@code TOTAL} may set (cap, floor, total bounds). */
    java.util.Optional<cn.kaohe.scoring.AdjustmentBounds.Range> adjustmentRange(long schemeVersionId, String target);

    /** Deadlines of appeals under this scheme (calendar time, not working days). */
    AppealRules appealRules(long schemeVersionId);

    /** What the scheme asks of a campaign's pay inputs (issue 13). */
    PayNeeds payNeeds(long schemeVersionId);

    /**
     * @param schemeName the scheme's name (for messages)
     * @param cycle the only cycle campaigns under this scheme may have
     * @param poolShared the scheme shares a pool by score (PROPORTIONAL): a pool is required
     * @param poolChecked the scheme pays fixed amounts that a pool may cap (BY_GRADE)
     */
    record PayNeeds(String schemeName, cn.kaohe.shared.Cycle cycle, boolean poolShared, boolean poolChecked) {
        public boolean poolAllowed() {
            return poolShared || poolChecked;
        }
    }

    /**
     * @param windowDays appeals are accepted during the notice and this many days after finalisation (公务员法 第九十五条: 30)
     * @param forwardHours the office forwards an appeal to the committee within this many hours (seed 001 篇三 六: 24)
     * @param decisionDays the committee decides within this many days (seed 001 篇三 六: 一星期内, 7)
     */
    record AppealRules(int windowDays, int forwardHours, int decisionDays) {
        public static final AppealRules DEFAULT = new AppealRules(30, 24, 7);
    }

    /** The categories of a rating form: id, Chinese name, allowed range, whether the cadre gives a self-score. */
    record RatingForm(List<Category> categories) {
        public record Category(String id, String name, BigDecimal min, BigDecimal max, boolean selfScored) {}
    }
}
