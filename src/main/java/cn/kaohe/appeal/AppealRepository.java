package cn.kaohe.appeal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppealRepository extends JpaRepository<Appeal, Long> {

    List<Appeal> findByAssessmentIdAndStatusIn(Long assessmentId, Collection<AppealStatus> statuses);

    @org.springframework.data.jpa.repository.Query(
            "select distinct a.assessmentId from Appeal a where a.assessmentId in :ids and a.status in :statuses")
    List<Long> assessmentsWithAppealIn(Collection<Long> ids, Collection<AppealStatus> statuses);

    long countByCampaignIdAndStatusIn(Long campaignId, Collection<AppealStatus> statuses);

    List<Appeal> findByCampaignIdOrderByIdAsc(Long campaignId);

    List<Appeal> findByAppellantOrderByIdDesc(String appellant);

    List<Appeal> findAllByOrderByIdDesc();
}
