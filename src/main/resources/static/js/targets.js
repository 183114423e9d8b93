// 目标责任书 (seed 004 第七至九、十六、十七条): the office registers a unit's targets (分值合计等于目标完成类分类的分值),
// sees completion reports and checks them (察访核验: 属实、弄虚作假、缺项); change requests (目标调整申请) with their
// deadlines, decided by the committee (考核领导小组).
import { api, busy, clear, clearErrors, el, formatDateTime, hasRole, keepTyping, notice, showErrors } from './api.js';
import { layout } from './layout.js';

const content = document.getElementById('content');
const user = await layout('targets.html');
const office = hasRole(user, 'OFFICE');
const committee = hasRole(user, 'COMMITTEE');

const KINDS = [['NUMERIC', '有数据指标'], ['QUALITATIVE', '无数据指标']];
const OUTCOMES = { GOOD: '完成且效果好', FAIR: '完成但效果一般', POOR: '完成但效果差', NOT_DONE: '未完成' };
const STATUS = { SUBMITTED: '待审批', APPROVED: '已批准', REFUSED: '已退回' };
const CHECKS = [['VERIFIED', '属实'], ['FALSIFIED', '弄虚作假（倒扣50%）'], ['MISSING', '缺项（按比例折算）']];

const select = (options, attrs = {}) => el('select', attrs, options.map(([v, l]) => el('option', { value: v }, l)));
const flatten = (nodes, depth = 0) => nodes.flatMap((n) => [[n.id, `${'　'.repeat(depth)}${n.name}`], ...flatten(n.children || [], depth + 1)]);
function field(name, label, input) {
  input.id = input.id || `t-${name}`;
  if (!input.name) input.name = name;
  return el('div', { class: 'field', dataset: { field: name } }, el('label', { for: input.id }, label), input);
}

let schemes = [];
let units = [];
try {
  // the committee may not list units (403): it decides change requests and needs no unit picker; any other failure says so
  [schemes, units] = await Promise.all([api('/api/targets/schemes'), api('/api/units').catch((e) => { if (e.status === 403) return []; throw e; })]);
} catch (e) { clear(content); notice(content, e.message, 'error'); throw e; }

const picker = el('form', { class: 'card', novalidate: true },
  el('div', { class: 'grid grid-2' },
    field('scheme', '考核方案', select(schemes.map((s) => [s.id, s.name]))),
    field('period', '考核期间（如 2026）', el('input', { type: 'text', value: String(new Date().getFullYear()) }))),
  el('div', { class: 'actions' }, el('button', { type: 'submit' }, '查看')));
const register = el('section', { class: 'card', 'aria-labelledby': 'h-register' });
const entry = el('section', { class: 'card', 'aria-labelledby': 'h-entry' });
const changes = el('section', { class: 'card', 'aria-labelledby': 'h-changes' });
clear(content, schemes.length ? picker : el('p', { class: 'empty' }, '没有考核单位且含目标完成类分类的考核方案（如“钟山区区直单位和镇乡街道工作目标管理”）。'),
  register, office ? entry : null, changes);

const current = () => ({ scheme: picker.elements.scheme.value, period: picker.elements.period.value.trim() });
picker.addEventListener('submit', (ev) => { ev.preventDefault(); load(); });

function completion(t) {
  if (!t.reportedAt) return '未上报';
  const what = t.notApplicable ? '申报缺项' : t.kind === 'NUMERIC' ? `完成 ${t.actual ?? '—'} ${t.measureUnit || ''}` : (OUTCOMES[t.outcome] || (t.forceMajeure ? '受不可抗拒因素影响' : '—'));
  return el('span', {}, what, el('br'), el('small', {}, `${t.reportedBy} ${formatDateTime(t.reportedAt)}`), t.evidence ? el('br') : null, t.evidence ? el('small', {}, t.evidence) : null,
    t.attachments ? el('br') : null, t.attachments ? el('small', {}, `附件：${t.attachments}`) : null);
}

