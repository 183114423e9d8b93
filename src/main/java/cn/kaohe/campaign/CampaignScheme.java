package cn.kaohe.campaign;

import java.math.BigDecimal;
import java.util.List;

/** What a campaign needs from its scheme version; implemented by the scheme module's adapter. */
public interface CampaignScheme {

    /** Freezes the scheme version (it can never change again) and answers its name; fails if it does not exist. */
    String freeze(long schemeVersionId);

    /** The categories cadres score themselves on and leaders rate. */
    RatingForm ratingForm(long schemeVersionId);

    /** Length of the public notice in working days (公示, default 3). */
    int noticeWorkingDays(long schemeVersionId);

    /** The categories of a rating form: id, Chinese name, allowed range, whether the cadre gives a self-score. */
    record RatingForm(List<Category> categories) {
        public record Category(String id, String name, BigDecimal min, BigDecimal max, boolean selfScored) {}
    }
}
