package cn.kaohe.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByCampaignIdOrderByIdAsc(Long campaignId);

    Optional<Assessment> findByCampaignIdAndCadreId(Long campaignId, Long cadreId);

    List<Assessment> findByCadreIdOrderByIdDesc(Long cadreId);
}
