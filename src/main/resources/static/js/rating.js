// 领导评分: the leader's RATING tasks, each cadre's self-evaluation beside a rating form; return with reason;
// batch sign-off (all or nothing — the error names the item).
import { api, busy, clear, clearErrors, el, formatDateTime, keepTyping, notice, overdueMark, param, showErrors } from './api.js';
import { layout } from './layout.js';
import { categories, categoryFields, ledgerTable, selfEvaluationView } from './assessment-view.js';
import { monthPlanBox, monthPlanOf } from './work-plan-view.js';

const content = document.getElementById('content');
await layout('rating.html');
const focusTask = param('task');
const cards = new Map(); // taskId → {form, payload(), forget()}

function ratingCard(task, a, plan) {
  const cats = categories(a);
  const form = el('form', { class: 'rating-form', novalidate: true, dataset: { taskId: task.id } },
    el('fieldset', {}, el('legend', {}, '评分'),
      cats.map((c) => el('div', { class: 'field', dataset: { field: `scores.${c.id}` } },
        el('label', { for: `r-${task.id}-${c.id}` }, `${c.name}（${c.min}–${c.max} 分）`,
          (a.selfScores || {})[c.id] != null ? el('span', { class: 'hint' }, ` 自评 ${a.selfScores[c.id]}`) : null),
        el('input', { id: `r-${task.id}-${c.id}`, name: `scores.${c.id}`, type: 'number', inputmode: 'decimal', step: '0.01', min: c.min, max: c.max, class: 'score-input' })))),
    el('div', { class: 'field', dataset: { field: 'comment' } },
      el('label', { for: `c-${task.id}` }, '评语'),
      el('textarea', { id: `c-${task.id}`, name: 'comment', rows: 3 })),
    el('div', { class: 'field return-reason', dataset: { field: 'reason' }, hidden: true },
      el('label', { for: `rr-${task.id}` }, '退回理由'),
      el('textarea', { id: `rr-${task.id}`, name: 'reason', rows: 2 })),
    el('div', { class: 'actions' },
      el('label', { class: 'inline' }, el('input', { type: 'checkbox', name: 'batch', value: task.id, class: 'batch-pick' }), '纳入批量签字'),
      el('button', { type: 'submit', class: 'sign' }, '签字提交'),
      el('button', { type: 'button', class: 'danger return' }, '退回')));
  for (const c of cats) {
    const v = (a.ratingScores || {})[c.id];
    if (v != null) form.elements[`scores.${c.id}`].value = v;
  }
  const forget = keepTyping(form, `rating-${task.id}`);
  const payload = () => {
    const scores = {};
    for (const c of cats) {
      const v = form.elements[`scores.${c.id}`].value.trim();
      if (v !== '') scores[c.id] = v;
    }
    // {action: "rate"} is the default; sending it fails today (TASK-006 “表单字段类型不符”: the handler reads the
    // whole form into RatingFormData, which has no "action") — see docs/modules/ui.md, Needed from the API.
    return { scores, comment: form.elements.comment.value };
  };
  const hints = { names: categoryFields(a), codes: { 'CAMPAIGN-010': 'reason' } };
  const done = (text) => {
    forget();
    cards.delete(task.id);
    clear(form, el('div', { class: 'notice notice-ok', role: 'status' }, text));
  };
  const complete = (body, text) => busy(form, async () => {
    clearErrors(form);
    try {
      await api(`/api/tasks/${encodeURIComponent(task.id)}/complete`, { method: 'POST', body });
      done(text);
    } catch (e) { showErrors(form, e, hints); }
  });
  form.addEventListener('submit', (ev) => { ev.preventDefault(); complete(payload(), '已签字提交。'); });
  form.querySelector('.return').addEventListener('click', () => {
    const box = form.querySelector('.return-reason');
    if (box.hidden) { box.hidden = false; form.elements.reason.focus(); return; }
    complete({ action: 'return', reason: form.elements.reason.value }, '已退回干部修改。');
  });
  cards.set(task.id, { form, payload, hints, done });
  return el('article', { class: 'card rating', id: `task-${task.id}`, 'aria-labelledby': `h-${task.id}` },
    el('h2', { id: `h-${task.id}` }, a.cadre.name, overdueMark(task.overdue)),
    el('p', { class: 'meta' }, el('span', {}, a.campaignName), el('span', { class: task.overdue ? 'deadline overdue' : 'deadline' }, `评分截止：${formatDateTime(task.due)}`)),
    el('div', { class: 'two-col' },
      el('section', { 'aria-label': `${a.cadre.name}的自评` }, monthPlanBox(plan), selfEvaluationView(a),
        el('details', {}, el('summary', {}, '台账记录'), ledgerTable(a.ledger))),
      form));
}

async function batchSign(bar) {
  const picked = [...cards.entries()].filter(([, c]) => c.form.querySelector('.batch-pick')?.checked);
  if (!picked.length) { notice(bar, '请先勾选要签字的干部。', 'error'); return; }
  await busy(bar, async () => {
    picked.forEach(([, c]) => clearErrors(c.form));
    try {
      const r = await api('/api/tasks/complete-batch', { method: 'POST', body: picked.map(([taskId, c]) => ({ taskId, form: c.payload() })) });
      picked.forEach(([, c]) => c.done('已批量签字。'));
      notice(bar, `已签字 ${r.completed} 人。`, 'ok');
    } catch (e) {
      // TASK-006 names the item: "第 n 项（taskId）办理失败：…"
      const m = /第 (\d+) 项/.exec(e.message);
      const failed = m ? picked[Number(m[1]) - 1] : picked.find(([taskId]) => e.message.includes(taskId));
      if (failed) {
        showErrors(failed[1].form, e, failed[1].hints);
        failed[1].form.closest('article').scrollIntoView({ block: 'start' });
      }
      notice(bar, e.message, 'error');
    }
  });
}

async function load() {
  let tasks;
  try {
    tasks = (await api('/api/tasks')).filter((t) => t.kind === 'RATING');
  } catch (e) { clear(content); notice(content, e.message, 'error'); return; }
  if (!tasks.length) { clear(content, el('p', { class: 'empty' }, '没有待评分的干部。')); return; }
  const assessments = await Promise.all(tasks.map((t) => api(`/api/assessments/${t.assessmentId}`).catch((e) => e)));
  const plans = await Promise.all(tasks.map((t) => monthPlanOf(t.assessmentId).catch((e) => e)));
  const bar = el('form', { class: 'card batch-bar', onsubmit: (ev) => { ev.preventDefault(); batchSign(bar); } },
    el('p', {}, `待评分 ${tasks.length} 人。勾选后可一次签字：全部成功才生效，有一人出错则整批都不办理。`),
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'secondary', onclick: () => cards.forEach((c) => { const b = c.form.querySelector('.batch-pick'); if (b) b.checked = true; }) }, '全选'),
      el('button', { type: 'submit', id: 'batch-sign' }, '批量签字')));
  clear(content, bar, tasks.map((t, i) => assessments[i] instanceof Error
    ? el('div', { class: 'notice notice-error', role: 'alert' }, assessments[i].message)
    : ratingCard(t, assessments[i], plans[i])));
  if (focusTask) document.getElementById(`task-${focusTask}`)?.scrollIntoView({ block: 'start' });
}

load();
