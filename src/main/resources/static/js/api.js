// Kaohe UI core: fetch with CSRF, errors shown next to their fields, zh-CN dates, small DOM helpers.
// Every access rule lives in the API; this module only shows what the API answers.

const ZONE = 'Asia/Shanghai';

/** An error answered by the API: {code, message, problems[]}. */
export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || `请求失败（${status}）`);
    this.status = status;
    this.code = body && body.code;
    this.problems = (body && Array.isArray(body.problems)) ? body.problems : [];
  }
}

function cookie(name) {
  const hit = document.cookie.split('; ').find((c) => c.startsWith(name + '='));
  return hit ? decodeURIComponent(hit.substring(name.length + 1)) : null;
}

/** Where to go to log in, coming back here afterwards. */
export function loginUrl() {
  return '/login?next=' + encodeURIComponent(location.pathname + location.search);
}

// Milliseconds between the application's clock (X-Kaohe-Now on every API answer) and this computer's clock.
let serverOffset = 0;

/** The application's time now (deadlines are measured against it, not against this computer's clock). */
export function serverNow() {
  return Date.now() + serverOffset;
}

/**
 * Calls the API. body: a JS value (sent as JSON), FormData (multipart) or a string with options.contentType.
 * Answers the parsed JSON (or text), throws ApiError. A 401 sends the user to the login page.
 * With options.withTotal: {items, total}, total from X-Total-Count (a paged list's whole length).
 */
export async function api(path, options = {}) {
  const method = options.method || (options.body !== undefined ? 'POST' : 'GET');
  const headers = { Accept: 'application/json' };
  let body = options.body;
  if (body !== undefined && !(body instanceof FormData) && typeof body !== 'string') {
    body = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  } else if (typeof body === 'string') {
    headers['Content-Type'] = options.contentType || 'text/plain;charset=UTF-8';
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const token = cookie('XSRF-TOKEN');
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, { message: '无法连接服务器，请检查网络后重试。' });
  }
  const stamp = Number(response.headers.get('X-Kaohe-Now'));
  if (stamp > 0) serverOffset = stamp - Date.now();
  if (response.status === 401 && !options.allowAnonymous) {
    location.assign(loginUrl());
    throw new ApiError(401, { code: 'AUTH', message: '请先登录。' });
  }
  const type = response.headers.get('Content-Type') || '';
  const payload = response.status === 204 ? null
    : type.includes('json') ? await response.json().catch(() => null)
    : await response.text();
  if (!response.ok) {
    throw new ApiError(response.status, typeof payload === 'object' ? payload : null);
  }
  if (options.withTotal) {
    const total = Number(response.headers.get('X-Total-Count'));
    return { items: payload || [], total: Number.isFinite(total) && response.headers.has('X-Total-Count') ? total : (payload || []).length };
  }
  return payload;
}

let mePromise;
/** The logged-in user {login, name, cadreId, roles[]}, or null when anonymous or /api/me does not exist yet. */
export function me() {
  if (!mePromise) {
    mePromise = api('/api/me', { allowAnonymous: true }).catch(() => null)
      .then((m) => (m && typeof m === 'object' ? { roles: [], ...m } : null));
  }
  return mePromise;
}

export function hasRole(user, ...roles) {
  return !!user && roles.some((r) => user.roles.includes(r));
}

// ---- dates (zh-CN, Asia/Shanghai) ----

const dateFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: ZONE, year: 'numeric', month: 'long', day: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** 2026-11-21 or an ISO date-time → 2026年11月21日 (date-only values are never shifted by time zones). */
export function formatDate(value) {
  if (!value) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
  const d = new Date(value);
  return isNaN(d) ? String(value) : dateFormat.format(d);
}

/** ISO date-time → 2026年11月21日 14:30 (Beijing time). */
export function formatDateTime(value) {
  if (!value) return '—';
  const d = new Date(value);
  return isNaN(d) ? String(value) : `${dateFormat.format(d)} ${timeFormat.format(d)}`;
}

/** A value of <input type="datetime-local"> as an ISO date-time in Beijing time. */
export function localInputToIso(value) {
  if (!value) return null;
  return (value.length === 16 ? value + ':00' : value) + '+08:00';
}

