// 风险抵押金 (seed 001 篇四 二(七)1(2)、2(1)): the office records what a cadre paid for a work item of a year and settles
// it by the year's finalised result (按时限完成且达标：退还并按1:2发放风险抵押奖；达标以下：退还不计奖；未按时限：不予退还);
// a cadre sees their own; the committee and the party committee read a year's register.
import { api, busy, clear, clearErrors, el, formatDate, formatDateTime, hasRole, notice, serverNow, showErrors } from './api.js';
import { layout } from './layout.js';

const content = document.getElementById('content');
const user = await layout('deposits.html');
const office = hasRole(user, 'OFFICE');
const reader = hasRole(user, 'OFFICE', 'COMMITTEE', 'PARTY');

function thisYear() {
  return Number(new Date(serverNow() + 8 * 3600000).toISOString().substring(0, 4));
}

function money(v) {
  return v === null || v === undefined ? '—' : `${Number(v).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
}

function field(name, label, input) {
  return el('div', { class: 'field', dataset: { field: name } }, el('label', {}, label, input));
}

function settleForm(d, reload) {
  const form = el('form', { class: 'settle-form inline', novalidate: true },
    el('fieldset', { dataset: { field: 'onTime' } }, el('legend', {}, '是否按时限完成'),
      el('label', {}, el('input', { type: 'radio', name: 'onTime', value: 'true' }), '按时完成'),
      el('label', {}, el('input', { type: 'radio', name: 'onTime', value: 'false' }), '未按时完成')),
    field('note', '说明', el('input', { type: 'text', name: 'note' })),
    el('button', { type: 'submit' }, '结算'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    busy(form, async () => {
      clearErrors(form);
      const picked = form.querySelector('input[name="onTime"]:checked');
      try {
        const r = await api(`/api/risk-deposits/${d.id}/settlement`, { body: { onTime: picked ? picked.value === 'true' : null, note: form.elements.note.value || null } });
        await reload(`已结算：${r.statusLabel}。退还 ${money(r.refund)}，风险抵押奖 ${money(r.award)}。`);
      } catch (e) { showErrors(form, e, { codes: { 'DEPOSIT-003': 'onTime' }, codeAtField: true }); }
    });
  });
  return form;
}

function table(list, withCadre, action) {
  if (!list.length) return el('p', { class: 'empty' }, '暂无风险抵押金记录。');
  const heads = [...(withCadre ? ['干部'] : []), '年度', '工作项目', '抵押金额', '缴纳日期', '状态', '退还', '风险抵押奖', '结算', ...(action ? [''] : [])];
  return el('div', { class: 'table-wrap' }, el('table', { class: 'deposits' },
    el('thead', {}, el('tr', {}, heads.map((h) => el('th', {}, h)))),
    el('tbody', {}, list.map((d) => el('tr', { dataset: { depositId: d.id } },
      withCadre ? el('td', {}, d.cadreName || '') : null,
      el('td', {}, String(d.year)), el('td', {}, d.item), el('td', {}, money(d.amount)), el('td', {}, formatDate(d.paidOn)),
      el('td', {}, d.statusLabel), el('td', {}, d.status === 'PAID' ? '—' : money(d.refund)), el('td', {}, d.status === 'PAID' ? '—' : money(d.award)),
      el('td', {}, d.settledAt ? `${formatDateTime(d.settledAt)}${d.settleNote ? `（${d.settleNote}）` : ''}` : '—'),
      action ? el('td', {}, d.status === 'PAID' ? action(d) : null) : null)))));
}

async function recordForm(reload) {
  let cadres;
  try { cadres = await api('/api/cadres'); } catch (e) { return el('div', { class: 'notice notice-error', role: 'alert' }, `干部名单加载失败：${e.message}`); }
  const form = el('form', { class: 'card', id: 'deposit-form', novalidate: true },
    el('h2', {}, '登记缴纳'),
    el('div', { class: 'grid grid-2' },
      field('cadreId', '干部', el('select', { name: 'cadreId' }, el('option', { value: '' }, '请选择'),
        cadres.map((c) => el('option', { value: c.id }, `${c.name}${c.unit ? `（${c.unit.name}）` : ''}`)))),
      field('year', '年度', el('input', { type: 'number', name: 'year', value: thisYear(), min: 2000, max: 2100 })),
      field('item', '工作项目（重点工作、临时突击工作、临时疑难工作）', el('input', { type: 'text', name: 'item' })),
      field('amount', '抵押金额（元）', el('input', { type: 'number', name: 'amount', step: '0.01' })),
      field('paidOn', '缴纳日期', el('input', { type: 'date', name: 'paidOn' }))),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, '登记')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    busy(form, async () => {
      clearErrors(form);
      const f = form.elements;
      const body = { cadreId: f.cadreId.value ? Number(f.cadreId.value) : null, year: f.year.value ? Number(f.year.value) : null,
        // not f.item: HTMLFormControlsCollection.item() is a method
        item: f.namedItem('item').value, amount: f.amount.value === '' ? null : f.amount.value, paidOn: f.paidOn.value || null };
      try {
        const d = await api('/api/risk-deposits', { body });
        form.reset();
        f.year.value = thisYear();
        await reload(`已登记：${d.item}，${money(d.amount)}。`);
      } catch (e) { showErrors(form, e, { codes: { 'DEPOSIT-002': 'item' }, codeAtField: true }); }
    });
  });
  return form;
}

let form;
let year = thisYear();

async function render(message) {
  const sections = [];
  try {
    if (user && user.cadreId) {
      sections.push(el('h2', {}, '我的风险抵押金'), table(await api('/api/risk-deposits/mine'), false, null));
    }
    if (reader) {
      const picker = el('input', { type: 'number', name: 'register-year', value: year, min: 2000, max: 2100, 'aria-label': '年度' });
      picker.addEventListener('change', () => { year = Number(picker.value) || thisYear(); render(); });
      const list = await api(`/api/risk-deposits?year=${year}`);
      sections.push(el('h2', {}, '风险抵押金登记'), el('label', { class: 'inline' }, '年度 ', picker),
        table(list, true, office ? (d) => settleForm(d, render) : null));
      if (office) {
        form = form || await recordForm(render);
        sections.push(form);
      }
    }
  } catch (e) {
    clear(content, ...sections);
    notice(content, e.message, 'error');
    return;
  }
  if (!sections.length) sections.push(el('p', { class: 'empty' }, '暂无风险抵押金记录。'));
  clear(content, ...sections);
  if (message) notice(content, message, 'ok');
}

await render();
