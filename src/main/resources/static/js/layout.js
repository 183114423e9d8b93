// The shared layout: header with the township, the user's name and roles, and a menu by role. A page the user's
// roles may not use is neither offered in the menu nor shown: it says 无权使用此页面 and shows no controls.
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
  { href: 'audit.html', label: '审计记录', roles: ['OFFICE', 'COMMITTEE'] },
];

// Who may use each page (the menu's roles, and pages reached from a task or a link). The API still decides every
// read and change; this only keeps people from pages full of controls that would all be refused.
const PAGE_ROLES = {
  'result.html': ['CADRE', 'LEADER'],
  'rating.html': ['LEADER'],
  'committee.html': ['COMMITTEE', 'COMMITTEE_HEAD', 'OFFICE', 'PARTY', 'ADMIN'],
  'appeals.html': ['OFFICE', 'COMMITTEE', 'COMMITTEE_HEAD', 'ADMIN'],
  'targets.html': ['OFFICE', 'COMMITTEE'],
  'unit-targets.html': ['CADRE'],
  'office.html': ['OFFICE', 'ADMIN'],
  'scheme.html': ['OFFICE'],
  'audit.html': ['OFFICE', 'COMMITTEE'],
  'interviews.html': ['LEADER', 'OFFICE', 'COMMITTEE', 'PARTY'],
  'deposits.html': ['CADRE', 'LEADER', 'OFFICE', 'COMMITTEE', 'PARTY'],
  'demo-clock.html': ['ADMIN'],
};

/** True when the user's roles may use the page (pages not listed: anyone logged in). */
export function mayUse(user, page) {
  const roles = PAGE_ROLES[page];
  return !roles || hasRole(user, ...roles);
}

/** The user's name; an account without one (an administrator's, a service account) by its roles, never its login. */
export function userName(user) {
  if (!user) return '';
  if (user.name && user.name !== user.login) return user.name;
  return `${(user.roles || []).map(roleLabel).join('、') || '用户'}账号`;
}

export function roleLabel(role) {
  return ROLE_LABELS[role] || role;
}

/** Renders header and menu; answers the user (null when anonymous). */
export async function layout(active) {
  const user = await me();
  const header = document.getElementById('app-header');
  const current = location.pathname.split('/').pop() || 'index.html';
  const items = MENU.filter((m) => (!m.roles || hasRole(user, ...m.roles)) && (user || !m.roles));
  const account = user
    ? el('div', { class: 'account' },
        el('span', { class: 'user-name' }, userName(user)),
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
  if (user && !mayUse(user, current)) {
    deny();
    // the page's script waits here for good: none of its controls are built
    return new Promise(() => {});
  }
  return user;
}

function deny() {
  const main = document.getElementById('main');
  const title = main.querySelector('h1');
  main.replaceChildren(title || '',
    el('div', { class: 'notice notice-error denied', role: 'alert', id: 'no-access' }, '无权使用此页面。'),
    el('p', {}, el('a', { href: 'index.html' }, '返回首页')));
  document.title = '无权使用此页面 · 干部绩效考核';
}

function csrfInput() {
  const hit = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return hit ? el('input', { type: 'hidden', name: '_csrf', value: decodeURIComponent(hit.substring(11)) }) : null;
}
