// 首页: what needs doing (by role), overdue first, and the user's notifications.
import { add, api, clear, el, formatDateTime, hasRole, loginUrl, notice } from './api.js';
import { layout, userName } from './layout.js';
import { renderTasks } from './task-list.js';

const content = document.getElementById('content');
const user = await layout('index.html');
clear(content);

if (!user) {
  content.append(el('div', { class: 'card' },
    el('p', {}, '欢迎使用干部绩效考核系统。请先登录，查看您的待办事项和考核结果。'),
    el('a', { href: loginUrl(), class: 'button' }, '登录')));
} else {
  content.append(el('p', {}, `${userName(user)}，您好。`));
}

const quick = [];
if (hasRole(user, 'OFFICE', 'ADMIN')) quick.push(['office.html', '开启考核批次、台账登记、报表下载'], ['appeals.html', '申诉转报与登记']);
if (hasRole(user, 'LEADER')) quick.push(['rating.html', '为分管干部评分、批量签字']);
if (hasRole(user, 'COMMITTEE', 'COMMITTEE_HEAD')) quick.push(['committee.html', '审议排名与等次'], ['appeals.html', '申诉裁定']);
if (hasRole(user, 'CADRE', 'LEADER')) quick.push(['result.html', '查看我的考核结果、提出申诉']);
quick.push(['notice.html', '正在公示的考核结果']);
content.append(el('nav', { 'aria-label': '常用功能', class: 'card' },
  el('h2', {}, '常用功能'),
  el('ul', { class: 'tabs' }, [...new Map(quick).entries()].map(([href, label]) => el('li', {}, el('a', { href }, label))))));

const tasksBox = el('section', { 'aria-labelledby': 'h-tasks' }, el('h2', { id: 'h-tasks' }, '需要办理'));
const newsBox = el('section', { 'aria-labelledby': 'h-news' }, el('h2', { id: 'h-news' }, '通知'));
content.append(el('div', { class: 'two-col' }, tasksBox, newsBox));

try {
  // the ten due first (overdue ones are due first), read as one page: a long inbox is not loaded here
  const { items: tasks, total } = await api('/api/tasks?page=0&size=10&sort=due,asc', { withTotal: true });
  const overdue = tasks.filter((t) => t.overdue).length;
  add(tasksBox, el('p', { class: 'meta' }, `待办 ${total} 项`, overdue ? el('span', { class: 'badge badge-overdue' }, `${overdue} 项已逾期`) : null),
    await renderTasks(tasks),
    total > tasks.length ? el('a', { href: 'tasks.html' }, '全部待办') : null);
} catch (e) {
  notice(tasksBox, e.message, 'error');
}

try {
  const news = await api('/api/notifications');
  if (!news.length) newsBox.append(el('p', { class: 'empty' }, '暂无通知。'));
  else newsBox.append(el('ul', { class: 'cards' }, news.slice(0, 20).map((n) => {
    const item = el('li', { class: n.readAt ? 'read' : 'unread' },
      el('strong', {}, n.title), n.readAt ? null : el('span', { class: 'badge badge-warn' }, '未读'),
      el('div', { class: 'meta' }, formatDateTime(n.createdAt)),
      el('p', { class: 'pre' }, n.body));
    if (!n.readAt) {
      item.append(el('button', { type: 'button', class: 'secondary', onclick: async (ev) => {
        try { await api(`/api/notifications/${n.id}/read`, { method: 'POST' }); ev.target.remove(); item.querySelector('.badge')?.remove(); }
        catch (e) { notice(item, e.message, 'error'); }
      } }, '标为已读'));
    }
    return item;
  })));
} catch (e) {
  notice(newsBox, e.message, 'error');
}
