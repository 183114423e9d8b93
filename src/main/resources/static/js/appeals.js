// 申诉: the office's inbox (forward within 24 hours, counting down), the committee's inbox (decide within one
// week), and the register with deadlines met or not.
import { api, busy, clear, clearErrors, countdown, el, formatDateTime, keepTyping, notice, OUTCOMES, pagedList, pageQuery, param, showErrors, showProblems } from './api.js';
import { layout } from './layout.js';
import { categories, categoryName, table } from './assessment-view.js';

const content = document.getElementById('content');
await layout('appeals.html');
const focusTask = param('task');
const timers = [];

function ticking(iso) {
  const span = el('span', { class: 'deadline countdown', dataset: { due: iso || '' } });
  const tick = () => { const c = countdown(iso); span.textContent = c.text; span.classList.toggle('overdue', c.overdue); };
  tick();
  timers.push(tick);
  return span;
}
setInterval(() => timers.forEach((t) => t()), 30000);

function appealHead(ap, a) {
  const who = ap.appellantName || (a && a.cadre ? a.cadre.name : '—');
  const items = ap.items.map((i) => categoryName(a, i)).join('、');
  return [el('p', { class: 'meta' }, el('span', {}, `申诉人 ${who}`), el('span', {}, `提出于 ${formatDateTime(ap.filedAt)}`),
    el('span', {}, `项目：${items}`), el('span', {}, a.campaignName)), el('p', { class: 'pre' }, ap.grounds)];
}

function forwardCard(task, ap, a) {
  const form = el('form', { novalidate: true },
    el('div', { class: 'field', dataset: { field: 'note' } }, el('label', { for: `note-${task.id}` }, '转报意见'),
      el('textarea', { id: `note-${task.id}`, name: 'note', rows: 2 })),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, '转报领导小组')));
  const forget = keepTyping(form, `forward-${task.id}`);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    busy(form, async () => {
      clearErrors(form);
      try {
        await api(`/api/tasks/${encodeURIComponent(task.id)}/claim`, { method: 'POST' });
        await api(`/api/tasks/${encodeURIComponent(task.id)}/complete`, { method: 'POST', body: { note: form.elements.note.value } });
        forget();
        clear(form, el('div', { class: 'notice notice-ok', role: 'status' }, '已转报领导小组，领导小组一星期内提出处理意见。'));
      } catch (e) { showErrors(form, e); }
    });
  });
  return el('li', { id: `task-${task.id}`, class: task.overdue ? 'overdue' : null },
    el('strong', {}, `申诉编号 ${ap.id}`), ' ', el('span', {}, '转报时限（24小时）：', formatDateTime(ap.forwardDue), ' '), ticking(ap.forwardDue),
    appealHead(ap, a), form);
}

function decisionCard(task, ap, a) {
  const targets = [...categories(a).map((c) => [c.id, c.name]), ['TOTAL', '总分'], ['GRADE', '等次']];
  const changeRow = () => el('div', { class: 'grid grid-2 change' },
    el('div', { class: 'field', dataset: { field: 'changes.target' } }, el('label', {}, '调整项目', el('select', { name: 'changeTarget' }, targets.map(([v, l]) => el('option', { value: v }, l))))),
    el('div', { class: 'field', dataset: { field: 'changes.value' } }, el('label', {}, '调整为', el('input', { type: 'text', name: 'changeValue', inputmode: 'decimal' }))));
  const changes = el('fieldset', { class: 'changes', dataset: { field: 'changes' }, hidden: true }, el('legend', {}, '调整内容'), changeRow(),
    el('button', { type: 'button', class: 'secondary', onclick: (ev) => ev.target.before(changeRow()) }, '再加一项'));
  const form = el('form', { novalidate: true },
    el('fieldset', { dataset: { field: 'outcome' } }, el('legend', {}, '处理结果'),
      el('div', { class: 'checks' }, Object.entries(OUTCOMES).map(([v, l]) => el('label', {},
        el('input', { type: 'radio', name: 'outcome', value: v, onchange: () => { changes.hidden = form.elements.outcome.value !== 'ADJUSTED'; } }), l)))),
    changes,
    el('div', { class: 'field', dataset: { field: 'decision' } }, el('label', { for: `d-${task.id}` }, '处理意见'),
      el('textarea', { id: `d-${task.id}`, name: 'decision', rows: 3 })),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, '提交处理意见')));
  const forget = keepTyping(form, `decide-${task.id}`);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const outcome = form.elements.outcome.value || null;
    const rows = [...changes.querySelectorAll('.change')].map((r) => ({ target: r.querySelector('select').value, value: r.querySelector('input').value.trim() }))
      .filter((c) => c.value !== '');
    // every problem at once, at its field
    const problems = [];
    if (!outcome) problems.push({ field: 'outcome', message: '请选择处理结果' });
    if (outcome === 'ADJUSTED' && !rows.length) problems.push({ field: 'changes', message: '请填写至少一项调整内容' });
    if (!form.elements.decision.value.trim()) problems.push({ field: 'decision', message: '请填写处理意见' });
    if (problems.length) { showProblems(form, problems); return; }
    busy(form, async () => {
      clearErrors(form);
      try {
        await api(`/api/tasks/${encodeURIComponent(task.id)}/claim`, { method: 'POST' });
        await api(`/api/tasks/${encodeURIComponent(task.id)}/complete`, { method: 'POST', body: {
          outcome, decision: form.elements.decision.value, changes: outcome === 'ADJUSTED' ? rows : [] } });
        forget();
        clear(form, el('div', { class: 'notice notice-ok', role: 'status' }, outcome === 'ADJUSTED' ? '已调整结果，调整后的结果将重新公示。' : '已维持原结果，申诉办结。'));
      } catch (e) {
        showErrors(form, e, { codes: { 'APPEAL-009': 'decision', 'APPEAL-011': 'changes', 'CAMPAIGN-015': 'changes' } });
      }
    });
  });
  return el('li', { id: `task-${task.id}`, class: task.overdue ? 'overdue' : null },
    el('strong', {}, `申诉编号 ${ap.id}`), ' ', el('span', {}, '裁定时限（一星期）：', formatDateTime(ap.decisionDue), ' '), ticking(ap.decisionDue),
    appealHead(ap, a),
    a.total != null ? el('p', { class: 'meta' }, `原结果：总分 ${a.total}${a.gradeLabel ? `，${a.gradeLabel}` : ''}`) : null,
    form);
}

