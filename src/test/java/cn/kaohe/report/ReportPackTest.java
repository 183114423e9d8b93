package cn.kaohe.report;

import static cn.kaohe.report.RenderedDocuments.assertChineseFontEmbedded;
import static cn.kaohe.report.RenderedDocuments.assertTitleGlyphsDrawn;
import static cn.kaohe.report.RenderedDocuments.pdfPages;
import static cn.kaohe.report.RenderedDocuments.pdfText;
import static cn.kaohe.report.RenderedDocuments.xlsxRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.report.model.ReportDocument;
import cn.kaohe.shared.KaoheException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every template of the pack: compiles, fills from fixtures, exports PDF (and XLSX when tabular). */
class ReportPackTest {

    private final ReportRenderer renderer = SharedRenderer.INSTANCE;

    @ParameterizedTest
    @EnumSource(ReportType.class)
    void everyTemplateCompiles(ReportType type) {
        assertThat(renderer.template(type).getName()).isEqualTo(type.template());
    }

    static Stream<ReportDocument> documents() {
        return Stream.of(
                ReportFixtures.ranking(),
                ReportFixtures.gradeDistribution(),
                ReportFixtures.scoreSheets(),
                ReportFixtures.publicNotice(),
                ReportFixtures.performancePay(new BigDecimal("60000.00")),
                ReportFixtures.appealRegister(),
                ReportFixtures.resultNotices(),
                ReportFixtures.annualRollup());
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyReportRendersAPdfWithTheChineseFontEmbeddedAndDrawn(ReportDocument document) {
        RenderedReport pdf = renderer.render(document, ReportFormat.PDF);
        RenderedDocuments.keep(pdf);

        assertThat(pdfText(pdf)).contains(document.type().title()).contains("第1页/共");
        assertChineseFontEmbedded(pdf);
        assertTitleGlyphsDrawn(pdf);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyTabularReportAlsoExportsXlsx(ReportDocument document) {
        if (!document.type().tabular()) {
            assertThatThrownBy(() -> renderer.render(document, ReportFormat.XLSX))
                    .isInstanceOf(KaoheException.class)
                    .hasMessage("报表“" + document.type().title() + "”不支持导出为 XLSX");
            return;
        }
        RenderedReport xlsx = renderer.render(document, ReportFormat.XLSX);
        RenderedDocuments.keep(xlsx);

        // a data sheet (docs/adr/0015): the first row is the header, the title is on the 说明 sheet
        assertThat(xlsxRows(xlsx).get(0)).doesNotContain(document.type().title());
        assertThat(xlsxRows(xlsx)).hasSize(document.rows().size() + 1);
    }

    @Test
    void gradeDistributionShowsCountsQuotasAndTheViolatedSubgroupConstraint() {
        // seed 003 四: A等比例不高于10%; 各等次中驻村干部比例要占50%
        RenderedReport pdf = renderer.render(ReportFixtures.gradeDistribution(), ReportFormat.PDF);
        String text = pdfText(pdf);

        assertThat(text)
                .contains("等次分布统计", "赛里木镇", "参评人数：20人")
                .contains("A315.0%≤10%违反")
                .contains("B1365.0%约70%符合")
                .contains("D210.0%≥10%符合")
                .contains("子群体比例要求", "A驻村干部≥50%3133.3%违反", "B驻村干部≥50%13753.8%符合")
                .contains("结论：存在不符合比例要求的等次，请调整后再报审");

        List<List<String>> rows = xlsxRows(renderer.render(ReportFixtures.gradeDistribution(), ReportFormat.XLSX));
        assertThat(rows).contains(List.of("A", "3", "15.0%", "≤ 10%", "违反"));
    }

    @Test
    void scoreSheetExplainsEveryDeductionAndCreditWithRuleClauseAndFact() {
        // seed 000 三(二)1: 迟到一次，扣2分; 三(三)3: 县级通报扣10分; 三(五)2: 值班全年加20分
        RenderedReport pdf = renderer.render(ReportFixtures.scoreSheets(), ReportFormat.PDF);
        String text = pdfText(pdf);

        assertThat(text)
                .contains("个人考核评分表", "姓名张喆", "一、自我评定（述职）摘要", "自评分：980.0")
                .contains("分管领导评分孔国奇本职工作290.0300.070%")
                .contains("扣分干部作风建设迟到一次扣2分方案三(二)12021年3月2日镇纪委通报迟到-2.0")
                .contains("扣分本职工作县级通报扣10分方案三(三)32021年8月9日县督查通报信访件办理超期-10.0")
                .contains("加分其他加、扣分参加值班全年加20分方案三(五)2")
                .contains("分类得分合计1000.0扣分合计-14.0加分合计+40.0总分1026.0等次优秀")
                .contains("被考核者签字", "考核领导小组组长复核签字")
                .contains("王玥", "（本方案不设自评分）");
        assertThat(pdfPages(pdf)).as("one sheet per cadre").isEqualTo(2);
    }

    @Test
    void publicNoticeNamesTheWindowAndWhereToObject() {
        String text = pdfText(renderer.render(ReportFixtures.publicNotice(), ReportFormat.PDF));

        assertThat(text)
                .contains("公示名单", "大栗港镇2021年度机关干部目标管理考核结果公示", "（共6人）")
                .contains("1张喆党政综合办公室主任1014.5优秀")
                .contains("公示期：2021年12月28日至2021年12月30日24时（3个工作日）")
                .contains("镇绩效考核办公室（镇督查室）反映（电话0734-6612345）")
                .contains("大栗港镇绩效考核工作领导小组2021年12月28日");
    }

    @Test
    void performancePayReconcilesTheTotalsToThePool() {
        // seed 000 四1: 按个人所得分折算奖励到人 … 不得突破奖金申请总额; 二(二)4: 警告扣发50%，问责扣发20%
        String text =
                pdfText(renderer.render(ReportFixtures.performancePay(new BigDecimal("60000.00")), ReportFormat.PDF));

        assertThat(text)
                .contains("绩效奖金分配表", "奖金总额：60,000.00元")
                .contains("3王玥社会事务办公室良好964.09,640.0020%1.00扣发20%（受到问责处理）7,712.00")
                .contains("5欧阳德华农业综合服务中心合格916.09,160.0050%1.00扣发50%（受到警告处分）4,580.00")
                .contains("合计75,215.0055,137.00")
                .contains("奖金总额60,000.00元＝应发合计55,137.00元＋结余4,863.00元")
                .contains("扣发及折算合计20,078.00元")
                .contains("分配合计未超出奖金总额，结余4,863.00元。");
    }

    @Test
    void performancePayShowsEachCadresRiskDepositBesideThePay() {
        // seed 001 篇四 二(七)1(2): 按时限完成的…退还抵押金并按1:2的比例发放风险抵押奖；未按时限完成的不予退还
        String text =
                pdfText(renderer.render(ReportFixtures.performancePay(new BigDecimal("60000.00")), ReportFormat.PDF));

        assertThat(text.replace("\n", ""))
                .contains("风险抵押金（退还/奖励）")
                .contains("重点工作抵押2,000.00元：退还2,000.00元，奖励4,000.00元（1:2）")
                .contains("临时突击工作抵押1,000.00元：不予退还（未按时限完成）");
        assertThat(PerformancePayBuilder.depositText(List.of(
                        new CampaignData.Deposit(
                                "临时疑难工作",
                                new BigDecimal("500.00"),
                                "REFUNDED",
                                new BigDecimal("500.00"),
                                BigDecimal.ZERO),
                        new CampaignData.Deposit("重点工作", new BigDecimal("800.00"), "PAID", null, null))))
                // seed 001 篇四 二(七)2(1): 考核不达标的…不计发目标风险抵押奖
                .isEqualTo("临时疑难工作 抵押500.00元：退还500.00元，不计奖（不达标）；重点工作 抵押800.00元：待结算");
        assertThat(PerformancePayBuilder.depositText(List.of())).isNull();
    }

    @Test
    void performancePayPrintsTheMessageWhenThePoolWouldBeExceeded() {
        String text =
                pdfText(renderer.render(ReportFixtures.performancePay(new BigDecimal("50000.00")), ReportFormat.PDF));

        assertThat(text)
                .contains("奖金总额50,000.00元＝应发合计55,137.00元＋结余-5,137.00元")
                .contains("奖金分配超出奖金申请总额。分配合计超出奖金总额5,137.00元，不得突破奖金申请总额，请调整后重新分配。");
    }

    @Test
    void appealRegisterShowsDeadlinesAndWhetherTheyWereMet() {
        // seed 001 篇三 六: 24小时内上报考核小组，在一星期内提出处理意见
        String text = pdfText(renderer.render(ReportFixtures.appealRegister(), ReportFormat.PDF));

        assertThat(text)
                .contains("申诉处理登记表")
                .contains(
                        "1王玥社会事务办公室2021-12-2910:00会议缺席系经批准公出2021-12-3010:002021-12-2915:00按时2022-01-0510:002022-01-0210:00按时变更结果总分964.0→966.0，等次不变")
                .contains("2021-12-3022:30逾期") // forwarded 30 h after filing
                .contains("2022-01-0716:30逾期维持原结果") // decided after 9 days
                .contains("办理中")
                .contains("共3件，其中逾期1件"); // one appeal, late at both steps
    }

    @Test
    void resultNoticesPrintOnePagePerCadre() {
        RenderedReport pdf = renderer.render(ReportFixtures.resultNotices(), ReportFormat.PDF);
        String text = pdfText(pdf);

        assertThat(pdfPages(pdf)).isEqualTo(3);
        assertThat(text)
                .contains("考核结果通知书", "张喆同志：", "李堃同志：", "欧阳德华同志：")
                .contains("考核总分1014.5", "排名第1名（共6人）", "考核等次优秀", "绩效奖金10,145.00元")
                .contains("取消年度评先评优资格（八项基础工作三类）")
                .contains("绩效奖金另行通知")
                .contains("请于2022年1月12日前向镇绩效考核办公室（镇督查室）提出书面申诉")
                .contains("被告知人签字");
    }

    @Test
    void annualRollupShowsMonthlyGradesAndTheAnnualConsequences() {
        // seed 003 六2: 累计被评定为D等5次及以上 → 基本称职或不称职; C等6次及以上或D等3次及以上 → 取消评优资格
        RenderedReport xlsx = renderer.render(ReportFixtures.annualRollup(), ReportFormat.XLSX);
        assertThat(xlsxRows(xlsx))
                .contains(List.of(
                        "序号", "姓名", "单位", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
                        "等次统计", "年度等次", "结果运用"))
                .contains(List.of(
                        "2",
                        "李堃",
                        "农村经济发展办",
                        "D",
                        "C",
                        "D",
                        "B",
                        "D",
                        "C",
                        "D",
                        "B",
                        "D",
                        "B",
                        "C",
                        "B",
                        "B4 C3 D5",
                        "基本称职",
                        "D等累计5次：年终考核评为基本称职；D等3次及以上：取消评优资格"));

        String text = pdfText(renderer.render(ReportFixtures.annualRollup(), ReportFormat.PDF));
        assertThat(text).contains("年度考核汇总表", "C等累计6次：取消评优资格", "4月、5月借调，不参加考核");
    }
}
