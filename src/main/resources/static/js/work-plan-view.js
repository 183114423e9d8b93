// The cadre's approved (posted) plan of the month beside a monthly result (seed 003: 每月初…上报本月工作安排，审核后公示),
// as 领导评分 and 我的考核结果 show it.
import { api, el, formatDateTime } from './api.js';

/** The plan of an assessment's month (null for other cycles or when none was posted); throws ApiError. */
export function monthPlanOf(assessmentId) {
  return api(`/api/work-plans/of-assessment/${assessmentId}`);
}

/** A box with the plan, nothing when there is none, an alert when the request failed (an ApiError). */
export function monthPlanBox(plan) {
  if (plan instanceof Error) return el('div', { class: 'notice notice-error month-plan', role: 'alert' }, `本月工作安排加载失败：${plan.message}`);
  if (!plan) return null;
  return el('section', { class: 'card month-plan', 'aria-label': '本月工作安排' },
    el('h3', {}, `${plan.month} 工作安排（已审核公示）`),
    el('p', { class: 'pre' }, plan.content),
    el('p', { class: 'meta' }, `公示：${formatDateTime(plan.postedAt)}`));
}
