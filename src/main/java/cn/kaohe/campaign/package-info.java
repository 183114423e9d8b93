/**
 * Campaigns (考核批次) and the per-cadre assessment: opening a campaign for a roster, self-evaluation, superior rating,
 * rating sheets (测评) and group ratings, ranking, the committee review and adjustments, public notice and
 * finalisation, exclusions, village grades and the live inputs the scoring engine needs (roster, targets, pay pool,
 * ranking groups). The process engine is reached through {@link cn.kaohe.campaign.CampaignWorkflow}; scores come from
 * the pure {@code scoring} module. Other modules read assessments and campaigns through
 * {@link cn.kaohe.campaign.AssessmentLookups} and {@link cn.kaohe.campaign.CampaignCounts}, never with SQL of their own
 * (docs/adr/0022 addendum).
 */
package cn.kaohe.campaign;
