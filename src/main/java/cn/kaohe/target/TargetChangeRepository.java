package cn.kaohe.target;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TargetChangeRepository extends JpaRepository<TargetChange, Long> {

    List<TargetChange> findBySchemeVersionIdAndUnitIdAndPeriodLabelAndCategoryIdAndStatus(
            Long schemeVersionId, Long unitId, String periodLabel, String categoryId, TargetChangeStatus status);

    List<TargetChange> findBySchemeVersionIdAndPeriodLabelOrderByIdDesc(Long schemeVersionId, String periodLabel);

    List<TargetChange> findAllByOrderByIdDesc();

    List<TargetChange> findByUnitIdOrderByIdDesc(Long unitId);
}
