package cn.kaohe.workplan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Monthly work plans. */
public interface WorkPlanRepository extends JpaRepository<WorkPlan, Long> {

    Optional<WorkPlan> findByCadreIdAndMonth(long cadreId, String month);

    List<WorkPlan> findByCadreIdOrderByMonthDesc(long cadreId);

    List<WorkPlan> findByStatusOrderByReviewDueAsc(WorkPlanStatus status);

    List<WorkPlan> findByMonthAndStatusOrderByCadreId(String month, WorkPlanStatus status);
}