/** Remaining time until an ISO instant in words: 剩余 3天4小时 / 剩余 5小时12分 / 已逾期 2小时. */
export function countdown(iso, now = serverNow()) {
  if (!iso) return { text: '—', overdue: false };
  let ms = new Date(iso).getTime() - now;
  const overdue = ms < 0;
  ms = Math.abs(ms);
  const days = Math.floor(ms / 86400000);
  const hours = Math.floor((ms % 86400000) / 3600000);
  const minutes = Math.floor((ms % 3600000) / 60000);
  const span = days > 0 ? `${days}天${hours}小时` : hours > 0 ? `${hours}小时${minutes}分` : `${minutes}分`;
  return { text: overdue ? `已逾期 ${span}` : `剩余 ${span}`, overdue };
}

export function formatNumber(value) {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

// ---- DOM ----

/** Creates an element: el('p', {class: 'x'}, 'text', child). Text is never parsed as HTML. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.substring(2), v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (v === true) node.setAttribute(k, '');
    else node.setAttribute(k, v);
  }
  append(node, children);
  return node;
}

export function add(node, ...children) {
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

/** A status line (role=status) or alert (role=alert) at the top of a container. */
export function notice(container, text, kind = 'ok') {
  let box = container.querySelector(':scope > .notice');
  if (!box) {
    box = el('div', { class: 'notice' });
    container.prepend(box);
  }
  box.className = `notice notice-${kind}`;
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  box.textContent = text;
  return box;
}

export function overdueMark(overdue) {
  return overdue ? el('span', { class: 'badge badge-overdue' }, '已逾期') : null;
}

// ---- form errors ----

let errorSeq = 0;

/** Removes the error marks of a form (not what the user typed). */
export function clearErrors(form) {
  form.querySelectorAll('.field-error, .form-error').forEach((n) => n.remove());
  form.querySelectorAll('[aria-invalid]').forEach((n) => {
    n.removeAttribute('aria-invalid');
    const described = (n.getAttribute('aria-describedby') || '').split(' ').filter((id) => !id.startsWith('err-'));
    if (described.length) n.setAttribute('aria-describedby', described.join(' '));
    else n.removeAttribute('aria-describedby');
  });
}

function fieldNode(form, field) {
  if (!field) return null;
  const candidates = [field, field.replace(/\[(\w+)\]/g, '.$1'), field.split('.').pop()];
  for (const f of candidates) {
    const hit = form.querySelector(`[data-field="${CSS.escape(f)}"]`) || form.querySelector(`[name="${CSS.escape(f)}"]`);
    if (hit) return hit;
  }
  return null;
}

/**
 * Shows an ApiError in a form: each problem next to the field it names (problems[].field → [data-field] or
 * [name]), the rest and the message on top. Only adds marks: the values the user typed stay as they are.
 * For errors the API reports without problems, hints.codes maps an error code to a field and hints.names maps a
 * name quoted in the message (“考勤纪律”) to a field. With hints.codeAtField the error code is shown at the field too.
 */
export function showErrors(form, error, hints = {}) {
  clearErrors(form);
  const general = [];
  let problems = error.problems && error.problems.length ? error.problems : [];
  if (!problems.length) {
    const quoted = /“([^”]+)”/.exec(error.message || '');
    const field = (hints.codes || {})[error.code] || (quoted && (hints.names || {})[quoted[1]]);
    if (field) problems = [{ field, message: error.message }];
  }
  let first = null;
  for (const p of problems) {
    const target = fieldNode(form, p.field);
    const text = (p.row ? `第${p.row}行 ` : '') + p.message;
    if (!target) {
      general.push((p.field ? `${p.field}：` : '') + text);
      continue;
    }
    const id = `err-${++errorSeq}`;
    const msg = el('p', { class: 'field-error', id }, text, hints.codeAtField && error.code ? el('span', { class: 'error-code' }, `（${error.code}）`) : null);
    const anchor = target.closest('.field') || target;
    anchor.append(msg);
    const input = target.matches('input, select, textarea') ? target : target.querySelector('input, select, textarea');
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
      first = first || input;
    }
  }
  const top = el('div', { class: 'form-error', role: 'alert' },
    el('strong', {}, error.message || '提交失败'),
    general.length ? el('ul', {}, general.map((g) => el('li', {}, g))) : null,
    error.code ? el('span', { class: 'error-code' }, `（${error.code}）`) : null);
  form.prepend(top);
  (first || top).focus?.({ preventScroll: false });
  if (!first) top.scrollIntoView({ block: 'nearest' });
}

