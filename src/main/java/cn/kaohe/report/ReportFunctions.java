package cn.kaohe.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Small helpers the templates call in their Java expressions. */
public final class ReportFunctions {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter SHORT_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReportFunctions() {}

    /** Element {@code index} of a list, or null beyond its end (for fixed column slots). */
    public static <T> T at(List<T> list, int index) {
        return list != null && index < list.size() ? list.get(index) : null;
    }

    /**
     * A number as the pattern {@code 0.0#} prints it (one or two decimals, rounded half-even, no grouping, e.g.
     * 280.0, 999.95, -0.5), or null for null. The ranking's score cells print this text instead of handing
     * Jasper the number: Jasper would format it through {@code DecimalFormat}, which calls
     * {@code BigDecimal.toString()}, and that caches a string inside the read model's own number — about 20 MiB
     * for a 100,000-row ranking, alive while the rest renders — and the page would carry the number besides its
     * text into the virtualizer's swap file (docs/adr/0013).
     */
    public static String decimal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rounded.scale() < 1) {
            rounded = rounded.setScale(1);
        }
        // DecimalFormat keeps the sign of a negative number that rounds to zero (-0.001 → -0.0)
        return value.signum() < 0 && rounded.signum() == 0 ? "-" + rounded.toPlainString() : rounded.toPlainString();
    }

    /** 2021年12月20日; empty for null. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** 2021-12-20 09:30; empty for null. */
    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : SHORT_DATE_TIME.format(dateTime);
    }

    /** A score as printed: no trailing zeros beyond one decimal, e.g. 812.5, 96.0, 88.25. */
    public static String score(BigDecimal score) {
        if (score == null) {
            return "";
        }
        BigDecimal s = score.stripTrailingZeros();
        return s.scale() < 1 ? s.setScale(1).toPlainString() : s.toPlainString();
    }

    /** 页脚 "第 N 页 / 共 " — the total follows in a field evaluated at report end. */
    public static String pageOf(Integer page) {
        return "第 " + page + " 页 / 共 ";
    }

    /** Footer line with the data version and generation time. */
    public static String provenance(String dataVersion, LocalDateTime generatedAt) {
        String version = dataVersion == null || dataVersion.isBlank() ? "" : "数据版本 " + dataVersion + "　";
        return version + "生成于 " + dateTime(generatedAt);
    }
}
