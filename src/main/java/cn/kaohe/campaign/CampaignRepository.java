package cn.kaohe.campaign;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    Optional<Campaign> findByActiveKey(String activeKey);

    /** A page of campaigns whose name or period contains {@code like} (already lower case, with % around it). */
    @Query("select c from Campaign c where lower(c.name) like :like or lower(c.periodLabel) like :like")
    org.springframework.data.domain.Page<Campaign> search(String like, org.springframework.data.domain.Pageable page);

    java.util.List<Campaign> findByStatus(CampaignStatus status);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Campaign c where c.id = :id")
    Optional<Campaign> lockById(Long id);

    /**
     * Counts one more rated assessment without touching the campaign's version: raters of different cadres do not
     * make each other's writes stale. The row stays locked until the transaction ends, so the counts seen by
     * {@link #allRated} are exact and exactly one rating sees the last one (ADR 0010).
     */
    @Modifying(flushAutomatically = true)
    @Query("update Campaign c set c.ratedCount = c.ratedCount + 1 where c.id = :id")
    int countRated(Long id);

    /** Read from the row (not from a possibly stale managed entity). */
    @Query("select (c.openedCount >= c.cadreCount and c.ratedCount >= c.cadreCount) from Campaign c where c.id = :id")
    boolean allRated(Long id);
}
