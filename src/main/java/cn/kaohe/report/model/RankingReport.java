package cn.kaohe.report.model;

import cn.kaohe.report.ReportType;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * 考核结果排名表.
 *
 * @param categoryNames the scheme's score categories in column order, e.g. 联村工作(300); every row's
 *     {@link RankingRow#categoryScores()} follows this order
 * @param groupByUnit print one block per unit, units in pinyin order (rows keep their overall rank)
 */
public record RankingReport(ReportHeader header, List<String> categoryNames, boolean groupByUnit, List<RankingRow> rows)
        implements ReportDocument {

    /** Units are ordered by pinyin (党政… before 经济… before 农业…), as a Chinese reader expects. */
    private static final Collator PINYIN = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);

    /** Most category columns the landscape page holds. */
    public static final int MAX_CATEGORIES = 6;

    public RankingReport {
        categoryNames = List.copyOf(categoryNames);
        rows = groupByUnit
                ? rows.stream()
                        .sorted(Comparator.comparing(RankingRow::unitName, PINYIN)
                                .thenComparingInt(RankingRow::rank))
                        .toList()
                : List.copyOf(rows);
    }

    @Override
    public ReportType type() {
        return ReportType.RANKING;
    }

    /** Header of category column {@code index}, blank beyond the scheme's categories. */
    public String categoryName(int index) {
        return index < categoryNames.size() ? categoryNames.get(index) : "";
    }

    public long underAppealCount() {
        return rows.stream().filter(RankingRow::underAppeal).count();
    }
}
