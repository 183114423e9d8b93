package cn.kaohe.appeal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppealRepository extends JpaRepository<Appeal, Long> {

    List<Appeal> findByAssessmentIdAndStatusIn(Long assessmentId, Collection<AppealStatus> statuses);

    long countByCampaignIdAndStatusIn(Long campaignId, Collection<AppealStatus> statuses);

    List<Appeal> findByCampaignIdOrderByIdAsc(Long campaignId);

    List<Appeal> findByAppellantOrderByIdDesc(String appellant);

    List<Appeal> findAllByOrderByIdDesc();
}
