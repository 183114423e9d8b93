package cn.kaohe.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GroupRatingRepository extends JpaRepository<GroupRating, Long> {

    List<GroupRating> findByCampaignIdOrderByIdAsc(Long campaignId);

    /** The group ratings of some cadres of the campaign (one assessment's score reads only its own). */
    List<GroupRating> findByCampaignIdAndCadreIdInOrderByIdAsc(Long campaignId, java.util.Collection<Long> cadreIds);
}
