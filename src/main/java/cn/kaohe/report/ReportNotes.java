package cn.kaohe.report;

import cn.kaohe.scoring.ScoringOutcome.ExplanationLine;
import cn.kaohe.scoring.ScoringOutcome.Pay;
import cn.kaohe.scoring.ScoringOutcome.SubjectResult;
import cn.kaohe.shared.KaoheZone;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The short notes reports print beside a figure so that every report agrees with itself and the pages: an adjusted
 * total with its original, how a leader's average was computed, why an amount of pay is zero or reduced, the last day of
 * a notice that ends at 24:00.
 */
final class ReportNotes {

    /** Staff types as the scoring names them → as people say them. */
    private static final Map<String, String> STAFF_TYPES =
            Map.of("ESTABLISHED", "在编", "HIRED", "聘用", "SECONDED", "借调", "NON_ESTABLISHED", "非在编");

    private ReportNotes() {}

    /**
     * "已调整（原总分 950.00）" for a result with adjustments in force, else null: the categories then need not add up to
     * the printed total, and the row says so.
     */
    static String adjusted(SubjectResult r) {
        BigDecimal delta = BigDecimal.ZERO;
        boolean any = false;
        for (ExplanationLine line : r.explanation()) {
            if ("adjustment".equals(line.ruleId()) && line.totalDelta() != null) {
                delta = delta.add(line.totalDelta());
                any = true;
            }
        }
        if (!any || r.total() == null) {
            return null;
        }
        return "已调整（原总分 " + ReportFunctions.score(r.total().subtract(delta)) + "）";
    }

    /** How a derived score (班子成员 from others' totals) was computed, from its own explanation line. */
    static String derivedBasis(SubjectResult r) {
        for (ExplanationLine line : r.explanation()) {
            if (line.ruleId() != null && line.ruleId().startsWith("derived:") && line.description() != null) {
                String d = line.description();
                int colon = d.indexOf('：');
                return colon >= 0 ? d.substring(colon + 1) : d;
            }
        }
        return "按其他干部平均分";
    }

    /** Why an amount of pay is zero or reduced (the scheme's reasons, staff type, grade), or null when it is not. */
    static String payReason(Pay pay, List<String> reasons) {
        List<String> parts = new ArrayList<>(reasons);
        boolean reduced = pay.net().signum() == 0
                || pay.withheld().signum() > 0
                || pay.net().compareTo(pay.gross()) < 0;
        if (reduced || !parts.isEmpty()) {
            for (String line : pay.lines()) {
                if (line.contains("人员类别") || line.contains("不计发") || line.contains("扣发") || line.contains("聘用")) {
                    parts.add(staffTypeInChinese(line));
                }
            }
        }
        if (parts.isEmpty() && pay.net().signum() == 0 && pay.gross().signum() == 0) {
            parts.add("按方案不计发");
        }
        return parts.isEmpty()
                ? null
                : String.join("；", parts.stream().distinct().toList());
    }

    private static String staffTypeInChinese(String line) {
        String out = line;
        for (Map.Entry<String, String> e : STAFF_TYPES.entrySet()) {
            out = out.replace("人员类别 " + e.getKey(), "人员类别“" + e.getValue() + "”");
        }
        return out;
    }

    /** The last day of a window that ends at 00:00 of the next day (printed "至…日24时", as on the notice page). */
    static LocalDate lastDay(OffsetDateTime end) {
        return end == null
                ? null
                : end.minusSeconds(1).atZoneSameInstant(KaoheZone.ZONE).toLocalDate();
    }
}
