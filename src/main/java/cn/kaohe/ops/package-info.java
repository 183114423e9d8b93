/**
 * Operations: Prometheus series of Kaohe's own (login failures, campaign opening, report generation time; the
 * engine's task and incident series are in {@code workflow.ops}), the OpenAPI document and who may read metrics.
 */
package cn.kaohe.ops;
