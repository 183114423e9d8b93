// Pieces of one assessment shared by several pages: self-evaluation, ledger, explained result.
import { clauseLabel, el, factLabel, formatDate, formatNumber } from './api.js';

export function table(headers, rows, attrs = {}) {
  return el('div', { class: 'table-wrap' }, el('table', attrs,
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', class: h.num ? 'num' : null }, h.label || h)))),
    el('tbody', {}, rows)));
}

export function categories(a) {
  return (a.ratingForm && a.ratingForm.categories) || [];
}

export function categoryName(a, id) {
  if (id === 'TOTAL') return '总分';
  if (id === 'GRADE') return '等次';
  if (a && a.categoryNames && a.categoryNames[id]) return a.categoryNames[id];
  const c = a ? categories(a).find((x) => x.id === id) : null;
  return c ? c.name : '其他项目';
}

/** Category name → form field, so that errors naming a category land next to its input. */
export function categoryFields(a, prefix = 'scores.') {
  return Object.fromEntries(categories(a).map((c) => [c.name, prefix + c.id]));
}

/** The cadre's ledger entries (台账) of the period with their points. */
export function ledgerTable(entries) {
  if (!entries || !entries.length) return el('p', { class: 'empty' }, '本考核期内没有台账记录。');
  return table(['日期', '事项', '级别', { label: '数量', num: true }, { label: '分值', num: true }, '事由', '登记人'],
    entries.map((e) => el('tr', { class: e.reversesId ? 'reversal' : null },
      el('td', {}, formatDate(e.occurredOn)),
      el('td', {}, e.factTypeLabel || '—', e.reversesId ? el('span', { class: 'badge' }, `冲销第${e.reversesId}号`) : null),
      el('td', {}, e.levelLabel || '—'),
      el('td', { class: 'num' }, formatNumber(e.quantity)),
      el('td', { class: 'num' }, formatNumber(e.points)),
      el('td', {}, e.reason || e.evidence || '—'),
      el('td', {}, e.recordedByName || '—'))), { class: 'ledger' });
}

/** What the cadre wrote and scored (自评/述职). */
export function selfEvaluationView(a) {
  const cats = categories(a).filter((c) => c.selfScored);
  return el('div', { class: 'self-evaluation' },
    el('h3', {}, '个人总结'),
    el('p', { class: 'pre' }, a.selfSummary || '（尚未填写）'),
    cats.length ? table(['分类', { label: '自评分', num: true }], cats.map((c) => el('tr', {},
      el('td', {}, c.name), el('td', { class: 'num' }, formatNumber((a.selfScores || {})[c.id]))))) : null,
    a.selfAttachments ? el('p', {}, el('strong', {}, '附件：'), el('span', { class: 'pre' }, a.selfAttachments)) : null,
    el('p', { class: 'meta' }, a.selfSubmittedAt ? `提交于 ${formatDate(a.selfSubmittedAt)}` : '尚未提交'));
}

/** Score, grade, rank, eligibility, pay. */
export function resultSummary(a) {
  return el('dl', { class: 'kv result-summary' },
    el('dt', {}, '总分'), el('dd', { class: 'big total' }, formatNumber(a.total)),
    el('dt', {}, '等次'), el('dd', { class: 'grade' }, a.gradeLabel || a.grade || '—'),
    el('dt', {}, '排名'), el('dd', {}, a.rank ? `第 ${a.rank} 名` : '—'),
    el('dt', {}, '评先评优资格'), el('dd', {}, a.eligible === false ? '无' : a.eligible ? '有' : '—'),
    el('dt', {}, '绩效奖金'), el('dd', {}, a.pay != null ? `${a.pay} 元` : '—'),
    el('dt', {}, '状态'), el('dd', {}, a.statusLabel || a.status || '—'));
}

/** Why this score: each rule, clause, fact and change. */
export function explanationTable(a) {
  const result = a.result;
  if (!result || result.error) return el('p', { class: 'empty' }, result && result.message ? result.message : '尚无计分说明。');
  const rows = (result.explanation || []).map((line) => el('tr', {},
    el('td', {}, line.category ? categoryName(a, line.category) : '—'),
    el('td', {}, clauseLabel(line.clause)),
    el('td', {}, (line.factIds || []).map(factLabel).join('、') || '—'),
    el('td', { class: 'num' }, formatNumber(line.totalDelta != null ? line.totalDelta : line.delta)),
    el('td', {}, line.description || '')));
  const reasons = (result.reasons || []).map((r) => el('li', {}, r.description, r.clause ? ` （${clauseLabel(r.clause)}）` : ''));
  return el('div', { class: 'explanation' },
    result.categoryScores ? table(['分类', { label: '得分', num: true }], Object.entries(result.categoryScores).map(([id, v]) =>
      el('tr', {}, el('td', {}, categoryName(a, id)), el('td', { class: 'num' }, formatNumber(v))))) : null,
    el('h3', {}, '计分说明'),
    rows.length ? table(['分类', '条款', '依据', { label: '分值变化', num: true }, '说明'], rows, { class: 'explanation-lines' })
      : el('p', { class: 'empty' }, '没有加减分。'),
    reasons.length ? el('div', {}, el('h3', {}, '资格与等次说明'), el('ul', {}, reasons)) : null);
}
