package cn.kaohe.campaign;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResultAdjustmentRepository extends JpaRepository<ResultAdjustment, Long> {

    /** Every adjustment, withdrawn ones included (the record of what happened). */
    List<ResultAdjustment> findByAssessmentIdInOrderByIdAsc(Collection<Long> assessmentIds);

    /** The adjustments in force: what the scoring applies and reports show. */
    @Query("select a from ResultAdjustment a where a.assessmentId in :ids and a.withdrawnAt is null order by a.id")
    List<ResultAdjustment> findInForce(@Param("ids") Collection<Long> assessmentIds);
}
