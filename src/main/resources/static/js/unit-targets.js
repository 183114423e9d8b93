// 本单位目标责任书: the assessed unit's side of the target register (seed 004 第九、十六、十七条). The unit's own cadres
// (its head or clerk) see the unit's books, report completion per target with evidence (完成数, 完成效果, 缺项 with the
// reason), ask for a change before the scheme's cut-off, and follow their change requests and the inspection's checks.
// The API decides who may do what (GET /api/targets/mine answers only the logged-in cadre's own unit).
import { api, busy, clear, clearErrors, el, formatDate, formatDateTime, keepTyping, notice, showErrors } from './api.js';
import { layout } from './layout.js';

const content = document.getElementById('content');
await layout('unit-targets.html');

const OUTCOMES = [['GOOD', '完成且效果好'], ['FAIR', '完成但效果一般'], ['POOR', '完成但效果差'], ['NOT_DONE', '未完成']];
const OUTCOME_LABEL = Object.fromEntries(OUTCOMES);
const STATUS = { SUBMITTED: '待审批', APPROVED: '已批准', REFUSED: '已退回' };
const KIND = { NUMERIC: '有数据指标', QUALITATIVE: '无数据指标' };
const text = (v) => (v === null || v === undefined ? '' : String(v));
const figure = (t) => (t.kind === 'NUMERIC' ? `${text(t.targetValue)} ${t.measureUnit || ''}`.trim() : '—');

function field(name, label, input, hint) {
  return el('div', { class: 'field', dataset: { field: name } }, el('label', { for: input.id }, label),
    hint ? el('p', { class: 'hint' }, hint) : null, input);
}

function completion(t) {
  if (!t.reportedAt) return '未上报';
  const what = t.notApplicable ? '申报缺项'
    : t.kind === 'NUMERIC' ? `完成 ${text(t.actual)} ${t.measureUnit || ''}`
      : t.forceMajeure && !t.outcome ? '受不可抗拒因素影响' : (OUTCOME_LABEL[t.outcome] || '—');
  return el('span', {}, what, t.forceMajeure && (t.kind === 'NUMERIC' || t.outcome) ? '（受不可抗拒因素影响）' : null,
    el('br'), el('small', {}, `${formatDateTime(t.reportedAt)} 上报`),
    t.evidence ? [el('br'), el('small', { class: 'pre' }, t.evidence)] : null,
    t.attachments ? [el('br'), el('small', {}, `附件：${t.attachments}`)] : null);
}

function check(t) {
  if (t.checkResultLabel) {
    return el('span', { class: 'check-result' }, el('strong', {}, t.checkResultLabel), t.checkNote ? `：${t.checkNote}` : '',
      el('br'), el('small', {}, `${formatDateTime(t.checkedAt)} 核验`));
  }
  return t.reportedAt ? '待核验' : '—';
}

