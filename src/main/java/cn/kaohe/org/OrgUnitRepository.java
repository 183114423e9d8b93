package cn.kaohe.org;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    Optional<OrgUnit> findByName(String name);

    List<OrgUnit> findAllByOrderBySortOrderAscCodeAsc();
}
