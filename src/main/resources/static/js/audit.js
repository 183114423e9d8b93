// 审计记录 (issue 16, docs/adr/0020): the audit trail for the office and the committee — searched (操作、对象、操作人、
// 理由), filtered by record type, number and dates, sorted and paged on the server. Codes are shown as Chinese names.
import { api, clear, clearErrors, el, formatDateTime, notice, pagedList, pageQuery, showErrors } from './api.js';
import { layout } from './layout.js';

const content = document.getElementById('content');
await layout('audit.html');

function field(name, label, input) {
  input.id = `audit-${name}`;
  input.name = name;
  return el('div', { class: 'field', dataset: { field: name } }, el('label', { for: input.id }, label), input);
}

async function render() {
  const labels = await api('/api/audit/labels');
  const types = Object.entries(labels.entityTypes).sort((a, b) => a[1].localeCompare(b[1], 'zh-CN'));
  const filters = el('form', { id: 'audit-filters', class: 'card', novalidate: true },
    el('div', { class: 'grid grid-2' },
      field('entityType', '记录类型', el('select', {}, el('option', { value: '' }, '全部'),
        types.map(([code, name]) => el('option', { value: code }, name)))),
      field('entityId', '记录编号', el('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off' })),
      field('from', '开始日期', el('input', { type: 'date' })),
      field('to', '结束日期', el('input', { type: 'date' }))),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, '筛选'),
      el('button', { type: 'reset', class: 'secondary' }, '清除筛选')));
  // a link may name the record (审议 › 查看办理记录: audit.html?entityType=Assessment&entityId=12)
  const given = new URLSearchParams(window.location.search);
  for (const k of ['entityType', 'entityId', 'from', 'to']) {
    const v = given.get(k);
    if (v && filters.elements[k] && (k !== 'entityType' || labels.entityTypes[v])) filters.elements[k].value = v;
  }
  const chosen = () => {
    const f = filters.elements;
    const out = {};
    for (const k of ['entityType', 'entityId', 'from', 'to']) if (f[k].value.trim()) out[k] = f[k].value.trim();
    return out;
  };
  const list = pagedList({
    id: 'audit-list',
    searchLabel: '搜索',
    searchHint: '操作、对象、操作人或理由',
    sort: 'occurredAt,desc',
    empty: '没有审计记录。',
    rowAttrs: (r) => ({ dataset: { auditId: r.id } }),
    fetchPage: async (state) => {
      clearErrors(filters);
      try {
        return await api(`/api/audit?${pageQuery(state, chosen())}`, { withTotal: true });
      } catch (e) {
        if (e.problems && e.problems.length) showErrors(filters, e);
        throw e;
      }
    },
    columns: [
      { label: '时间', sort: 'occurredAt', cell: (r) => formatDateTime(r.occurredAt) },
      { label: '操作', sort: 'action', cell: (r) => r.actionLabel },
      { label: '对象', sort: 'entityType', cell: (r) => `${r.entityTypeLabel} ${r.entityId}` },
      { label: '操作人', sort: 'actor', cell: (r) => r.actorName },
      { label: '理由', cell: (r) => r.reason || '—' },
    ],
  });
  filters.addEventListener('submit', (ev) => { ev.preventDefault(); list.restart(); });
  filters.addEventListener('reset', () => setTimeout(() => list.restart()));
  clear(content, filters, list);
  await list.ready;
}

try {
  await render();
} catch (e) {
  clear(content);
  notice(content, `审计记录未能加载：${e.message}`, 'error');
}