function targetTable(book) {
  return el('div', { class: 'table-wrap' }, el('table', { class: 'data targets' },
    el('thead', {}, el('tr', {}, ['序号', '目标', '分值', '类型', '目标值', '牵头 / 协办单位', '完成情况', '察访核验']
      .map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, book.targets.map((t) => el('tr', { dataset: { target: t.id } },
      el('td', {}, String(t.position)), el('td', {}, t.title), el('td', { class: 'num' }, text(t.points)),
      el('td', {}, KIND[t.kind] || ''), el('td', {}, figure(t)),
      el('td', {}, t.leadUnitName || '', (t.coUnitNames || []).length ? el('br') : null,
        (t.coUnitNames || []).length ? el('small', {}, `协办：${t.coUnitNames.join('、')}`) : null),
      el('td', {}, completion(t)), el('td', {}, check(t)))))));
}

/** One completion report: 完成数 or 完成效果, 缺项 / 不可抗拒因素, the evidence and attachment references. */
function reportForm(t) {
  const id = (n) => `r-${t.id}-${n}`;
  const numeric = t.kind === 'NUMERIC';
  const form = el('form', { class: 'report', novalidate: true, dataset: { target: t.id } },
    numeric
      ? field('actual', `完成数（${t.measureUnit || ''}，目标 ${figure(t)}）`,
        el('input', { id: id('actual'), name: 'actual', type: 'text', inputmode: 'decimal', class: 'score-input' }))
      : el('fieldset', { dataset: { field: 'outcome' } }, el('legend', {}, '完成效果'),
        el('div', { class: 'checks' }, OUTCOMES.map(([v, l]) => el('label', {},
          el('input', { type: 'radio', name: 'outcome', value: v }), l)))),
    el('div', { class: 'checks' },
      el('div', { class: 'field', dataset: { field: 'notApplicable' } }, el('label', {},
        el('input', { type: 'checkbox', name: 'notApplicable', value: 'yes' }), '缺项（本年度无此项工作，或因政策调整、不可抗拒因素未能开展）')),
      el('div', { class: 'field', dataset: { field: 'forceMajeure' } }, el('label', {},
        el('input', { type: 'checkbox', name: 'forceMajeure', value: 'yes' }), '已全面开展，但受不可抗拒因素影响未能完成'))),
    field('evidence', '完成情况说明及证明材料', el('textarea', { id: id('evidence'), name: 'evidence', rows: 3 }),
      '申报缺项时写明缺项理由。'),
    field('attachments', '附件（文件编号或链接，每行一个）', el('textarea', { id: id('attachments'), name: 'attachments', rows: 2 })),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, t.reportedAt ? '修改上报' : '上报完成情况')));
  const f = form.elements;
  if (numeric) f.actual.value = text(t.actual);
  else if (t.outcome) form.querySelector(`input[name=outcome][value=${t.outcome}]`).checked = true;
  f.notApplicable.checked = !!t.notApplicable;
  f.forceMajeure.checked = !!t.forceMajeure;
  f.evidence.value = t.evidence || '';
  f.attachments.value = t.attachments || '';
  const forget = keepTyping(form, `unit-target-${t.id}`);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const missing = f.notApplicable.checked;
    const outcome = form.querySelector('input[name=outcome]:checked');
    const body = {
      actual: numeric && !missing ? (f.actual.value.trim() || null) : null,
      outcome: !numeric && !missing && outcome ? outcome.value : null,
      notApplicable: missing,
      forceMajeure: f.forceMajeure.checked,
      evidence: f.evidence.value,
      attachments: f.attachments.value.trim() || null,
    };
    busy(form, async () => {
      clearErrors(form);
      try {
        await api(`/api/targets/${t.id}/completion`, { method: 'POST', body });
        forget();
        await load(`已上报“${t.title}”的完成情况，等待察访核验。`);
      } catch (e) { showErrors(form, e); }
    });
  });
  return el('details', { class: 'card report-card', open: !t.reportedAt },
    el('summary', {}, `第${t.position}项 ${t.title}`, t.reportedAt ? '（已上报，可修改）' : '（未上报）'), form);
}

/** A change request: the reason and the new values (only the values that differ from the book are sent). */
function changeForm(book) {
  const rows = book.targets.map((t, i) => {
    const input = (name, value, attrs = {}) => el('div', { class: 'field', dataset: { field: `targets[${i}].${name}` } },
      el('input', { type: 'text', name: `t${t.id}.${name}`, value: text(value), 'aria-label': `第${t.position}项${{ title: '目标名称', points: '分值', targetValue: '目标值', measureUnit: '计量单位' }[name]}`, ...attrs }));
    return el('tr', { dataset: { target: t.id } },
      el('td', {}, String(t.position)),
      el('td', {}, input('title', t.title)),
      el('td', {}, input('points', t.points, { inputmode: 'decimal', class: 'score-input' })),
      el('td', {}, t.kind === 'NUMERIC' ? input('targetValue', t.targetValue, { inputmode: 'decimal', class: 'score-input' }) : '—'),
      el('td', {}, t.kind === 'NUMERIC' ? input('measureUnit', t.measureUnit, { class: 'score-input' }) : '—'));
  });
  const form = el('form', { class: 'change-request', novalidate: true },
    field('reason', '调整理由', el('textarea', { id: `c-${book.schemeVersionId}-${book.period}-${book.category}-reason`, name: 'reason', rows: 3 })),
    el('fieldset', { dataset: { field: 'changes' } }, el('legend', {}, '调整后的目标（只改需要调整的项）'),
      el('div', { class: 'table-wrap' }, el('table', {},
        el('thead', {}, el('tr', {}, ['序号', '目标名称', '分值', '目标值', '计量单位'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, rows))),
      el('div', { class: 'field', dataset: { field: 'targets[].points' } },
        el('p', { class: 'hint' }, `调整后各项分值合计仍须等于“${book.categoryName}”的 ${text(book.categoryPoints)} 分。`))),
    el('div', { class: 'actions', dataset: { field: 'requestedAt' } }, el('button', { type: 'submit' }, '提交调整申请')));
  const forget = keepTyping(form, `unit-change-${book.schemeVersionId}-${book.period}-${book.category}`);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const changes = [];
    // a value the API cannot read is named by its place in the request (changes[0].points): mark the inputs so
    form.querySelectorAll('input[data-field]').forEach((i) => i.removeAttribute('data-field'));
    for (const t of book.targets) {
      const v = (n) => { const i = form.elements[`t${t.id}.${n}`]; return i ? i.value.trim() : null; };
      const c = { id: t.id };
      if (v('title') !== t.title) c.title = v('title');
      if (v('points') !== text(t.points)) c.points = v('points') || null;
      if (t.kind === 'NUMERIC' && v('targetValue') !== text(t.targetValue)) c.targetValue = v('targetValue') || null;
      if (t.kind === 'NUMERIC' && v('measureUnit') !== text(t.measureUnit)) c.measureUnit = v('measureUnit');
      if (Object.keys(c).length > 1) {
        form.querySelectorAll(`input[name^="t${t.id}."]`).forEach((i) => { i.dataset.field = `changes[${changes.length}].${i.name.split('.')[1]}`; });
        changes.push(c);
      }
    }
    busy(form, async () => {
      clearErrors(form);
      try {
        const c = await api('/api/targets/changes', { method: 'POST', body: {
          schemeVersionId: book.schemeVersionId, unitId: mine.unitId, period: book.period, category: book.category,
          reason: form.elements.reason.value, changes } });
        forget();
        await load(`调整申请（编号 ${c.id}）已提交，等待领导小组审批。`);
      } catch (e) { showErrors(form, e, { codes: { 'TARGET-006': 'reason', 'TARGET-007': 'changes' } }); }
    });
  });
  return form;
}

