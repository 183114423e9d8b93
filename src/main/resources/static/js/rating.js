// 领导评分: the leader's RATING tasks, each cadre's self-evaluation beside a rating form; return with reason;
// batch sign-off (all or nothing — the error names the item).
import { api, busy, clear, clearErrors, el, formatDateTime, keepTyping, notice, numberProblems, overdueMark, param, parseNumber, showErrors, showProblems } from './api.js';
import { layout } from './layout.js';
import { categories, categoryFields, ledgerTable, selfEvaluationView } from './assessment-view.js';
import { monthPlanBox, monthPlanOf } from './work-plan-view.js';

const content = document.getElementById('content');
await layout('rating.html');
const focusTask = param('task');
const cards = new Map(); // taskId → {form, payload(), forget()}

function ratingCard(task, a, plan) {
  const cats = categories(a);
  const signOnly = cats.length === 0; // a sign-off-only scheme: no 评分 box at all
  const submit = el('button', { type: 'submit', class: 'sign' }, '签字提交');
  const reasonBox = el('div', { class: 'field return-reason', dataset: { field: 'reason' }, hidden: true },
    el('label', { for: `rr-${task.id}` }, '退回理由'),
    el('textarea', { id: `rr-${task.id}`, name: 'reason', rows: 2 }));
  const scoreBox = signOnly ? el('p', { class: 'hint sign-only' }, '本方案只需签字确认，不打分。')
    : el('fieldset', { class: 'scores' }, el('legend', {}, '评分'),
      cats.map((c) => el('div', { class: 'field', dataset: { field: `scores.${c.id}` } },
        el('label', { for: `r-${task.id}-${c.id}` }, `${c.name}（${c.min}–${c.max} 分）`,
          (a.selfScores || {})[c.id] != null ? el('span', { class: 'hint' }, ` 自评 ${a.selfScores[c.id]}`) : null),
        el('input', { id: `r-${task.id}-${c.id}`, name: `scores.${c.id}`, type: 'text', inputmode: 'decimal', autocomplete: 'off', class: 'score-input',
          dataset: { number: '', min: c.min, max: c.max, label: c.name } }))));
  const commentBox = el('div', { class: 'field', dataset: { field: 'comment' } },
    el('label', { for: `c-${task.id}` }, '评语'),
    el('textarea', { id: `c-${task.id}`, name: 'comment', rows: 3 }));
  // 签字 or 退回: the 退回理由 box (and nothing to score) only when 退回 is chosen; one button does what is chosen
  const choose = () => {
    const back = form.elements.action.value === 'return';
    reasonBox.hidden = !back;
    scoreBox.hidden = back;
    commentBox.hidden = back;
    submit.textContent = back ? '退回干部修改' : '签字提交';
    submit.classList.toggle('danger', back);
    const pick = form.querySelector('.batch-pick');
    if (back && pick) pick.checked = false;
    if (pick) pick.disabled = back;
  };
  const form = el('form', { class: 'rating-form', novalidate: true, dataset: { taskId: task.id } },
    el('fieldset', { class: 'rating-action', dataset: { field: 'action' } }, el('legend', {}, '处理'),
      el('div', { class: 'checks' },
        el('label', {}, el('input', { type: 'radio', name: 'action', value: 'rate', checked: true, onchange: () => choose() }), '签字（评分）'),
        el('label', {}, el('input', { type: 'radio', name: 'action', value: 'return', class: 'choose-return', onchange: () => choose() }), '退回干部修改'))),
    scoreBox,
    commentBox,
    reasonBox,
    el('div', { class: 'actions' },
      el('label', { class: 'inline' }, el('input', { type: 'checkbox', name: 'batch', value: task.id, class: 'batch-pick' }), '纳入批量签字'),
      submit));
  for (const c of cats) {
    const v = (a.ratingScores || {})[c.id];
    if (v != null) form.elements[`scores.${c.id}`].value = v;
  }
  const forget = keepTyping(form, `rating-${task.id}`);
  choose();
  const payload = () => {
    const scores = {};
    for (const c of cats) {
      const v = parseNumber(form.elements[`scores.${c.id}`].value);
      if (v !== null) scores[c.id] = v;
    }
    return { scores, comment: form.elements.comment.value };
  };
  /** Every problem of this card at once (empty when fine). */
  const problems = () => (form.elements.action.value === 'return'
    ? (form.elements.reason.value.trim() ? [] : [{ field: 'reason', message: '请填写退回理由' }])
    : numberProblems(form));
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
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const found = problems();
    if (found.length) { showProblems(form, found); return; }
    if (form.elements.action.value === 'return') complete({ action: 'return', reason: form.elements.reason.value }, '已退回干部修改。');
    else complete(payload(), '已签字提交。');
  });
  cards.set(task.id, { form, payload, problems, hints, done, name: a.cadre.name });
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
  // every card's problems at once, before anything is sent
  let bad = 0;
  picked.forEach(([, c]) => {
    clearErrors(c.form);
    const found = c.problems();
    if (found.length) { bad += 1; showProblems(c.form, found); }
  });
  if (bad) { notice(bar, `有 ${bad} 人的评分需要修改（已在其评分表中标出），整批均未办理。`, 'error'); return; }
  await busy(bar, async () => {
    try {
      const r = await api('/api/tasks/complete-batch', { method: 'POST', body: picked.map(([taskId, c]) => ({ taskId, form: c.payload() })) });
      picked.forEach(([, c]) => c.done('已批量签字。'));
      notice(bar, `已签字 ${r.completed} 人。`, 'ok');
    } catch (e) {
      // TASK-006 names the item by its place in the batch: "第 n 项办理失败：…"; say it with the cadre's name
      const m = /第 (\d+) 项/.exec(e.message);
      const failed = m ? picked[Number(m[1]) - 1] : null;
      if (failed) {
        showErrors(failed[1].form, e, failed[1].hints);
        failed[1].form.closest('article').scrollIntoView({ block: 'start' });
        notice(bar, e.message.replace(/第 \d+ 项/, failed[1].name), 'error');
      } else {
        notice(bar, e.message, 'error');
      }
    }
  });
}