function checkForm(t) {
  if (!office && !committee) return '—';
  const form = el('form', { class: 'inline check', novalidate: true, dataset: { target: t.id } },
    el('div', { class: 'field', dataset: { field: 'result' } }, select([['', '核验结果'], ...CHECKS], { name: 'result', 'aria-label': '核验结果' })),
    el('div', { class: 'field', dataset: { field: 'note' } }, el('input', { type: 'text', name: 'note', placeholder: '核验说明', 'aria-label': '核验说明' })),
    el('button', { type: 'submit', class: 'secondary' }, '核验'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    busy(form, async () => {
      clearErrors(form);
      try {
        await api(`/api/targets/${t.id}/check`, { method: 'POST', body: { result: form.elements.result.value || null, note: form.elements.note.value } });
        await load();
        notice(register, `已核验：${t.title}`, 'ok');
      } catch (e) { showErrors(form, e); }
    });
  });
  return el('div', {}, t.checkResultLabel ? el('p', {}, el('strong', {}, t.checkResultLabel), ` ${t.checkedByName || ''}`, t.checkNote ? `：${t.checkNote}` : '') : null, form);
}

function targetTable(list) {
  return el('table', { class: 'data' },
    el('thead', {}, el('tr', {}, ['单位', '序号', '目标', '分值', '类型', '目标值', '牵头单位', '协办单位', '完成情况', '察访核验'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, list.map((t) => el('tr', { dataset: { target: t.id } },
      el('td', {}, t.unitName), el('td', {}, String(t.position)), el('td', {}, t.title), el('td', { class: 'num' }, String(t.points)),
      el('td', {}, t.kind === 'NUMERIC' ? '有数据指标' : '无数据指标'),
      el('td', {}, t.kind === 'NUMERIC' ? `${t.targetValue} ${t.measureUnit}` : '—'),
      el('td', {}, t.leadUnitName || ''), el('td', {}, (t.coUnitNames || []).join('、') || '—'),
      el('td', {}, completion(t)), el('td', {}, checkForm(t))))));
}

function entryForm() {
  const scheme = schemes.find((s) => String(s.id) === current().scheme);
  const row = () => el('div', { class: 'grid grid-2 target-row' },
    el('div', { class: 'field' }, el('label', {}, '目标名称', el('input', { type: 'text', name: 'title' }))),
    el('div', { class: 'field' }, el('label', {}, '分值', el('input', { type: 'text', name: 'points', inputmode: 'decimal' }))),
    el('div', { class: 'field' }, el('label', {}, '类型', select(KINDS, { name: 'kind' }))),
    el('div', { class: 'field' }, el('label', {}, '目标值', el('input', { type: 'text', name: 'targetValue', inputmode: 'decimal' }))),
    el('div', { class: 'field' }, el('label', {}, '计量单位', el('input', { type: 'text', name: 'measureUnit', placeholder: '万元、户、%' }))),
    el('div', { class: 'field' }, el('label', {}, '协办单位', select(flatten(units), { name: 'coUnitIds', multiple: true, size: 3 }))));
  const rows = el('fieldset', { dataset: { field: 'targets' } }, el('legend', {}, '目标'), row(),
    el('button', { type: 'button', class: 'secondary add-target', onclick: (ev) => ev.target.before(row()) }, '再加一项'),
    el('div', { class: 'field', dataset: { field: 'targets[].points' } }));
  const form = el('form', { id: 'target-entry', novalidate: true },
    el('p', { class: 'hint' }, scheme ? `各项分值合计须等于“${scheme.categories.map((c) => `${c.name}”${c.points} 分`).join('、')}。` : ''),
    field('unitId', '被考核单位', select([['', '请选择'], ...flatten(units)])),
    rows,
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, '登记目标责任书')));
  const forget = keepTyping(form, 'targets-entry');
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const kept = [...rows.querySelectorAll('.target-row')].filter((r) => r.querySelector('[name=title]').value.trim() || r.querySelector('[name=points]').value.trim());
    kept.forEach((r, i) => r.querySelectorAll('[name]').forEach((input) => { input.closest('.field').dataset.field = `targets[${i}].${input.name}`; }));
    const targets = kept.map((r) => {
      const v = (n) => r.querySelector(`[name=${n}]`).value.trim();
      const kind = v('kind');
      return { title: v('title'), points: v('points') || null, kind, targetValue: kind === 'NUMERIC' ? (v('targetValue') || null) : null,
        measureUnit: kind === 'NUMERIC' ? v('measureUnit') : null,
        coUnitIds: [...r.querySelector('[name=coUnitIds]').selectedOptions].map((o) => Number(o.value)) };
    });
    busy(form, async () => {
      clearErrors(form);
      try {
        await api('/api/targets/books', { method: 'PUT', body: { schemeVersionId: Number(current().scheme), unitId: form.elements.unitId.value ? Number(form.elements.unitId.value) : null,
          period: current().period, targets } });
        forget();
        await load();
        notice(entry, '目标责任书已登记。', 'ok');
      } catch (e) { showErrors(form, e); }
    });
  });
  return form;
}