function changeTable(list) {
  return el('div', { class: 'table-wrap' }, el('table', { class: 'data changes' },
    el('thead', {}, el('tr', {}, ['编号', '提出时间', '调整理由', '调整内容', '状态', '领导小组意见'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, list.map((c) => el('tr', { dataset: { change: c.id } },
      el('td', {}, String(c.id)), el('td', {}, formatDateTime(c.requestedAt)), el('td', { class: 'pre' }, c.reason),
      el('td', {}, el('ul', {}, (c.summary || []).map((s) => el('li', {}, s)))),
      el('td', { class: 'status' }, STATUS[c.status] || c.statusLabel,
        c.status === 'SUBMITTED' ? el('br') : null,
        c.status === 'SUBMITTED' ? el('small', {}, `审批时限 ${formatDateTime(c.decisionDue)}`) : null),
      el('td', {}, c.decidedAt ? [c.decisionNote || (c.status === 'APPROVED' ? '同意' : ''), el('br'),
        el('small', {}, `${formatDateTime(c.decidedAt)} 审批`)] : '—'))))));
}

function bookCard(book) {
  const cutoff = book.changeCutoff
    ? (book.changesOpen ? `目标调整申请须于${formatDate(book.changeCutoff)}前提出，经领导小组批准后执行。`
      : `已过目标调整截止日（${formatDate(book.changeCutoff)}），不能再申请调整。`)
    : '本方案未设目标调整截止日，调整申请经领导小组批准后执行。';
  const reportable = book.targets.filter((t) => !t.checkResult);
  const open = book.openChangeId;
  return el('section', { class: 'card book', dataset: { book: `${book.schemeVersionId}:${book.period}:${book.category}` } },
    el('h2', {}, `${book.period} · ${book.categoryName}（${text(book.categoryPoints)} 分）`),
    el('p', { class: 'meta' }, el('span', {}, book.schemeName), el('span', {}, cutoff)),
    targetTable(book),
    el('h3', {}, '上报完成情况'),
    reportable.length ? reportable.map(reportForm) : el('p', { class: 'empty' }, '各项目标均已核验，不能再上报。'),
    el('h3', {}, '目标调整申请'),
    book.changes.length ? changeTable(book.changes) : el('p', { class: 'empty' }, '没有调整申请。'),
    open ? el('p', { class: 'hint' }, `调整申请（编号 ${open}）正在审批中，审批后才能再次申请。`)
      : book.changesOpen ? changeForm(book) : null);
}

let mine = null;

async function load(message) {
  try {
    mine = await api('/api/targets/mine');
  } catch (e) {
    clear(content);
    notice(content, e.message, 'error');
    return;
  }
  clear(content, el('p', { class: 'meta' }, `单位：${mine.unitName || ''}`),
    mine.books.length ? mine.books.map(bookCard) : el('p', { class: 'empty' }, '本单位暂无目标责任书。'));
  if (message) notice(content, message, 'ok');
}

await load();
