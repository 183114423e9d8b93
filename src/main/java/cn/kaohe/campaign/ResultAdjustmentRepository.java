package cn.kaohe.campaign;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResultAdjustmentRepository extends JpaRepository<ResultAdjustment, Long> {

    List<ResultAdjustment> findByAssessmentIdInOrderByIdAsc(Collection<Long> assessmentIds);
}
