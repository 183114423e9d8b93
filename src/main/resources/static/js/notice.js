// 公示: campaigns on public notice now — the list, the window, remaining working days, how to object.
import { api, clear, el, formatDate, formatDateTime, formatNumber, notice } from './api.js';
import { layout } from './layout.js';
import { table } from './assessment-view.js';

const content = document.getElementById('content');
await layout('notice.html');
try {
  const notices = await api('/api/notices');
  clear(content, notices.length ? notices.map((n) => el('section', { class: 'card notice-board', 'aria-labelledby': `n-${n.campaignId}` },
    el('h2', { id: `n-${n.campaignId}` }, n.campaignName),
    el('dl', { class: 'kv' },
      el('dt', {}, '公示期'), el('dd', {}, `${formatDateTime(n.start)} 至 ${formatDateTime(n.end)}`),
      el('dt', {}, '剩余'), el('dd', { class: 'remaining' }, `${n.remainingWorkingDays} 个工作日`),
      el('dt', {}, '如有异议'), el('dd', {}, n.howToObject)),
    table([{ label: '名次', num: true }, '姓名', { label: '总分', num: true }, '等次'], n.rows.map((r) => el('tr', {},
      el('td', { class: 'num' }, formatNumber(r.rank)), el('td', {}, r.name), el('td', { class: 'num' }, formatNumber(r.total)), el('td', {}, r.gradeLabel || '—'))),
      { class: 'notice-list' }),
    el('p', { class: 'meta' }, `公示至 ${formatDate(new Date(new Date(n.end).getTime() - 1).toISOString())}24时止`)))
    : el('p', { class: 'empty' }, '目前没有正在公示的考核结果。'));
} catch (e) {
  clear(content);
  notice(content, e.message, 'error');
}