async function load() {
  let tasks;
  try {
    tasks = (await api('/api/tasks')).filter((t) => t.kind === 'RATING');
  } catch (e) { clear(content); notice(content, e.message, 'error'); return; }
  if (!tasks.length) { clear(content, el('p', { class: 'empty' }, '没有待评分的干部。')); return; }
  // one card per task; a card whose assessment cannot be read says so in its place
  const assessments = await Promise.all(tasks.map((t) => api(`/api/assessments/${t.assessmentId}`).catch((e) => e)));
  const plans = await Promise.all(tasks.map((t) => monthPlanOf(t.assessmentId).catch((e) => e)));
  const bar = el('form', { class: 'card batch-bar', onsubmit: (ev) => { ev.preventDefault(); batchSign(bar); } },
    el('p', {}, `待评分 ${tasks.length} 人。勾选后可一次签字：全部成功才生效，有一人出错则整批都不办理。`),
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'secondary', onclick: () => cards.forEach((c) => { const b = c.form.querySelector('.batch-pick'); if (b && !b.disabled) b.checked = true; }) }, '全选'),
      el('button', { type: 'submit', id: 'batch-sign' }, '批量签字')));
  clear(content, bar, tasks.map((t, i) => assessments[i] instanceof Error
    ? el('div', { class: 'notice notice-error', role: 'alert' }, `一项评分未能加载：${assessments[i].message}`)
    : ratingCard(t, assessments[i], plans[i])));
  if (focusTask) document.getElementById(`task-${focusTask}`)?.scrollIntoView({ block: 'start' });
}

load();
