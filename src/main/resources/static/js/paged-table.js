// A list searched, sorted and paged by the server (issue 16, docs/adr/0019).
//
//   import { pagedTable } from './paged-table.js';
//   const list = pagedTable({
//     url: '/api/ledger',                 // answers one page for ?q=&page=&size=&sort= and the count in X-Total-Count
//     params: { campaignId: 7 },          // optional fixed query parameters
//     columns: [                          // key: the server's sort key (omit for a column that cannot be sorted)
//       { key: 'occurredOn', label: '日期', render: (row) => formatDate(row.occurredOn) },
//       { key: 'points', label: '分值', num: true, render: (row) => row.points },
//       { label: '操作', render: (row) => button },
//     ],
//     sort: 'id,desc', size: 20,          // the first sort and page size
//     search: '搜索干部、单位、事由',       // label of the search box (omit for no search box)
//     empty: '暂无台账。',                  // shown when the list (or the search) is empty
//     id: 'ledger-list',                  // id of the element (for tests and links)
//     rowAttrs: (row) => ({ dataset: { id: row.id } }),
//   });
//   box.append(list.element); await list.load();   // list.reload() keeps the page, search and sort
//
// Clicking a sortable header sorts by it (again: the other way); the total is always shown; a failed request says so.
import { ApiError, el, clear, loginUrl } from './api.js';

/** GET url and answer { rows, total } (rows: the JSON array, total: X-Total-Count). Throws ApiError. */
export async function fetchPage(url) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, { message: '无法连接服务器，请检查网络后重试。' });
  }
  if (response.status === 401) {
    location.assign(loginUrl());
    throw new ApiError(401, { code: 'AUTH', message: '请先登录。' });
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return { rows: Array.isArray(body) ? body : [], total: Number(response.headers.get('X-Total-Count') || 0) };
}

let seq = 0;

export function pagedTable(options) {
  const state = { q: '', page: 0, size: options.size || 20, sort: options.sort || '' };
  const uid = options.id || `paged-${++seq}`;
  const status = el('p', { class: 'meta paged-total', 'aria-live': 'polite' });
  const body = el('div', { class: 'paged-body' });
  const pager = el('nav', { class: 'pager', 'aria-label': '翻页' });
  let search = null;
  if (options.search) {
    const input = el('input', { type: 'search', id: `${uid}-q`, name: 'q', autocomplete: 'off' });
    let timer;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => { state.q = input.value.trim(); state.page = 0; load(); }, 300);
    });
    search = el('form', { class: 'paged-search', role: 'search', onsubmit: (ev) => {
      ev.preventDefault(); clearTimeout(timer); state.q = input.value.trim(); state.page = 0; load();
    } }, el('label', { for: input.id }, options.search), input, el('button', { type: 'submit', class: 'secondary' }, '搜索'));
  }
  const element = el('section', { class: 'paged-table', id: uid }, search, status, body, pager);
  let current = 0;

  function url() {
    const q = new URLSearchParams(options.params || {});
    if (state.q) q.set('q', state.q);
    q.set('page', state.page);
    q.set('size', state.size);
    if (state.sort) q.set('sort', state.sort);
    return `${options.url}${options.url.includes('?') ? '&' : '?'}${q}`;
  }

  function header(col) {
    const [key, dir] = state.sort.split(',');
    const active = col.key && col.key === key;
    const ariaSort = active ? (dir === 'desc' ? 'descending' : 'ascending') : null;
    const label = col.key
      ? el('button', { type: 'button', class: 'sort', dataset: { sort: col.key }, onclick: () => {
        state.sort = `${col.key},${active && dir !== 'desc' ? 'desc' : 'asc'}`; state.page = 0; load();
      } }, col.label, active ? (dir === 'desc' ? ' ▼' : ' ▲') : '')
      : col.label;
    return el('th', { scope: 'col', class: col.num ? 'num' : null, 'aria-sort': ariaSort }, label);
  }

  async function load() {
    const mine = ++current;
    element.setAttribute('aria-busy', 'true');
    let page;
    try {
      page = await fetchPage(url());
    } catch (e) {
      if (mine !== current) return;
      element.removeAttribute('aria-busy');
      clear(status);
      clear(body, el('div', { class: 'notice notice-error', role: 'alert' }, `列表加载失败：${e.message}${e.code ? `（${e.code}）` : ''}`));
      return;
    }
    if (mine !== current) return; // an older answer that arrived late
    element.removeAttribute('aria-busy');
    const pages = Math.max(1, Math.ceil(page.total / state.size));
    if (state.page >= pages && page.total > 0) { state.page = pages - 1; load(); return; }
    status.textContent = `共 ${page.total} 条${state.q ? `（搜索“${state.q}”）` : ''}`;
    clear(body, page.rows.length
      ? el('div', { class: 'table-wrap' }, el('table', {},
        el('thead', {}, el('tr', {}, options.columns.map(header))),
        el('tbody', {}, page.rows.map((row) => el('tr', options.rowAttrs ? options.rowAttrs(row) : {},
          options.columns.map((c) => el('td', { class: c.num ? 'num' : null, 'data-label': c.label }, c.render(row))))))))
      : el('p', { class: 'empty' }, state.q ? `没有与“${state.q}”相符的记录。` : (options.empty || '暂无记录。')));
    const go = (p) => () => { state.page = p; load(); };
    clear(pager,
      el('button', { type: 'button', class: 'secondary', rel: 'prev', disabled: state.page === 0, onclick: go(state.page - 1) }, '上一页'),
      el('span', { class: 'page-of' }, `第 ${state.page + 1} / ${pages} 页`),
      el('button', { type: 'button', class: 'secondary', rel: 'next', disabled: state.page + 1 >= pages, onclick: go(state.page + 1) }, '下一页'));
  }

  return { element, load, reload: load, state };
}
