package cn.kaohe.campaign;

import java.util.UUID;

/**
 * What happened to a campaign, published after the change is made (listen with
 * {@code @TransactionalEventListener} to act after commit, e.g. to generate reports). Each event carries an id of its
 * own: a listener that must act once per event (the report module, ADR 0024) keys its work by it, and two events with
 * the same content (two adjustments of one appeal) stay two events in Spring Modulith's event publication registry.
 */
public sealed interface CampaignEvent {

    long campaignId();

    /** This event's identity, random, given when the step publishes it. */
    UUID eventId();

    /** Ranked and graded for the committee review. */
    record Ranked(long campaignId, UUID eventId) implements CampaignEvent {
        public Ranked(long campaignId) {
            this(campaignId, UUID.randomUUID());
        }
    }

    /** The public notice opened. */
    record NoticeOpened(long campaignId, UUID eventId) implements CampaignEvent {
        public NoticeOpened(long campaignId) {
            this(campaignId, UUID.randomUUID());
        }
    }

    /** Results locked, cadres notified, archived. */
    record Finalised(long campaignId, UUID eventId) implements CampaignEvent {
        public Finalised(long campaignId) {
            this(campaignId, UUID.randomUUID());
        }
    }

    /** An appeal decision changed results of the campaign. */
    record ResultsChanged(long campaignId, long appealId, UUID eventId) implements CampaignEvent {
        public ResultsChanged(long campaignId, long appealId) {
            this(campaignId, appealId, UUID.randomUUID());
        }
    }
}
