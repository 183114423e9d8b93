package cn.kaohe.report;

import cn.kaohe.report.model.AnnualRollupReport;
import cn.kaohe.report.model.AppealRegisterReport;
import cn.kaohe.report.model.AppealRow;
import cn.kaohe.report.model.GradeCount;
import cn.kaohe.report.model.GradeDistributionReport;
import cn.kaohe.report.model.NoticeRow;
import cn.kaohe.report.model.PayRow;
import cn.kaohe.report.model.PerformancePayReport;
import cn.kaohe.report.model.PublicNoticeReport;
import cn.kaohe.report.model.RankingReport;
import cn.kaohe.report.model.RankingRow;
import cn.kaohe.report.model.RaterScore;
import cn.kaohe.report.model.ReportHeader;
import cn.kaohe.report.model.ResultNotice;
import cn.kaohe.report.model.ResultNoticeReport;
import cn.kaohe.report.model.RollupRow;
import cn.kaohe.report.model.ScoreItem;
import cn.kaohe.report.model.ScoreSheet;
import cn.kaohe.report.model.ScoreSheetReport;
import cn.kaohe.report.model.SubgroupConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
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

    public static ReportHeader baicheng2011March() {
        return new ReportHeader(
                "赛里木镇",
                "2011年3月机关干部业绩考核",
                "拜城县乡镇机关、站所、社区干部业绩考核嘉奖实施方案 第1版",
                "2011年3月",
                "镇干部业绩考核工作领导小组",
                "v3",
                GENERATED_AT);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /**
     * seed 003 四: A等比例不高于10%, B等70%左右, C等10%左右, D等比例不低于10%; 各等次中驻村干部比例要占50%.
     * 20 cadres: A 3 (15.0 %, violates ≤ 10 %), B 13, C 2, D 2; 驻村 in A only 1 of 3 (33.3 %, violates ≥ 50 %).
     */
    public static GradeDistributionReport gradeDistribution() {
        return new GradeDistributionReport(
                baicheng2011March(),
                20,
                List.of(
                        new GradeCount("A", 3, d("15.0"), "≤ 10%", d("10"), false),
                        new GradeCount("B", 13, d("65.0"), "约 70%", d("70"), true),
                        new GradeCount("C", 2, d("10.0"), "约 10%", d("10"), true),
                        new GradeCount("D", 2, d("10.0"), "≥ 10%", d("10"), true)),
                List.of(
                        new SubgroupConstraint("A", "驻村干部", "≥ 50%", 3, 1, d("33.3"), false),
                        new SubgroupConstraint("B", "驻村干部", "≥ 50%", 13, 7, d("53.8"), true),
                        new SubgroupConstraint("C", "驻村干部", "≥ 50%", 2, 1, d("50.0"), true),
                        new SubgroupConstraint("D", "驻村干部", "≥ 50%", 2, 1, d("50.0"), true)));
    }

    /** seed 000 三(二)1 考勤, 三(三)3 通报, 三(五)2-4 加分; base 1000. */
    public static ScoreSheetReport scoreSheets() {
        ScoreSheet zhang = new ScoreSheet(
                "张喆",
                "党政综合办公室",
                "主任",
                "全年牵头完成党建、信访维稳等重点工作，联村工作扎实；不足是对新进干部传帮带不够。",
                d("980"),
                List.of(
                        new RaterScore("分管领导评分", "孔国奇", "本职工作", d("290"), d("300"), d("0.7")),
                        new RaterScore("民主测评", "机关干部", "干部作风建设", d("286"), d("300"), d("0.3")),
                        new RaterScore("考核领导小组", "王锋", "中心工作", d("95"), d("100"), null)),
                List.of(
                        new ScoreItem("干部作风建设", "迟到一次扣2分", "方案 三(二)1", "镇纪委通报迟到", LocalDate.of(2021, 3, 2), d("-2")),
                        new ScoreItem("干部作风建设", "迟到一次扣2分", "方案 三(二)1", "镇纪委通报迟到", LocalDate.of(2021, 6, 15), d("-2")),
                        new ScoreItem(
                                "本职工作", "县级通报扣10分", "方案 三(三)3", "县督查通报信访件办理超期", LocalDate.of(2021, 8, 9), d("-10")),
                        new ScoreItem(
                                "其他加、扣分", "参加值班全年加20分", "方案 三(五)2", "全年参加值班", LocalDate.of(2021, 12, 31), d("20")),
                        new ScoreItem(
                                "其他加、扣分", "获市级荣誉加20分", "方案 三(五)4", "市级信访工作先进集体", LocalDate.of(2021, 11, 20), d("20"))),
                d("1000"),
                d("1026"),
                "优秀",
                "工作扎实，敢于担当，作风过硬。",
                "经复核，加减分依据充分，同意评定为优秀。");
        ScoreSheet wang = new ScoreSheet(
                "王玥",
                "社会事务办公室",
                "干事",
                "完成民政、残联日常工作。",
                null,
                List.of(new RaterScore("分管领导评分", "何虎", "本职工作", d("280"), d("300"), null)),
                List.of(new ScoreItem(
                        "干部作风建设", "会议缺席扣2分", "方案 三(二)1", "缺席4月全镇干部大会", LocalDate.of(2021, 4, 6), d("-2"))),
                d("1000"),
                d("964"),
                "良好",
                "业务熟练。",
                "同意。");
        return new ScoreSheetReport(daligang2021(), List.of(zhang, wang));
    }

    public static PublicNoticeReport publicNotice() {
        List<NoticeRow> rows = rankingRows().stream()
                .map(r -> new NoticeRow(r.rank(), r.cadreName(), r.unitName(), r.postName(), r.total(), r.grade()))
                .toList();
        return new PublicNoticeReport(
                daligang2021(),
                LocalDate.of(2021, 12, 28),
                LocalDate.of(2021, 12, 30),
                3,
                "镇绩效考核办公室（镇督查室）",
                "电话 0734-6612345",
                "大栗港镇绩效考核工作领导小组",
                LocalDate.of(2021, 12, 28),
                rows);
    }

    /**
     * seed 000 四1 (按个人所得分折算, 不得突破奖金申请总额), 二(二)4 (警告扣发50%, 问责扣发20%), 四3 (不在岗≤50%).
     * Bases add up to 75,215.00, amounts to 55,137.00 (20,078.00 withheld or prorated).
     */
    public static PerformancePayReport performancePay(BigDecimal pool) {
        return new PerformancePayReport(
                daligang2021(),
                pool,
                "按个人考核得分折算：核定基数 = 得分 × 10 元/分；受处分扣发、借调或不在岗折算后为应发金额（分以下四舍五入）",
                List.of(
                        new PayRow(
                                1,
                                "张喆",
                                "党政综合办公室",
                                "优秀",
                                d("1014.5"),
                                d("10145.00"),
                                null,
                                null,
                                BigDecimal.ONE,
                                null,
                                d("10145.00"),
                                // seed 001 篇四 二(七)1(2): 按时限完成 and 达标 — refunded and awarded 1:2
                                PerformancePayBuilder.depositText(List.of(new CampaignData.Deposit(
                                        "重点工作", d("2000.00"), "AWARDED", d("2000.00"), d("4000.00"))))),
                        new PayRow(
                                2,
                                "李堃",
                                "经济发展办公室",
                                "优秀",
                                d("975.0"),
                                d("9750.00"),
                                null,
                                null,
                                BigDecimal.ONE,
                                null,
                                d("9750.00"),
                                // seed 001 篇四 二(七)1(2): 未按时限完成的不予退还
                                PerformancePayBuilder.depositText(List.of(new CampaignData.Deposit(
                                        "临时突击工作", d("1000.00"), "FORFEITED", d("0.00"), d("0.00"))))),
                        new PayRow(
                                3,
                                "王玥",
                                "社会事务办公室",
                                "良好",
                                d("964.0"),
                                d("9640.00"),
                                d("0.2"),
                                "受到问责处理",
                                BigDecimal.ONE,
                                null,
                                d("7712.00")),
                        new PayRow(
                                4,
                                "赵海燕",
                                "经济发展办公室",
                                "良好",
                                d("938.0"),
                                d("9380.00"),
                                null,
                                null,
                                BigDecimal.ONE,
                                null,
                                d("9380.00")),
                        new PayRow(
                                5,
                                "欧阳德华",
                                "农业综合服务中心",
                                "合格",
                                d("916.0"),
                                d("9160.00"),
                                d("0.5"),
                                "受到警告处分",
                                BigDecimal.ONE,
                                null,
                                d("4580.00")),
                        new PayRow(
                                6,
                                "钱多多",
                                "社会事务办公室",
                                "合格",
                                d("873.0"),
                                d("8730.00"),
                                null,
                                null,
                                d("0.5"),
                                "长期不在岗，按50%发放",
                                d("4365.00")),
                        new PayRow(
                                7,
                                "孙秀英",
                                "财政所",
                                "合格",
                                d("925.0"),
                                d("9250.00"),
                                null,
                                null,
                                d("0.5"),
                                "借调6个月",
                                d("4625.00")),
                        new PayRow(
                                8,
                                "周志明",
                                "综治办",
                                "合格",
                                d("916.0"),
                                d("9160.00"),
                                null,
                                null,
                                d("0.5"),
                                "7月入职，在岗6个月",
                                d("4580.00"))),
                pool.compareTo(d("55137.00")) < 0 ? "奖金分配超出奖金申请总额" : null);
    }

    /** seed 001 篇三 六: 24小时内上报考核小组, 一星期内提出处理意见. */
    public static AppealRegisterReport appealRegister() {
        LocalDateTime filed1 = LocalDateTime.of(2021, 12, 29, 10, 0);
        LocalDateTime filed2 = LocalDateTime.of(2021, 12, 29, 16, 30);
        LocalDateTime filed3 = LocalDateTime.of(2021, 12, 30, 9, 15);
        return new AppealRegisterReport(
                daligang2021(),
                List.of(
                        new AppealRow(
                                1,
                                "王玥",
                                "社会事务办公室",
                                filed1,
                                "会议缺席系经批准公出",
                                filed1.plusHours(24),
                                filed1.plusHours(5),
                                filed1.plusWeeks(1),
                                filed1.plusDays(4),
                                "变更结果",
                                "总分 964.0 → 966.0，等次不变"),
                        new AppealRow(
                                2,
                                "钱多多",
                                "社会事务办公室",
                                filed2,
                                "迟到次数统计有误",
                                filed2.plusHours(24),
                                filed2.plusHours(30),
                                filed2.plusWeeks(1),
                                filed2.plusDays(9),
                                "维持原结果",
                                null),
                        new AppealRow(
                                3,
                                "欧阳德华",
                                "农业综合服务中心",
                                filed3,
                                "八项基础工作分类有异议",
                                filed3.plusHours(24),
                                filed3.plusHours(2),
                                filed3.plusWeeks(1),
                                null,
                                null,
                                null)));
    }

    public static ResultNoticeReport resultNotices() {
        return new ResultNoticeReport(
                daligang2021(),
                "大栗港镇绩效考核工作领导小组",
                LocalDate.of(2022, 1, 5),
                List.of(
                        new ResultNotice(
                                "张喆",
                                "党政综合办公室",
                                "主任",
                                d("1014.5"),
                                "优秀",
                                1,
                                6,
                                true,
                                null,
                                d("10145.00"),
                                "加分：全年参加值班 +20，市级信访工作先进集体 +20；扣分：迟到2次 -4，县级通报 -10。",
                                "镇绩效考核办公室（镇督查室）",
                                LocalDate.of(2022, 1, 12)),
                        new ResultNotice(
                                "李堃",
                                "经济发展办公室",
                                "副主任",
                                d("975.0"),
                                "优秀",
                                2,
                                6,
                                true,
                                null,
                                null,
                                "无扣分项。",
                                "镇绩效考核办公室（镇督查室）",
                                LocalDate.of(2022, 1, 12)),
                        new ResultNotice(
                                "欧阳德华",
                                "农业综合服务中心",
                                "站长",
                                d("916.0"),
                                "合格",
                                5,
                                6,
                                false,
                                "八项基础工作三类",
                                d("4580.00"),
                                "扣分：八项基础工作三类 -30；受到警告处分，扣发50%绩效奖金。",
                                "镇绩效考核办公室（镇督查室）",
                                LocalDate.of(2022, 1, 12))));
    }

    /** seed 003 六2: D等累计5次及以上 → 年终基本称职或不称职; C等6次或D等3次及以上 → 取消评优资格. */
    public static AnnualRollupReport annualRollup() {
        List<String> months = List.of("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月");
        return new AnnualRollupReport(
                new ReportHeader(
                        "赛里木镇",
                        "2011年度机关干部业绩考核汇总",
                        "拜城县乡镇机关、站所、社区干部业绩考核嘉奖实施方案 第1版",
                        "2011年",
                        "镇干部业绩考核工作领导小组",
                        "v12",
                        GENERATED_AT),
                months,
                List.of(
                        new RollupRow(
                                1,
                                "张喆",
                                "党政党建办",
                                List.of("A", "B", "B", "A", "B", "B", "B", "A", "B", "B", "B", "B"),
                                "A3 B9",
                                "称职",
                                null),
                        new RollupRow(
                                2,
                                "李堃",
                                "农村经济发展办",
                                List.of("D", "C", "D", "B", "D", "C", "D", "B", "D", "B", "C", "B"),
                                "B4 C3 D5",
                                "基本称职",
                                "D等累计5次：年终考核评为基本称职；D等3次及以上：取消评优资格"),
                        new RollupRow(
                                3,
                                "王玥",
                                "精神文明及社会事务办",
                                List.of("C", "C", "B", "C", "C", "B", "C", "C", "B", "B", "B", "B"),
                                "B6 C6",
                                "称职",
                                "C等累计6次：取消评优资格"),
                        new RollupRow(
                                4,
                                "赵海燕",
                                "政法统战宗教办",
                                java.util.Arrays.asList("B", "B", "B", null, null, "B", "B", "B", "B", "B", "B", "B"),
                                "B10",
                                "称职",
                                "4月、5月借调，不参加考核")));
    }
}
