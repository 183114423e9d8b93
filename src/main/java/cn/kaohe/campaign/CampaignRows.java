package cn.kaohe.campaign;

import cn.kaohe.shared.KaoheException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

/**
 * The campaign and assessment rows the use cases start from, found or a 404. No transaction of its own: each use case's
 * entry point holds it (and the campaign row lock, docs/adr/0010).
 */
@Component
class CampaignRows {

    private final CampaignRepository campaigns;

    /**
     * Rows by id straight from the persistence context: a step reads its campaign and assessment several times, and a
     * repository's proxies (transaction attribute, metadata, metrics) cost more than the cache hit they end in
     * (docs/adr/0013, addendum "the engine's bookkeeping").
     */
    @PersistenceContext
    private EntityManager entities;

    CampaignRows(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    Campaign campaign(long id) {
        Campaign c = entities.find(Campaign.class, id);
        if (c == null) {
            throw KaoheException.notFound("考核批次", id);
        }
        return c;
    }

    /** The campaign row locked until the caller's transaction ends. */
    Campaign lock(long id) {
        return campaigns.lockById(id).orElseThrow(() -> KaoheException.notFound("考核批次", id));
    }

    /**
     * The assessment row locked until the caller's transaction ends ({@code select … for update}, or only the lock if
     * the row is already in the persistence context), through the entity loader rather than a repository query: the
     * query's proxies, plan lookup and result handling were a tenth of a step's own CPU (docs/adr/0013, addendum "plans,
     * not only statements").
     */
    Assessment lockAssessment(long id) {
        Assessment a = entities.find(Assessment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw KaoheException.notFound("个人考核", id);
        }
        return a;
    }

    Assessment assessment(long id) {
        Assessment a = entities.find(Assessment.class, id);
        if (a == null) {
            throw KaoheException.notFound("个人考核", id);
        }
        return a;
    }
}