/**
 * Keeps what the user types in sessionStorage (or the given storage: localStorage for a draft that outlives the tab)
 * under key (so nothing is lost on an error, a reload or a trip to
 * the login page); restores it on load. Answers a function that forgets the copy (call after success).
 */
export function keepTyping(form, key, storage = sessionStorage) {
  const storageKey = 'kaohe.form.' + key;
  const saved = storage.getItem(storageKey);
  if (saved) {
    try {
      const values = JSON.parse(saved);
      for (const [name, value] of Object.entries(values)) {
        const fields = form.querySelectorAll(`[name="${CSS.escape(name)}"]`);
        fields.forEach((f) => {
          if (f.type === 'checkbox' || f.type === 'radio') f.checked = Array.isArray(value) ? value.includes(f.value) : f.value === value;
          else if (f.type !== 'file') f.value = value;
        });
      }
    } catch (e) { storage.removeItem(storageKey); }
  }
  const save = () => {
    const values = {};
    for (const f of form.querySelectorAll('[name]')) {
      if (f.type === 'file' || f.type === 'password') continue;
      if (f.type === 'checkbox') { values[f.name] = values[f.name] || []; if (f.checked) values[f.name].push(f.value); }
      else if (f.type === 'radio') { if (f.checked) values[f.name] = f.value; }
      else values[f.name] = f.value;
    }
    storage.setItem(storageKey, JSON.stringify(values));
  };
  form.addEventListener('input', save);
  form.addEventListener('change', save);
  return () => storage.removeItem(storageKey);
}

/** Disables a form's buttons while a request runs (no double submissions). */
export async function busy(form, work) {
  const buttons = [...form.querySelectorAll('button')];
  buttons.forEach((b) => { b.disabled = true; });
  form.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
    form.removeAttribute('aria-busy');
  }
}

// ---- vocabulary ----

export const TASK_KINDS = {
  SELF_EVALUATION: { label: '自评/述职', page: (t) => `self-evaluation.html?task=${t.id}` },
  RATING: { label: '分管领导评分', page: (t) => `rating.html?task=${t.id}` },
  RATING_SHEET: { label: '测评打分', page: (t) => `rating-sheet.html?task=${t.id}` },
  COMMITTEE_REVIEW: { label: '领导小组审议', page: (t) => `committee.html?campaign=${t.campaignId}&task=${t.id}` },
  REWORK: { label: '绩考办整改评分', page: (t) => `committee.html?campaign=${t.campaignId}&task=${t.id}` },
  APPEAL_FORWARD: { label: '申诉转报（24小时内）', page: (t) => `appeals.html?task=${t.id}` },
  APPEAL_DECISION: { label: '申诉裁定（一星期内）', page: (t) => `appeals.html?task=${t.id}` },
  TARGET_CHANGE_DECISION: { label: '目标调整审批', page: () => 'targets.html' },
  LEAVE_DECISION: { label: '请假审批', page: () => 'leave.html' },
  LEAVE_OFFICE_CONSENT: { label: '请假审核（办公室）', page: () => 'leave.html' },
  WORK_PLAN_REVIEW: { label: '审核月度工作安排', page: () => 'work-plans.html' },
  WORK_PLAN_REVISION: { label: '修改月度工作安排', page: () => 'work-plans.html' },
};

export function taskKind(kind) {
  return TASK_KINDS[kind] || { label: kind, page: () => 'tasks.html' };
}

/** The report pack: template name, Chinese title, whether it is tabular (XLSX as well as PDF). */
export const REPORT_TYPES = [['ranking', '考核结果排名表', true], ['grade-distribution', '等次分布统计', true], ['score-sheet', '个人考核评分表', false],
  ['public-notice', '公示名单', true], ['performance-pay', '绩效奖金分配表', true], ['appeal-register', '申诉处理登记表', true],
  ['result-notice', '考核结果通知书', false], ['annual-rollup', '年度考核汇总表', true]];

/** Links to render a campaign's reports now (PDF, and XLSX where tabular). */
export function reportLinks(campaignId) {
  return el('ul', { class: 'reports' }, REPORT_TYPES.map(([type, label, tabular]) => el('li', {}, label, '：',
    el('a', { href: `/api/campaigns/${campaignId}/reports/${type}?format=pdf`, download: '' }, 'PDF'),
    tabular ? [' ', el('a', { href: `/api/campaigns/${campaignId}/reports/${type}?format=xlsx`, download: '' }, 'Excel')] : null)));
}

