/**
 * Report pack (报表): JasperReports templates in {@code reports/*.jrxml} filled from the read models in
 * {@link cn.kaohe.report.model}, exported to PDF (with the embedded "Kaohe Sans" CJK font) and XLSX. The
 * renderer and the read models depend on no other feature module; {@code ReadModels} (one builder per report type) and
 * {@code CampaignDataLoader} map campaigns, appeals, schemes and the organisation into them, and
 * {@code ReportService} stores the files generated at the campaign's steps and on demand.
 */
package cn.kaohe.report;
