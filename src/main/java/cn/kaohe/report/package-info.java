/**
 * Report pack (报表): JasperReports templates in {@code reports/*.jrxml} filled from the read models in
 * {@link cn.kaohe.report.model}, exported to PDF (with the embedded "Kaohe Sans" CJK font) and XLSX.
 * Depends on no other feature module: callers map campaign and scoring results into the read models.
 */
package cn.kaohe.report;
