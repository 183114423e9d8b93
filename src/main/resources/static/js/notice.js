// 公示: campaigns on public notice now — the window, remaining working days (or that the notice has ended), how to
// object, and the list a page at a time, searched and sorted on the server. notice.html?campaign=ID shows one
// campaign's notice, also after it has ended.
import { api, clear, el, formatDate, formatDateTime, formatNumber, notice, pagedList, pageQuery, param } from './api.js';
import { layout } from './layout.js';

const content = document.getElementById('content');
await layout('notice.html');
const wanted = param('campaign');

function board(n) {
  const list = pagedList({
    id: `notice-list-${n.campaignId}`,
    searchLabel: '查找姓名',
    searchHint: '姓名或单位名称',
    sort: 'rank,asc',
    tableClass: 'notice-list',
    fetchPage: async (state) => {
      const [one] = await api(`/api/notices?${pageQuery(state, { campaignId: n.campaignId })}`);
      if (!one) return { items: [], total: 0 };
      return { items: one.rows, total: one.totalRows ?? one.rows.length };
    },
    columns: [
      { label: '名次', sort: 'rank', num: true, cell: (r) => formatNumber(r.rank) },
      { label: '姓名', sort: 'name', cell: (r) => r.name },
      { label: '总分', sort: 'total', num: true, cell: (r) => formatNumber(r.total) },
      { label: '等次', sort: 'grade', cell: (r) => r.gradeLabel || '—' },
    ],
  });
  const lastDay = formatDate(new Date(new Date(n.end).getTime() - 1).toISOString());
  return el('section', { class: 'card notice-board', 'aria-labelledby': `n-${n.campaignId}`, dataset: { campaignId: n.campaignId } },
    el('h2', { id: `n-${n.campaignId}` }, n.campaignName, n.ended ? el('span', { class: 'badge badge-ok' }, '公示已结束') : null),
    el('dl', { class: 'kv' },
      el('dt', {}, '公示期'), el('dd', {}, `${formatDateTime(n.start)} 至 ${formatDateTime(n.end)}`),
      n.ended
        ? [el('dt', {}, '状态'), el('dd', { class: 'remaining ended' }, `公示已结束（${n.statusLabel}）`)]
        : [el('dt', {}, '剩余'), el('dd', { class: 'remaining' }, `${n.remainingWorkingDays} 个工作日`),
          el('dt', {}, '如有异议'), el('dd', {}, n.howToObject)]),
    list,
    el('p', { class: 'meta' }, n.ended ? `公示已于 ${lastDay}24时结束。` : `公示至 ${lastDay}24时止`));
}

try {
  // the headers only (one row each): every list below reads its own pages
  const notices = await api(`/api/notices?page=0&size=1${wanted ? `&campaignId=${encodeURIComponent(wanted)}` : ''}`);
  clear(content, notices.length ? notices.map(board)
    : el('p', { class: 'empty' }, wanted ? '该考核批次没有公示。' : '目前没有正在公示的考核结果。'));
} catch (e) {
  clear(content);
  notice(content, e.message, 'error');
}