function decisionForm(c) {
  if (!committee || c.status !== 'SUBMITTED') return '—';
  const form = el('form', { class: 'inline decision', novalidate: true, dataset: { change: c.id } },
    el('div', { class: 'field', dataset: { field: 'note' } }, el('input', { type: 'text', name: 'note', placeholder: '审批意见（不同意须填写理由）', 'aria-label': '审批意见' })),
    el('button', { type: 'submit', value: 'yes' }, '同意'), el('button', { type: 'submit', value: 'no', class: 'secondary' }, '不同意'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const approve = ev.submitter && ev.submitter.value === 'yes';
    busy(form, async () => {
      clearErrors(form);
      try {
        await api(`/api/targets/changes/${c.id}/decision`, { method: 'POST', body: { approve, note: form.elements.note.value } });
        await load();
        notice(changes, `调整申请（编号 ${c.id}）${approve ? '已批准' : '已退回'}。`, 'ok');
      } catch (e) { showErrors(form, e, { codes: { 'TARGET-016': 'note' } }); }
    });
  });
  return form;
}

function changeTable(list) {
  return el('table', { class: 'data' },
    el('thead', {}, el('tr', {}, ['编号', '单位', '理由', '调整内容', '状态', '审批时限', '审批', '办理'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, list.map((c) => el('tr', { class: c.decisionMet === false ? 'overdue' : null, dataset: { change: c.id } },
      el('td', {}, String(c.id)), el('td', {}, c.unitName || ''), el('td', {}, c.reason), el('td', {}, el('ul', {}, (c.summary || []).map((l) => el('li', {}, l)))),
      el('td', {}, STATUS[c.status] || c.statusLabel, c.decisionEscalated ? el('span', { class: 'badge badge-overdue' }, '已超时上报') : null),
      el('td', {}, formatDateTime(c.decisionDue)),
      el('td', {}, c.decidedBy ? `${c.decidedByName || ''} ${formatDateTime(c.decidedAt)}${c.decisionNote ? `：${c.decisionNote}` : ''}` : '—'),
      el('td', {}, decisionForm(c))))));
}

async function load() {
  const { scheme, period } = current();
  if (!scheme) return;
  try {
    const [list, requests] = await Promise.all([
      api(`/api/targets?schemeVersionId=${encodeURIComponent(scheme)}&period=${encodeURIComponent(period)}`),
      api(`/api/targets/changes?schemeVersionId=${encodeURIComponent(scheme)}&period=${encodeURIComponent(period)}`)]);
    clear(register, el('h2', { id: 'h-register' }, `目标责任书（${period}）`),
      list.length ? targetTable(list) : el('p', { class: 'empty' }, '本期尚未登记目标。'));
    clear(entry, el('h2', { id: 'h-entry' }, '登记目标责任书'), el('p', { class: 'hint' }, '单位已上报完成情况后，只能通过目标调整申请修改。'), entryForm());
    clear(changes, el('h2', { id: 'h-changes' }, '目标调整申请'), requests.length ? changeTable(requests) : el('p', { class: 'empty' }, '没有目标调整申请。'));
  } catch (e) { clear(register); notice(register, e.message, 'error'); }
}

if (schemes.length) await load();
