package cn.kaohe.ledger;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.repository.Repository;

/** The ledger read for the Excel export (all subjects of a date range). */
interface LedgerExportRepository extends Repository<LedgerEntry, Long> {

    List<LedgerEntry> findByOccurredOnBetweenOrderByOccurredOnAscIdAsc(LocalDate from, LocalDate to);
}
