// The shared layout: header with the township, the user's name and roles, and a menu by role.
import { el, me, hasRole, loginUrl } from './api.js';

const ROLE_LABELS = {
  CADRE: '干部', LEADER: '分管领导', OFFICE: '绩考办', COMMITTEE: '领导小组成员',
  COMMITTEE_HEAD: '领导小组组长', PARTY: '党委', ADMIN: '管理员',
};

// Pages and who sees them in the menu; the API decides what each user may actually read or change.
const MENU = [
  { href: 'index.html', label: '首页' },
  { href: 'tasks.html', label: '我的待办' },
  { href: 'result.html', label: '我的考核结果', roles: ['CADRE', 'LEADER'] },
  { href: 'rating.html', label: '领导评分', roles: ['LEADER'] },
  { href: 'committee.html', label: '领导小组审议', roles: ['COMMITTEE', 'COMMITTEE_HEAD', 'OFFICE', 'PARTY', 'ADMIN'] },
  { href: 'notice.html', label: '公示' },
  { href: 'leave.html', label: '请销假' },
  { href: 'work-plans.html', label: '月度工作安排' },
  { href: 'interviews.html', label: '考核面谈', roles: ['LEADER', 'OFFICE', 'COMMITTEE', 'PARTY'] },
  { href: 'deposits.html', label: '风险抵押金', roles: ['CADRE', 'LEADER', 'OFFICE', 'COMMITTEE', 'PARTY'] },
  { href: 'appeals.html', label: '申诉', roles: ['OFFICE', 'COMMITTEE', 'COMMITTEE_HEAD', 'ADMIN'] },
  { href: 'targets.html', label: '目标责任书', roles: ['OFFICE', 'COMMITTEE'] },
  // the unit's own side of the register; the page says 本单位暂无目标责任书 when the unit has none
  { href: 'unit-targets.html', label: '本单位目标', roles: ['CADRE'] },
  { href: 'office.html', label: '绩考办', roles: ['OFFICE', 'ADMIN'] },
  { href: 'scheme.html', label: '考核方案', roles: ['OFFICE'] },
];

export function roleLabel(role) {
  return ROLE_LABELS[role] || role;
}

/** Renders header and menu; answers the user (null when anonymous). */
export async function layout(active) {
  const user = await me();
  const header = document.getElementById('app-header');
  const current = location.pathname.split('/').pop() || 'index.html';
  const items = MENU.filter((m) => !m.roles || !user || hasRole(user, ...m.roles));
  const account = user
    ? el('div', { class: 'account' },
        el('span', { class: 'user-name' }, user.name || user.login),
        el('span', { class: 'user-roles' }, (user.roles || []).map(roleLabel).join('、')),
        el('form', { method: 'post', action: '/logout', class: 'logout' },
          csrfInput(), el('button', { type: 'submit', class: 'link-button' }, '退出')))
    : el('div', { class: 'account' }, el('a', { href: loginUrl(), class: 'login-link' }, '登录'));
  header.replaceChildren(
    el('a', { class: 'skip', href: '#main' }, '跳到正文'),
    el('a', { class: 'brand', href: 'index.html' },
      (user && user.township) ? el('span', { class: 'township' }, user.township) : null,
      el('span', { class: (user && user.township) ? 'app-name' : 'township' }, '干部绩效考核')),
    account,
    el('nav', { 'aria-label': '主菜单', class: 'menu' },
      el('ul', {}, items.map((m) => el('li', {},
        el('a', { href: m.href, 'aria-current': (m.href === current || m.href === active) ? 'page' : null }, m.label))))));
  return user;
}

function csrfInput() {
  const hit = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return hit ? el('input', { type: 'hidden', name: '_csrf', value: decodeURIComponent(hit.substring(11)) }) : null;
}
