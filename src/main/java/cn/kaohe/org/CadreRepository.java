package cn.kaohe.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CadreRepository extends JpaRepository<Cadre, Long>, JpaSpecificationExecutor<Cadre> {

    Optional<Cadre> findByCode(String code);

    Optional<Cadre> findByLoginName(String loginName);

    List<Cadre> findByCodeIn(Collection<String> codes);

    List<Cadre> findByActiveTrueAndUnitIn(Collection<OrgUnit> units);

    @Query("select distinct c from Cadre c join c.supervisedUnits u where c.active = true and u in :units")
    List<Cadre> findActiveLeadersSupervisingAny(Collection<OrgUnit> units);

    @Query("select distinct c from Cadre c left join fetch c.supervisedUnits where c.leadershipRole is not null"
            + " and c.active = true")
    List<Cadre> findActiveLeadershipMembers();

    @Query("select distinct c from Cadre c join c.committeeRoles r where c.active = true")
    List<Cadre> findActiveCommitteeMembers();

    @Query("select c from Cadre c where c.active = true and c.assessmentLead = true")
    List<Cadre> findActiveAssessmentLeads();

    /** Every cadre with its collections, in one query (the roster import checks them all). */
    @EntityGraph(attributePaths = {"committeeRoles", "secondments", "supervisedUnits"})
    @Query("select c from Cadre c")
    List<Cadre> findAllWithCollections();

    @EntityGraph(attributePaths = {"committeeRoles", "secondments", "supervisedUnits"})
    @Query("select c from Cadre c where c.code in :codes")
    List<Cadre> findWithCollectionsByCodeIn(Collection<String> codes);

    @Query("select c.code from Cadre c")
    List<String> findAllCodes();
}
