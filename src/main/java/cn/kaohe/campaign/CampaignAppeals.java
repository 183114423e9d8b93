package cn.kaohe.campaign;

import java.util.Collection;
import java.util.Set;

/** What a campaign needs to know about appeals; implemented by the appeal module. */
public interface CampaignAppeals {

    /** True while any appeal of the campaign is not closed: the campaign cannot be finalised. */
    boolean hasOpenAppeals(long campaignId);

    /** The assessments among these that have an appeal not yet closed (reports mark them 申诉中). */
    Set<Long> underAppeal(Collection<Long> assessmentIds);
}
