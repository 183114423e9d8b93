package cn.kaohe.notification;

import java.util.Optional;

/**
 * The unit a campaign assesses, so that a message about a campaign goes to that unit's township. Implemented by the
 * campaign module, which sends notifications (so notification does not depend on campaign: docs/adr/0022).
 */
public interface CampaignUnits {

    /** The unit of the campaign, empty if there is no such campaign. */
    Optional<Long> unitOf(long campaignId);
}
