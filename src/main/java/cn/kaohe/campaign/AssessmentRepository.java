package cn.kaohe.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByCampaignIdOrderByIdAsc(Long campaignId);

    Optional<Assessment> findByCampaignIdAndCadreId(Long campaignId, Long cadreId);

    List<Assessment> findByCadreIdOrderByIdDesc(Long cadreId);

    /** Whether an assessment of the campaign is at one of the steps (index assessment_campaign_status). */
    long countByCampaignIdAndStatusIn(Long campaignId, java.util.Collection<AssessmentStatus> statuses);

    /** Per campaign of {@code campaignIds}: [campaign id, number of its assessments in {@code statuses}]. */
    @Query(
            "select a.campaignId, count(a) from Assessment a where a.campaignId in :campaignIds and a.status in :statuses"
                    + " group by a.campaignId")
    List<Object[]> countByCampaignIdInAndStatusIn(
            java.util.Collection<Long> campaignIds, java.util.Collection<AssessmentStatus> statuses);
}
