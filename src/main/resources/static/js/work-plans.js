// 月度工作安排 (seed 003 每月初…上报本月工作安排，审核后公示): a cadre submits and revises the month's plan; the reviewer
// (the supervising leader; the office for plans without one or escalated to it) approves or returns it with a reason;
// everyone sees the posted plans of a month.
import { api, busy, clear, clearErrors, el, formatDateTime, hasRole, notice, param, serverNow, showErrors } from './api.js';
import { layout } from './layout.js';

const content = document.getElementById('content');
const user = await layout('work-plans.html');

/** This month in Beijing time (2026-06), by the application's clock. */
function thisMonth() {
  return new Date(serverNow() + 8 * 3600000).toISOString().substring(0, 7);
}

function monthLabel(m) {
  const [y, mo] = (m || '').split('-');
  return y && mo ? `${y}年${Number(mo)}月` : m;
}

function planCard(p, ...extra) {
  return el('li', { class: p.reviewEscalated && p.status === 'SUBMITTED' ? 'card overdue' : 'card', dataset: { planId: p.id } },
    el('strong', {}, `${monthLabel(p.month)} · ${p.cadreName || ''}`), ' ',
    el('span', { class: p.status === 'POSTED' ? 'badge badge-ok' : p.status === 'RETURNED' ? 'badge badge-warn' : 'badge' }, p.statusLabel),
    p.reviewEscalated && p.status === 'SUBMITTED' ? el('span', { class: 'badge badge-overdue' }, '审核超时，已转绩考办督办') : null,
    el('p', { class: 'pre plan-content' }, p.content),
    el('p', { class: 'meta' }, `上报：${formatDateTime(p.submittedAt)}`,
      p.status === 'SUBMITTED' ? `；审核期限：${formatDateTime(p.reviewDue)}` : '',
      p.postedAt ? `；公示：${formatDateTime(p.postedAt)}` : ''),
    p.reviewNote ? el('p', { class: 'review-note' }, el('strong', {}, p.status === 'RETURNED' ? '退回理由：' : '审核意见：'), p.reviewNote) : null,
    ...extra);
}

function field(name, label, input) {
  return el('div', { class: 'field', dataset: { field: name } }, el('label', {}, label, input));
}

function submitForm() {
  const form = el('form', { class: 'card', id: 'plan-form', novalidate: true },
    el('h2', {}, '上报本月工作安排'),
    field('month', '月份', el('input', { type: 'month', name: 'month', value: thisMonth() })),
    field('content', '工作安排', el('textarea', { name: 'content', rows: 6 })),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, '上报')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    busy(form, async () => {
      clearErrors(form);
      try {
        const p = await api('/api/work-plans', { body: { month: form.elements.month.value || null, content: form.elements.content.value } });
        form.reset();
        form.elements.month.value = thisMonth();
        await render(`${monthLabel(p.month)}工作安排已上报（编号 ${p.id}），待审核。`);
      } catch (e) { showErrors(form, e, { codes: { 'PLAN-003': 'month', 'PLAN-002': 'month' }, codeAtField: true }); }
    });
  });
  return form;
}

function revisionForm(p) {
  const form = el('form', { class: 'revision-form', novalidate: true },
    field('content', '修改后的工作安排', el('textarea', { name: 'content', rows: 6 }, p.content)),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, '重新上报')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    busy(form, async () => {
      clearErrors(form);
      try {
        await api(`/api/work-plans/${p.id}/revision`, { body: { content: form.elements.content.value } });
        await render(`${monthLabel(p.month)}工作安排已修改并重新上报，待审核。`);
      } catch (e) { showErrors(form, e, { codeAtField: true }); }
    });
  });
  return form;
}

function reviewForm(p) {
  const form = el('form', { class: 'review-form', novalidate: true },
    field('note', '审核意见（退回时必填）', el('textarea', { name: 'note', rows: 2 })),
    el('div', { class: 'actions' },
      el('button', { type: 'submit', name: 'approve', value: 'true' }, '同意并公示'), ' ',
      el('button', { type: 'submit', name: 'approve', value: 'false', class: 'secondary' }, '退回修改')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const approve = ev.submitter ? ev.submitter.value === 'true' : true;
    busy(form, async () => {
      clearErrors(form);
      try {
        await api(`/api/work-plans/${p.id}/review`, { body: { approve, note: form.elements.note.value || null } });
        await render(approve ? `${p.cadreName}的${monthLabel(p.month)}工作安排已审核公示。` : `已退回${p.cadreName}修改。`);
      } catch (e) { showErrors(form, e, { codes: { 'PLAN-005': 'note' }, codeAtField: true }); }
    });
  });
  return form;
}

function postedSection(month) {
  const list = el('div', { id: 'posted-list' }, el('p', { class: 'empty' }, '正在加载…'));
  const picker = el('input', { type: 'month', name: 'posted-month', value: month, 'aria-label': '公示月份' });
  const show = async () => {
    try {
      const posted = await api(`/api/work-plans?month=${encodeURIComponent(picker.value || thisMonth())}`);
      clear(list, posted.length ? el('ul', { class: 'cards' }, posted.map((p) => planCard(p))) : el('p', { class: 'empty' }, '该月暂无已公示的工作安排。'));
    } catch (e) { clear(list); notice(list, e.message, 'error'); }
  };
  picker.addEventListener('change', show);
  show();
  return el('section', { 'aria-labelledby': 'h-posted' }, el('h2', { id: 'h-posted' }, '工作安排公示'),
    el('label', { class: 'inline' }, '月份 ', picker), list);
}

async function render(message) {
  const sections = [];
  try {
    if (user && user.cadreId) {
      const mine = await api('/api/work-plans/mine');
      sections.push(el('section', { 'aria-labelledby': 'h-mine' }, el('h2', { id: 'h-mine' }, '我的工作安排'),
        mine.length ? el('ul', { class: 'cards' }, mine.map((p) => planCard(p, p.status === 'RETURNED' ? revisionForm(p) : null)))
          : el('p', { class: 'empty' }, '暂无')), submitForm());
    }
    const waiting = await api('/api/work-plans/to-review');
    if (waiting.length || hasRole(user, 'LEADER', 'OFFICE')) {
      sections.push(el('section', { 'aria-labelledby': 'h-review' }, el('h2', { id: 'h-review' }, '待我审核'),
        waiting.length ? el('ul', { class: 'cards' }, waiting.map((p) => planCard(p, reviewForm(p)))) : el('p', { class: 'empty' }, '没有待审核的工作安排。')));
    }
  } catch (e) {
    clear(content, ...sections);
    notice(content, e.message, 'error');
    return;
  }
  sections.push(postedSection(param('month') || thisMonth()));
  clear(content, ...sections);
  if (message) notice(content, message, 'ok');
}

await render();
