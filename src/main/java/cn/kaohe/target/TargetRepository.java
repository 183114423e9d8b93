package cn.kaohe.target;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TargetRepository extends JpaRepository<Target, Long> {

    List<Target> findBySchemeVersionIdAndUnitIdAndPeriodLabelAndCategoryIdOrderByPositionAsc(
            Long schemeVersionId, Long unitId, String periodLabel, String categoryId);

    List<Target> findBySchemeVersionIdAndPeriodLabelAndUnitIdInOrderByUnitIdAscCategoryIdAscPositionAsc(
            Long schemeVersionId, String periodLabel, Collection<Long> unitIds);

    List<Target> findBySchemeVersionIdAndPeriodLabelOrderByUnitIdAscCategoryIdAscPositionAsc(
            Long schemeVersionId, String periodLabel);

    List<Target> findByUnitIdOrderByPeriodLabelDescSchemeVersionIdDescCategoryIdAscPositionAsc(Long unitId);

    default List<Target> ofBook(TargetBook b) {
        return findBySchemeVersionIdAndUnitIdAndPeriodLabelAndCategoryIdOrderByPositionAsc(
                b.schemeVersionId(), b.unitId(), b.periodLabel(), b.categoryId());
    }
}
