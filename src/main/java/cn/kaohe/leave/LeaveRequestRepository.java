package cn.kaohe.leave;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Leave requests. */
public interface LeaveRequestRepository extends JpaRepository<LeaveRequest, Long> {

    List<LeaveRequest> findByCadreIdOrderByFromDesc(long cadreId);

    List<LeaveRequest> findByApproverLoginOrderByIdDesc(String approverLogin);

    List<LeaveRequest> findTop200ByOrderByIdDesc();

    /** Requests of the cadre whose days meet [from, to] in one of the given states. */
    @Query("select r from LeaveRequest r where r.cadreId = ?1 and r.from <= ?3 and r.to >= ?2 and r.status in ?4"
            + " order by r.from")
    List<LeaveRequest> overlapping(long cadreId, LocalDate from, LocalDate to, Collection<LeaveStatus> states);
}