function met(v) {
  return v === true ? el('span', { class: 'badge badge-ok' }, '按时') : v === false ? el('span', { class: 'badge badge-overdue' }, '超时') : '—';
}

function register() {
  return pagedList({
    id: 'appeal-register',
    searchLabel: '查找申诉',
    searchHint: '申诉人姓名、编号、理由或状态',
    sort: 'filed,desc',
    tableClass: 'register',
    empty: '没有申诉记录。',
    fetchPage: (state) => api(`/api/appeals?${pageQuery(state)}`, { withTotal: true }),
    columns: [
      { label: '编号', sort: 'id', cell: (ap) => String(ap.id) },
      { label: '申诉人', sort: 'appellant', cell: (ap) => ap.appellantName || '—' },
      { label: '状态', sort: 'status', cell: (ap) => ap.statusLabel },
      { label: '提出时间', sort: 'filed', cell: (ap) => formatDateTime(ap.filedAt) },
      { label: '转报时限', cell: (ap) => formatDateTime(ap.forwardDue) },
      { label: '转报', cell: (ap) => met(ap.forwardMet) },
      { label: '裁定时限', cell: (ap) => formatDateTime(ap.decisionDue) },
      { label: '裁定', cell: (ap) => met(ap.decisionMet) },
      { label: '结果', cell: (ap) => (ap.outcome ? OUTCOMES[ap.outcome] || '—' : '—') },
    ],
  });
}

/** One inbox card: the appeal and its assessment, or what went wrong in the card's place (never 正在加载… for good). */
async function card(t, make) {
  try {
    const ap = await api(`/api/appeals/${t.appealId}`);
    const a = await api(`/api/assessments/${ap.assessmentId}`);
    return make(t, ap, a);
  } catch (e) {
    return el('li', { class: 'notice notice-error', role: 'alert' }, `一项申诉未能加载：${e.message}`);
  }
}

async function load() {
  let tasks;
  try {
    tasks = await api('/api/tasks');
  } catch (e) { clear(content); notice(content, `待办未能加载：${e.message}`, 'error'); return; }
  const forward = tasks.filter((t) => t.kind === 'APPEAL_FORWARD');
  const decide = tasks.filter((t) => t.kind === 'APPEAL_DECISION');
  const [forwardItems, decideItems] = await Promise.all([Promise.all(forward.map((t) => card(t, forwardCard))),
    Promise.all(decide.map((t) => card(t, decisionCard)))]);
  clear(content,
    el('section', { class: 'card', 'aria-labelledby': 'h-forward' }, el('h2', { id: 'h-forward' }, '绩考办：待转报（24小时内）'),
      forwardItems.length ? el('ul', { class: 'cards forward-inbox' }, forwardItems) : el('p', { class: 'empty' }, '没有待转报的申诉。')),
    el('section', { class: 'card', 'aria-labelledby': 'h-decide' }, el('h2', { id: 'h-decide' }, '领导小组：待裁定（一星期内）'),
      decideItems.length ? el('ul', { class: 'cards decision-inbox' }, decideItems) : el('p', { class: 'empty' }, '没有待裁定的申诉。')),
    el('section', { class: 'card', 'aria-labelledby': 'h-register' }, el('h2', { id: 'h-register' }, '申诉登记'), register()));
  if (focusTask) document.getElementById(`task-${focusTask}`)?.scrollIntoView({ block: 'start' });
}

load().catch((e) => { clear(content); notice(content, e.message, 'error'); });
