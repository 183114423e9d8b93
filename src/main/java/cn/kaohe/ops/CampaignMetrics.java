package cn.kaohe.ops;

import cn.kaohe.campaign.CampaignStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Locale;
import java.util.function.Function;

/**
 * Campaign series, read from the database at each scrape (a few aggregate queries):
 * {@code kaohe_campaigns{status}} campaigns by status; {@code kaohe_campaign_opening_cadres} and
 * {@code kaohe_campaign_opening_opened} the cadres (or units) of the campaigns being opened and how many
 * assessments are open so far, so that {@code opened / cadres} is the opening progress.
 */
@org.springframework.stereotype.Component
class CampaignMetrics {

    private final EntityManagerFactory entityManagers;

    CampaignMetrics(EntityManagerFactory entityManagers, MeterRegistry registry) {
        this.entityManagers = entityManagers;
        for (CampaignStatus status : CampaignStatus.values()) {
            Gauge.builder("kaohe.campaigns", this, m -> m.count(status))
                    .description("Campaigns by status")
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        Gauge.builder("kaohe.campaign.opening.cadres", this, m -> m.opening("cadreCount"))
                .description("Cadres (or units) of the campaigns being opened")
                .register(registry);
        Gauge.builder("kaohe.campaign.opening.opened", this, m -> m.opening("openedCount"))
                .description("Assessments opened so far in the campaigns being opened")
                .register(registry);
    }

    private double count(CampaignStatus status) {
        return query(em -> em.createQuery("select count(c) from Campaign c where c.status = :status", Long.class)
                .setParameter("status", status)
                .getSingleResult());
    }

    private double opening(String field) {
        return query(em -> em.createQuery(
                        "select coalesce(sum(c." + field + "), 0) from Campaign c where c.status = :status",
                        Number.class)
                .setParameter("status", CampaignStatus.OPENING)
                .getSingleResult());
    }

    private double query(Function<EntityManager, Number> query) {
        try (EntityManager em = entityManagers.createEntityManager()) {
            return query.apply(em).doubleValue();
        } catch (RuntimeException e) {
            return Double.NaN; // the database is away: the series says "unknown", the scrape still answers
        }
    }
}
