package cn.kaohe.ops;

import cn.kaohe.campaign.CampaignCounts;
import cn.kaohe.campaign.CampaignStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Campaign series, read from the database at each scrape (a few aggregate queries):
 * {@code kaohe_campaigns{status}} campaigns by status; {@code kaohe_campaign_opening_cadres} and
 * {@code kaohe_campaign_opening_opened} the cadres (or units) of the campaigns being opened and how many
 * assessments are open so far, so that {@code opened / cadres} is the opening progress.
 */
@org.springframework.stereotype.Component
class CampaignMetrics {

    private final CampaignCounts campaigns;

    CampaignMetrics(CampaignCounts campaigns, MeterRegistry registry) {
        this.campaigns = campaigns;
        for (CampaignStatus status : CampaignStatus.values()) {
            Gauge.builder("kaohe.campaigns", this, m -> m.count(status))
                    .description("Campaigns by status")
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        Gauge.builder("kaohe.campaign.opening.cadres", this, m -> m.query(m.campaigns::openingSubjects))
                .description("Cadres (or units) of the campaigns being opened")
                .register(registry);
        Gauge.builder("kaohe.campaign.opening.opened", this, m -> m.query(m.campaigns::openingOpened))
                .description("Assessments opened so far in the campaigns being opened")
                .register(registry);
    }

    private double count(CampaignStatus status) {
        return query(() -> campaigns.count(status));
    }

    private double query(LongSupplier query) {
        try {
            return query.getAsLong();
        } catch (RuntimeException e) {
            return Double.NaN; // the database is away: the series says "unknown", the scrape still answers
        }
    }
}
