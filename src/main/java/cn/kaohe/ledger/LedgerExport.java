package cn.kaohe.ledger;

import cn.kaohe.org.CadreFilter;
import cn.kaohe.org.CadreSummary;
import cn.kaohe.org.OrgService;
import cn.kaohe.org.UnitNode;
import cn.kaohe.shared.KaoheZone;
import cn.kaohe.spreadsheet.CellKind;
import cn.kaohe.spreadsheet.Column;
import cn.kaohe.spreadsheet.DataSheet;
import cn.kaohe.spreadsheet.DataSheetWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger (台账) as an Excel data sheet: one row per entry of a date range (corrections are their own rows and
 * name the entry they reverse), quantities, points and amounts as numbers, the fact type's name from the schemes,
 * cadre and unit by name (docs/adr/0015).
 */
@Service
public class LedgerExport {

    private static final ZoneId ZONE = KaoheZone.ZONE;
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private final LedgerExportRepository entries;
    private final LedgerService ledger;
    private final OrgService org;
    private final Clock clock;

    LedgerExport(LedgerExportRepository entries, LedgerService ledger, OrgService org, Clock clock) {
        this.entries = entries;
        this.ledger = ledger;
        this.org = org;
        this.clock = clock;
    }

    /** The entries that occurred from {@code from} to {@code to} (inclusive; null: unbounded). */
    @Transactional(readOnly = true)
    public byte[] xlsx(LocalDate from, LocalDate to) {
        List<LedgerEntry> rows = entries.findByOccurredOnBetweenOrderByOccurredOnAscIdAsc(
                from == null ? EARLIEST : from, to == null ? LATEST : to);
        Map<String, LedgerService.FactType> types = ledger.factTypes();
        Map<Long, CadreSummary> cadres = new HashMap<>();
        org.cadres(new CadreFilter(null, null, null, null, null)).forEach(c -> cadres.put(c.id(), c));
        Map<Long, String> units = new HashMap<>();
        org.unitTree().forEach(u -> putUnits(units, u));
        Function<LedgerEntry, CadreSummary> cadre = e -> e.getCadreId() == null ? null : cadres.get(e.getCadreId());
        List<Column<LedgerEntry>> columns = List.of(
                Column.of("编号", CellKind.INTEGER, LedgerEntry::getId),
                Column.of("发生日期", CellKind.DATE, LedgerEntry::getOccurredOn),
                Column.text("事项类型", LedgerEntry::getFactType),
                Column.text(
                        "事项名称",
                        e -> types.containsKey(e.getFactType())
                                ? types.get(e.getFactType()).name()
                                : null),
                Column.text("级别", LedgerEntry::getLevel),
                Column.text(
                        "工号",
                        e -> cadre.apply(e) == null ? null : cadre.apply(e).code()),
                Column.text(
                        "干部",
                        e -> cadre.apply(e) == null ? null : cadre.apply(e).name()),
                Column.text("单位", e -> unitName(e, cadre.apply(e), units)),
                Column.of("数量", CellKind.DECIMAL, LedgerEntry::getQuantity),
                Column.of("分值", CellKind.DECIMAL, LedgerEntry::getPoints),
                Column.of("金额（元）", CellKind.MONEY, LedgerEntry::getAmount),
                Column.text("连续", LedgerEntry::isConsecutive),
                Column.text("同一工作事项", LedgerEntry::getWorkItemKey),
                Column.text("事由", LedgerEntry::getReason),
                Column.text("证据", LedgerEntry::getEvidence),
                Column.text("附件", LedgerEntry::getAttachmentRef),
                Column.text("登记人", LedgerEntry::getRecordedBy),
                Column.of("登记时间", CellKind.DATE_TIME, LedgerEntry::getRecordedAt),
                Column.of("更正的记录编号", CellKind.INTEGER, LedgerEntry::getReversesId));
        Map<String, String> info = new LinkedHashMap<>();
        info.put("期间", (from == null ? "不限" : from.toString()) + " 至 " + (to == null ? "不限" : to.toString()));
        info.put("条数", Integer.toString(rows.size()));
        info.put("更正", "台账记录不修改：更正是一条新记录，在“更正的记录编号”中写明被更正的记录");
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZONE));
        info.put("导出时间", now.toString().replace('T', ' '));
        return DataSheetWriter.write(
                new DataSheetWriter.Info("台账", info, now), List.of(new DataSheet<>("台账", columns, rows)));
    }

    private static String unitName(LedgerEntry e, CadreSummary cadre, Map<Long, String> units) {
        if (e.getUnitId() != null) {
            return units.get(e.getUnitId());
        }
        return cadre == null || cadre.unit() == null ? null : cadre.unit().name();
    }

    private static void putUnits(Map<Long, String> units, UnitNode node) {
        units.put(node.id(), node.name());
        node.children().forEach(c -> putUnits(units, c));
    }
}
