package cn.kaohe.report;

import cn.kaohe.report.model.RankingReport;
import cn.kaohe.report.model.RankingRow;
import cn.kaohe.report.model.ReportHeader;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Static fixtures: 大栗港镇 2021 (seed 000) for the annual reports, 拜城县 monthly scheme (seed 003) for the
 * monthly ones. Names include 喆 堃 玥, which GB2312 fonts lack.
 */
public final class ReportFixtures {

    private ReportFixtures() {}

    public static final LocalDateTime GENERATED_AT = LocalDateTime.of(2021, 12, 28, 9, 30);

    public static ReportHeader daligang2021() {
        return new ReportHeader(
                "大栗港镇", "2021年度机关干部目标管理考核", "大栗港镇2021年机关干部目标管理考核实施方案 第1版", "2021年度", "镇绩效考核工作领导小组", "v7", GENERATED_AT);
    }

    /** seed 000 三: 联村工作300分, 干部作风建设300分, 本职工作300分, 中心工作100分 (base 1000). */
    public static List<String> daligangCategories() {
        return List.of("联村工作(300)", "干部作风建设(300)", "本职工作(300)", "中心工作(100)");
    }

    public static RankingReport ranking() {
        return new RankingReport(daligang2021(), daligangCategories(), false, rankingRows());
    }

    public static List<RankingRow> rankingRows() {
        return List.of(
                row(1, "张喆", "党政综合办公室", "主任", "296", "298", "300", "100", "1014.5", "优秀", true, false, "市级表彰加20分"),
                row(2, "李堃", "经济发展办公室", "副主任", "290", "296", "294", "95", "975.0", "优秀", true, false, null),
                row(3, "王玥", "社会事务办公室", "干事", "285", "294", "290", "95", "964.0", "良好", true, true, null),
                row(4, "赵海燕", "经济发展办公室", "干事", "280", "288", "280", "90", "938.0", "良好", true, false, null),
                row(
                        5,
                        "欧阳德华",
                        "农业综合服务中心",
                        "站长",
                        "270",
                        "286",
                        "270",
                        "90",
                        "916.0",
                        "合格",
                        false,
                        false,
                        "八项基础工作三类，取消评先评优"),
                row(6, "钱多多", "社会事务办公室", "干事", "262", "250", "276", "85", "873.0", "合格", true, true, "迟到5次"));
    }

    private static RankingRow row(
            int rank,
            String name,
            String unit,
            String post,
            String c1,
            String c2,
            String c3,
            String c4,
            String total,
            String grade,
            boolean eligible,
            boolean underAppeal,
            String remark) {
        return new RankingRow(
                rank,
                name,
                unit,
                post,
                List.of(new BigDecimal(c1), new BigDecimal(c2), new BigDecimal(c3), new BigDecimal(c4)),
                new BigDecimal(total),
                grade,
                eligible,
                underAppeal,
                remark);
    }

    /** A large campaign for the benchmark and the virtualizer test. */
    public static RankingReport largeRanking(int rows) {
        String[] surnames = {"张", "李", "王", "赵", "钱", "孙", "周", "吴", "郑", "欧阳"};
        String[] given = {"喆", "堃", "玥", "海燕", "德华", "国强", "秀英", "志明", "丽娟", "建军"};
        String[] units = {"党政综合办公室", "经济发展办公室", "社会事务办公室", "农业综合服务中心", "综治办", "财政所"};
        String[] grades = {"优秀", "良好", "合格", "基本合格"};
        List<RankingRow> list = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            BigDecimal total = BigDecimal.valueOf(1000_000 - i * 37L, 3).setScale(1, java.math.RoundingMode.HALF_UP);
            list.add(new RankingRow(
                    i + 1,
                    surnames[i % surnames.length] + given[(i / 10) % given.length],
                    units[i % units.length],
                    "干事",
                    List.of(new BigDecimal("280"), new BigDecimal("290"), new BigDecimal("285"), new BigDecimal("90")),
                    total,
                    grades[Math.min(3, i * 4 / rows)],
                    i % 17 != 0,
                    i % 101 == 0,
                    null));
        }
        return new RankingReport(daligang2021(), daligangCategories(), false, list);
    }
}
