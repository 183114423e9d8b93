package cn.kaohe.ledger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

    boolean existsByReversesId(Long reversesId);

    @Query(
            """
            select e from LedgerEntry e
            where e.occurredOn between :from and :to
              and (e.cadreId in :cadreIds or e.unitId in :unitIds)
            order by e.id""")
    List<LedgerEntry> inPeriod(LocalDate from, LocalDate to, Collection<Long> cadreIds, Collection<Long> unitIds);

    List<LedgerEntry> findByCadreIdAndOccurredOnBetweenOrderByOccurredOnAscIdAsc(
            Long cadreId, LocalDate from, LocalDate to);

    List<LedgerEntry> findTop200ByOrderByIdDesc();
}
