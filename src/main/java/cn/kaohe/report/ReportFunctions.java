package cn.kaohe.report;

import java.math.BigDecimal;
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