export const APPEAL_ITEMS = { TOTAL: '总分', GRADE: '等次' };
export const OUTCOMES = { UPHELD: '维持原结果', ADJUSTED: '调整结果' };

// ---- checks in the page: every problem at once, at its field ----

/** A number typed in a field: '12.5' → 12.5, '' → null, 'abc' → NaN (never blanked). */
export function parseNumber(text) {
  const t = String(text ?? '').trim().replace(/，/g, '.').replace(/．/g, '.');
  if (t === '') return null;
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : NaN;
}

/** A range in words: 0–300, 不低于 0, 不高于 300 (an open end is never shown as 不限–不限). */
export function rangeText(min, max) {
  const has = (v) => v !== null && v !== undefined && v !== '';
  if (has(min) && has(max)) return `${min}–${max}`;
  if (has(min)) return `不低于 ${min}，不设上限`;
  if (has(max)) return `不高于 ${max}，不设下限`;
  return '不设上下限';
}

/**
 * The problems of a form's number fields, all at once: inputs with data-number (data-min, data-max, data-required,
 * data-label). 'abc' is 请填写数字, an empty required field 请填写, a value out of range names the range.
 */
export function numberProblems(form) {
  const problems = [];
  for (const input of form.querySelectorAll('input[data-number]')) {
    if (input.closest('[hidden]')) continue;
    const label = input.dataset.label ? `${input.dataset.label}：` : '';
    const v = parseNumber(input.value);
    const min = input.dataset.min === undefined || input.dataset.min === '' ? null : Number(input.dataset.min);
    const max = input.dataset.max === undefined || input.dataset.max === '' ? null : Number(input.dataset.max);
    let message = null;
    if (v === null) { if (input.dataset.required !== undefined) message = `${label}请填写`; }
    else if (Number.isNaN(v)) message = `${label}请填写数字`;
    else if ((min !== null && v < min) || (max !== null && v > max)) {
      message = min !== null && max !== null ? `${label}应在 ${min}–${max} 之间` : `${label}应${rangeText(min, max)}`;
    }
    if (message) problems.push({ field: input.name, message });
  }
  return problems;
}

/** Shows problems found in the page like the API's: each at its field, a summary on top. */
export function showProblems(form, problems, message = '请修改标出的内容后再提交') {
  showErrors(form, { message: `${message}（共 ${problems.length} 处）`, problems, code: null });
}

// ---- words for codes ----

const GRADE_ORDER = ['优秀', '好', '较好', '良好', '称职', '合格', '及格', '一般', '基本称职', '基本合格', '较差', '差', '不称职', '不合格'];

/** Grades (labels, or objects with label/code) best first: 优秀、良好、合格、不合格. */
export function sortGrades(list, label = (g) => (typeof g === 'string' ? g : g.label || g.code)) {
  const rank = (g) => { const i = GRADE_ORDER.indexOf(label(g)); return i < 0 ? GRADE_ORDER.length : i; };
  return [...list].sort((a, b) => rank(a) - rank(b));
}

/** A scheme clause for people: "seed 000 三(二)1" → "考核方案 三(二)1". */
export function clauseLabel(clause) {
  if (!clause) return '—';
  return String(clause).replace(/^seed\s+\d+\s*/i, '考核方案 ');
}

/** Fact references of an explanation ("L12") for people: 台账第12号. */
export function factLabel(id) {
  const m = /^L(\d+)$/.exec(String(id));
  return m ? `台账第${m[1]}号` : '相关记录';
}

// ---- a list paged, sorted and searched on the server (the one paging component, docs/adr/0020) ----

/**
 * A list read a page at a time from the server: a search box (q, searched as one types), sortable column heads
 * (sort=key,asc|desc; again: the other way), 共 t 条 and 上一页 第 n / m 页 下一页. A failed request says so in the list;
 * an older answer that arrives late is dropped. On a phone each row is a small card with its column names.
 *   const list = pagedList({ id: 'ledger-list', url: '/api/ledger', params: { campaignId: 7 }, sort: 'id,desc',
 *     searchLabel: '搜索干部、单位、事由', columns: [{ label: '日期', sort: 'occurredOn', cell: (x) => x.occurredOn }] });
 *   box.append(list); await list.ready;   // list.reload() keeps the page, search and sort
 * Either url (+ params: fixed query parameters) or fetchPage({page, size, sort, q}) answering {items, total}.
 * searchLabel: false for a list without a search box. The search box's id is `${id}-q`.
 */
