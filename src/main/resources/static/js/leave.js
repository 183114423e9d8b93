// 请销假 (seed 001 篇四 一(三)): my requests with 销假, a new request; for approvers the requests waiting for them
// (the same tasks as 我的待办); the office sees the latest requests.
import { api, busy, clear, clearErrors, el, formatDate, formatDateTime, hasRole, notice, showErrors } from './api.js';
import { layout } from './layout.js';

const content = document.getElementById('content');
const user = await layout('leave.html');
const TYPES = [['PERSONAL', '事假'], ['SICK', '病假'], ['BUSINESS', '因公外出'], ['EXCUSED', '特殊情况不能签到']];

function rows(list, actions) {
  if (!list.length) return el('p', { class: 'empty' }, '暂无');
  return el('table', {},
    el('thead', {}, el('tr', {}, ['编号', '干部', '类别', '起止', '工作日', '事由', '审批人', '状态', '审批期限', ''].map((h) => el('th', {}, h)))),
    el('tbody', {}, list.map((r) => el('tr', { class: r.decisionEscalated && r.status === 'SUBMITTED' ? 'overdue' : null },
      el('td', {}, String(r.id)), el('td', {}, r.cadreName || ''), el('td', {}, r.typeLabel),
      el('td', {}, `${formatDate(r.from)} 至 ${formatDate(r.to)}`), el('td', {}, String(r.days)), el('td', {}, r.reason),
      el('td', {}, `${r.approverRole} ${r.approverName || ''}`),
      el('td', {}, r.statusLabel + (r.decisionNote ? `：${r.decisionNote}` : '') + (r.daysTaken != null ? `（实休 ${r.daysTaken} 天）` : '')),
      el('td', {}, formatDateTime(r.decisionDue)), el('td', {}, actions(r))))));
}

async function decide(r, approve, cell) {
  try {
    await api(`/api/leaves/${r.id}/decision`, { method: 'POST', body: { approve, note: null } });
    await rerender();
  } catch (e) { notice(cell, e.message, 'error'); }
}

/** 不同意: the reason is asked in the row (not in a browser prompt), the error shown at the field. */
function refuse(r, cell) {
  if (cell.querySelector('form.refuse-form')) { cell.querySelector('form.refuse-form textarea').focus(); return; }
  const form = el('form', { class: 'refuse-form', novalidate: true },
    el('div', { class: 'field', dataset: { field: 'note' } },
      el('label', {}, '不同意的理由', el('textarea', { name: 'note', rows: 2, required: true }))),
    el('div', { class: 'actions' },
      el('button', { type: 'submit', class: 'danger' }, '确认不同意'),
      el('button', { type: 'button', class: 'secondary', onclick: () => form.remove() }, '取消')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    busy(form, async () => {
      clearErrors(form);
      const note = form.elements.note.value.trim();
      if (!note) {
        showErrors(form, { message: '请填写不同意的理由', problems: [{ field: 'note', message: '请填写不同意的理由' }] });
        return;
      }
      try {
        await api(`/api/leaves/${r.id}/decision`, { method: 'POST', body: { approve: false, note } });
        await rerender();
      } catch (e) { showErrors(form, e, { codeAtField: true }); }
    });
  });
  cell.append(form);
  form.elements.note.focus();
}

async function rerender() {
  try {
    await render();
  } catch (e) {
    clear(content);
    notice(content, `请销假未能加载：${e.message}`, 'error');
  }
}

async function render() {
  const sections = [];
  if (user && user.cadreId) {
    const form = el('form', { id: 'leave-form', novalidate: true },
      el('div', { class: 'grid grid-2' },
        el('div', { class: 'field', dataset: { field: 'type' } }, el('label', {}, '类别', el('select', { name: 'type' }, TYPES.map(([v, l]) => el('option', { value: v }, l))))),
        el('div', { class: 'field', dataset: { field: 'from' } }, el('label', {}, '开始日期', el('input', { type: 'date', name: 'from' }))),
        el('div', { class: 'field', dataset: { field: 'to' } }, el('label', {}, '结束日期', el('input', { type: 'date', name: 'to' }))),
        el('div', { class: 'field', dataset: { field: 'reason' } }, el('label', {}, '事由', el('textarea', { name: 'reason', rows: 2 })))),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, '提交请假申请')));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      busy(form, async () => {
        clearErrors(form);
        try {
          const f = form.elements;
          const r = await api('/api/leaves', { method: 'POST', body: { type: f.type.value, from: f.from.value || null, to: f.to.value || null, reason: f.reason.value } });
          try {
  await render();
} catch (e) {
  clear(content);
  notice(content, `请销假未能加载：${e.message}`, 'error');
}
          notice(content, `已提交（${r.days} 个工作日），待${r.approverRole}审批。`);
        } catch (e) { showErrors(form, e, { codeAtField: true }); }
      });
    });
    const mine = await api('/api/leaves/mine');
    sections.push(el('h2', {}, '我的请假'), el('div', { id: 'my-leaves' }, rows(mine, (r) => r.status === 'APPROVED'
      ? el('button', { type: 'button', onclick: async (ev) => {
        try { await api(`/api/leaves/${r.id}/return`, { method: 'POST' }); try {
  await render();
} catch (e) {
  clear(content);
  notice(content, `请销假未能加载：${e.message}`, 'error');
} } catch (e) { notice(ev.target.parentNode, e.message, 'error'); }
      } }, '销假')
      : null)), el('h2', {}, '新的请假申请'), form);
  }
  const waiting = (await api('/api/leaves/to-approve')).filter((r) => r.status === 'SUBMITTED');
  if (waiting.length) {
    sections.push(el('h2', {}, '待我审批'), el('div', { id: 'leave-to-approve' }, rows(waiting, (r) => el('span', {},
      el('button', { type: 'button', onclick: (ev) => decide(r, true, ev.target.parentNode) }, '同意'), ' ',
      el('button', { type: 'button', class: 'secondary', onclick: (ev) => refuse(r, ev.target.parentNode) }, '不同意')))));
  }
  if (hasRole(user, 'OFFICE', 'COMMITTEE')) {
    const latest = await api('/api/leaves');
    sections.push(el('h2', {}, '请销假登记（最近）'), rows(latest, (r) => (r.status === 'AWAITING_OFFICE' && hasRole(user, 'OFFICE')
      ? el('span', {},
        el('button', { type: 'button', onclick: (ev) => decide(r, true, ev.target.parentNode) }, '办公室同意'), ' ',
        el('button', { type: 'button', class: 'secondary', onclick: (ev) => refuse(r, ev.target.parentNode) }, '不同意'))
      : null)));
  }
  clear(content, ...sections);
}

try {
  await render();
} catch (e) {
  clear(content);
  notice(content, `请销假未能加载：${e.message}`, 'error');
}
