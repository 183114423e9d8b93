/**
 * Monthly work plans (月度工作安排; issue 18), seed 003: 每月初…上报本月工作安排…审核后公示. A cadre submits the month's plan
 * before or during the month; the supervising leader approves it (it is posted) or returns it with a reason for a
 * revision, in the work-plan process reached through {@link cn.kaohe.workplan.WorkPlanWorkflow}.
 */
package cn.kaohe.workplan;
