package cn.kaohe.report;

/** One renderer for all report tests, so each template is compiled once per test run. */
final class SharedRenderer {

    static final ReportRenderer INSTANCE = new ReportRenderer(ReportProperties.defaults());

    private SharedRenderer() {}
}
