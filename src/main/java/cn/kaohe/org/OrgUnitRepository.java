package cn.kaohe.org;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    /** Unit names are unique within their parent (V19): a county has a 党政综合办 in every township. */
    boolean existsByParentAndName(OrgUnit parent, String name);

    boolean existsByParentIsNullAndName(String name);

    List<OrgUnit> findByName(String name);

    List<OrgUnit> findAllByOrderBySortOrderAscCodeAsc();
}
