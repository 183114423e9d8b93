package cn.kaohe.interview;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Interviews. */
public interface InterviewRepository extends JpaRepository<Interview, Long> {

    List<Interview> findByAssessmentIdOrderByHeldAtAsc(long assessmentId);
}
