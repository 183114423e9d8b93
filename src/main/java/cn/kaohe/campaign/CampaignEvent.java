package cn.kaohe.campaign;

/**
 * What happened to a campaign, published after the change is made (listen with
 * {@code @TransactionalEventListener} to act after commit, e.g. to generate reports).
 */
public sealed interface CampaignEvent {

    long campaignId();

    /** Ranked and graded for the committee review. */
    record Ranked(long campaignId) implements CampaignEvent {}

    /** The public notice opened. */
    record NoticeOpened(long campaignId) implements CampaignEvent {}

    /** Results locked, cadres notified, archived. */
    record Finalised(long campaignId) implements CampaignEvent {}

    /** An appeal decision changed results of the campaign. */
    record ResultsChanged(long campaignId, long appealId) implements CampaignEvent {}
}
