package cn.kaohe.campaign;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
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
}
