package cn.kaohe.report.model;

import cn.kaohe.report.ReportType;
import java.math.BigDecimal;
import java.util.List;

/**
 * 绩效奖金分配表. Amounts are computed (and rounded to the cent) by the scoring module; the report adds
 * them up itself and prints the difference to the pool, so the printed totals always reconcile.
 *
 * @param pool 奖金总额 (seed 000 四1: 不得突破奖金申请总额)
 * @param basisRule how the basis is computed, printed above the table
 * @param poolExceededMessage the scoring module's message when the allocation would exceed the pool,
 *     null otherwise
 */
public record PerformancePayReport(
        ReportHeader header, BigDecimal pool, String basisRule, List<PayRow> rows, String poolExceededMessage)
        implements ReportDocument {

    public PerformancePayReport {
        rows = List.copyOf(rows);
    }

    @Override
    public ReportType type() {
        return ReportType.PERFORMANCE_PAY;
    }

    public BigDecimal totalBasis() {
        return rows.stream().map(PayRow::basis).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalAmount() {
        return rows.stream().map(PayRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Pool minus what is allocated; negative when the pool would be exceeded. */
    public BigDecimal remainder() {
        return pool.subtract(totalAmount());
    }

    public boolean poolExceeded() {
        return remainder().signum() < 0;
    }

    /** The message printed under the totals. */
    public String reconciliation() {
        if (poolExceeded()) {
            String own = poolExceededMessage == null ? "" : poolExceededMessage + "。";
            return own + "分配合计超出奖金总额 " + ReportNumbers.money(remainder().negate()) + " 元，不得突破奖金申请总额，请调整后重新分配。";
        }
        return "分配合计未超出奖金总额，结余 " + ReportNumbers.money(remainder()) + " 元。";
    }
}
