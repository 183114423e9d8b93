/**
 * The target register (目标责任书, seed 004 第七至九、十六至十八条; issue 13): a unit's targets for a period under a
 * scheme that assesses units, each with its points (标准分) adding up to the COMPLETION category it feeds, numeric
 * (target value and unit of measure) or qualitative, a lead unit (牵头) and co-responsible units (协办); change requests
 * before the scheme's cut-off (第九条: 当年7月1日前) approved by the committee in the target-change process; completion
 * reported by the unit with evidence and checked by the inspection (察访核验: verified, 弄虚作假, 缺项). Campaigns read
 * it through {@link cn.kaohe.campaign.CampaignTargets}; the process engine is reached through
 * {@link cn.kaohe.target.TargetChangeWorkflow}.
 */
package cn.kaohe.target;
