/**
 * The only module that imports Camunda: process delegates and listeners, the process vocabulary (element ids), the
 * task inbox through which every task is read and completed, the engine clock, incidents and job-lock heartbeat. It
 * implements the process ports of the domain modules ({@code CampaignWorkflow}, {@code AppealWorkflow}, …).
 */
package cn.kaohe.workflow;
