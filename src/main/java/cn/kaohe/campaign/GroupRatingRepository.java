package cn.kaohe.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GroupRatingRepository extends JpaRepository<GroupRating, Long> {

    List<GroupRating> findByCampaignIdOrderByIdAsc(Long campaignId);
}
