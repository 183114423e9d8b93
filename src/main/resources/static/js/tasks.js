// 我的待办: the user's open tasks a page at a time, searched and sorted on the server (due, created, name).
import { api, el, formatDateTime, overdueMark, pagedList, pageQuery, taskKind } from './api.js';
import { layout } from './layout.js';
import { campaignNames, cadreNames } from './task-list.js';

const content = document.getElementById('content');
await layout('tasks.html');
let campaigns = null;
let cadres = {};
const list = pagedList({
  id: 'task-table',
  searchLabel: '搜索待办',
  searchHint: '事项名称或干部姓名，如 评分、自评、申诉',
  sort: 'due,asc',
  empty: '没有待办事项。',
  tableClass: 'task-list',
  rowAttrs: (t) => ({ class: t.overdue ? 'overdue' : null, dataset: { taskId: t.id, kind: t.kind } }),
  fetchPage: async (state) => {
    const page = await api(`/api/tasks?${pageQuery(state)}`, { withTotal: true });
    campaigns = campaigns || await campaignNames();
    cadres = await cadreNames(page.items);
    return page;
  },
  columns: [
    { label: '事项', sort: 'name', cell: (t) => [el('a', { href: taskKind(t.kind).page(t), class: 'task-link' }, taskKind(t.kind).label), overdueMark(t.overdue)] },
    { label: '考核批次', cell: (t) => (t.campaignId ? campaigns[t.campaignId] || '—' : '—') },
    { label: '干部', cell: (t) => cadres[t.assessmentId] || '—' },
    { label: '收到', sort: 'created', cell: (t) => formatDateTime(t.created) },
    { label: '截止', sort: 'due', cell: (t) => el('span', { class: t.overdue ? 'deadline overdue' : 'deadline' }, formatDateTime(t.due)) },
  ],
});
content.replaceChildren(list);