export function pagedList({ columns, fetchPage = null, url = null, params = {}, size = 20, sort = null, searchLabel = '搜索',
  searchHint = '', rowAttrs = () => ({}), empty = '没有记录。', tableClass = null, id = null }) {
  const state = { page: 0, size, sort, q: '' };
  const uid = id || `paged-${++pagedSeq}`;
  const load = fetchPage || ((s) => api(`${url}${url.includes('?') ? '&' : '?'}${pageQuery(s, params)}`, { withTotal: true }));
  const status = el('p', { class: 'meta paged-status paged-total', 'aria-live': 'polite' });
  const body = el('div', { class: 'paged-body' });
  const prev = el('button', { type: 'button', class: 'secondary prev-page', rel: 'prev', onclick: () => go(state.page - 1) }, '上一页');
  const next = el('button', { type: 'button', class: 'secondary next-page', rel: 'next', onclick: () => go(state.page + 1) }, '下一页');
  const pageOf = el('span', { class: 'page-of' });
  let form = null;
  if (searchLabel !== false) {
    const search = el('input', { id: `${uid}-q`, type: 'search', name: 'q', class: 'search-input', autocomplete: 'off', placeholder: searchHint || null });
    let timer;
    const submit = () => { clearTimeout(timer); state.q = search.value.trim(); go(0); };
    search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(submit, 300); });
    form = el('form', { class: 'paged-search', role: 'search', onsubmit: (ev) => { ev.preventDefault(); submit(); } },
      el('label', { for: search.id }, searchLabel), search, el('button', { type: 'submit' }, '查询'));
  }
  const box = el('div', { class: 'paged', id: uid }, form, status, body, el('nav', { class: 'actions pager', 'aria-label': '翻页' }, prev, pageOf, next));
  const head = () => el('tr', {}, columns.map((c) => {
    if (!c.sort) return el('th', { scope: 'col', class: c.num ? 'num' : null }, c.label);
    const [key, dir] = (state.sort || '').split(',');
    const on = key === c.sort;
    const ascending = on && dir !== 'desc';
    return el('th', { scope: 'col', class: c.num ? 'num' : null, 'aria-sort': on ? (ascending ? 'ascending' : 'descending') : null },
      el('button', { type: 'button', class: 'link-button sort', dataset: { sort: c.sort },
        onclick: () => { state.sort = `${c.sort},${on && ascending ? 'desc' : 'asc'}`; go(0); } },
      c.label, on ? (ascending ? ' ▲' : ' ▼') : ''));
  }));
  let current = 0;
  async function go(page) {
    const mine = ++current;
    state.page = Math.max(0, page);
    status.textContent = '正在加载…';
    box.setAttribute('aria-busy', 'true');
    try {
      const { items, total } = await load({ ...state });
      if (mine !== current) return; // an older answer that arrived late
      const pages = Math.max(1, Math.ceil(total / state.size));
      if (state.page > 0 && state.page >= pages) { await go(pages - 1); return; }
      status.textContent = `共 ${total} 条` + (state.q ? `（搜索“${state.q}”）` : '');
      pageOf.textContent = `第 ${state.page + 1} / ${pages} 页`;
      prev.disabled = state.page === 0;
      next.disabled = state.page + 1 >= pages;
      clear(body, items.length
        ? el('div', { class: 'table-wrap' }, el('table', { class: tableClass },
          el('thead', {}, head()),
          el('tbody', {}, items.map((item) => el('tr', rowAttrs(item),
            columns.map((c) => el('td', { class: c.num ? 'num' : null, 'data-label': c.label || null }, c.cell(item))))))))
        : el('p', { class: 'empty' }, state.q ? `没有与“${state.q}”相符的记录。` : empty));
    } catch (e) {
      if (mine !== current) return;
      status.textContent = '';
      clear(body, el('div', { class: 'notice notice-error', role: 'alert' }, `列表未能加载：${e.message}`));
    } finally {
      if (mine === current) box.removeAttribute('aria-busy');
    }
  }
  box.reload = () => go(state.page);
  box.restart = () => go(0); // after the page's own filters changed
  box.state = state;
  box.ready = go(0);
  return box;
}

let pagedSeq = 0;

/** The query string of a page request: page, size, sort and q (q left out when blank). */
export function pageQuery({ page, size, sort, q }, extra = {}) {
  const p = new URLSearchParams({ page, size, ...extra });
  if (sort) p.set('sort', sort);
  if (q) p.set('q', q);
  return p.toString();
}
