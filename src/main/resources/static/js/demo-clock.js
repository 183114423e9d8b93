// 演示时钟 (demo profile only): shows the engine's clock and the next timers, moves the clock forward.
import { api, clear, el, formatDateTime, notice, showErrors, clearErrors } from './api.js';
import { layout } from './layout.js';

const ACTIVITIES = {
  TimerEvent_NoticeEnds: '公示期满',
  TimerEvent_ReNoticeEnds: '重新公示期满',
  BoundaryEvent_ForwardReminder: '申诉转报提醒',
  BoundaryEvent_ForwardOverdue: '申诉转报逾期',
  BoundaryEvent_DecisionReminder: '申诉裁定提醒',
  BoundaryEvent_DecisionOverdue: '申诉裁定逾期',
  BoundaryEvent_SelfEvaluationReminder: '自评提醒',
  BoundaryEvent_SelfEvaluationOverdue: '自评逾期',
  BoundaryEvent_RatingReminder: '评分提醒',
  BoundaryEvent_RatingOverdue: '评分逾期',
  BoundaryEvent_RatingsOverdue: '评分阶段逾期',
};

const PROCESSES = {
  CadreAssessmentProcess: '干部考核', CampaignProcess: '考核批次', AppealProcess: '申诉', LeaveProcess: '请销假',
  TargetChangeProcess: '目标调整', WorkPlanProcess: '月度工作安排',
};

const content = document.getElementById('content');
await layout('demo-clock.html');

function render(state) {
  const form = el('form', { class: 'card', novalidate: true },
    el('div', { class: 'field' }, el('label', { for: 'days' }, '前移天数'),
      el('input', { id: 'days', name: 'days', type: 'number', min: '0', max: '60', step: '1', value: '0', inputmode: 'numeric' })),
    el('div', { class: 'field' }, el('label', { for: 'hours' }, '前移小时数'),
      el('input', { id: 'hours', name: 'hours', type: 'number', min: '0', max: '1440', step: '1', value: '0', inputmode: 'numeric' })),
    el('div', { class: 'field' }, el('label', { for: 'reason' }, '说明（记入审计，可不填）'),
      el('input', { id: 'reason', name: 'reason', type: 'text', maxlength: '200' })),
    el('button', { type: 'submit' }, '前移时钟'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      const body = {
        days: form.days.value === '' ? null : Number(form.days.value),
        hours: form.hours.value === '' ? null : Number(form.hours.value),
        reason: form.reason.value || null,
      };
      const next = await api('/api/admin/demo-clock/advance', { body });
      render(next);
      notice(content, `时钟已前移，现在是 ${formatDateTime(next.now)}。到期的定时器正在执行，稍后刷新本页查看。`);
    } catch (e) {
      showErrors(form, e);
    } finally {
      button.disabled = false;
    }
  });
  const timers = state.nextTimers.length
    ? el('table', { class: 'data' },
      el('thead', {}, el('tr', {}, el('th', {}, '到期时间'), el('th', {}, '流程'), el('th', {}, '定时器'))),
      el('tbody', {}, state.nextTimers.map((t) => el('tr', {},
        el('td', {}, formatDateTime(t.due)), el('td', {}, PROCESSES[t.process] || '其他流程'), el('td', {}, ACTIVITIES[t.activity] || '定时器')))))
    : el('p', { class: 'empty' }, '目前没有等待中的定时器。');
  clear(content,
    el('section', { class: 'card', 'aria-labelledby': 'clock-now' },
      el('h2', { id: 'clock-now' }, '现在'),
      el('dl', { class: 'kv' },
        el('dt', {}, '引擎时间'), el('dd', { class: 'clock-now' }, formatDateTime(state.now)),
        el('dt', {}, '比实际时间快'), el('dd', {}, minutes(state.offsetMinutes)),
        el('dt', {}, '已到期待执行的作业'), el('dd', { class: 'due-jobs' }, String(state.dueJobs)))),
    form,
    el('section', { class: 'card', 'aria-labelledby': 'clock-timers' },
      el('h2', { id: 'clock-timers' }, '接下来的定时器'), timers));
}

function minutes(total) {
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  return total === 0 ? '—（实际时间）' : `${days ? days + ' 天 ' : ''}${hours ? hours + ' 小时' : ''}`.trim() || `${total} 分钟`;
}

try {
  render(await api('/api/admin/demo-clock'));
} catch (e) {
  clear(content);
  notice(content, e.status === 404 ? '演示时钟只在演示环境中提供。' : e.message, 'error');
}
