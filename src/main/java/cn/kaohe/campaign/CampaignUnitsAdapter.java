package cn.kaohe.campaign;

import cn.kaohe.notification.CampaignUnits;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the notification module which unit a campaign assesses (the township of its messages). */
@Component
class CampaignUnitsAdapter implements CampaignUnits {

    private final CampaignRepository campaigns;

    CampaignUnitsAdapter(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> unitOf(long campaignId) {
        return campaigns.findById(campaignId).map(Campaign::getUnitId);
    }
}
