// Pickers that search on the server as one types (issue 16): they replace dropdowns of every cadre or campaign.
//
//   import { cadrePicker, campaignPicker } from './picker.js';
//   const picker = cadrePicker({ name: 'cadreId', label: '干部', none: '（单位事项不选）' });
//   form.append(picker.element);   // a .field[data-field=cadreId] with a search box, a result list and a hidden input
//   picker.value                   // the chosen id ('' when none); picker.item the chosen row; picker.reset() clears it
//
// The hidden input carries `name`, so forms read it as form.elements[name] and showErrors puts errors beside it; it
// fires `change` (bubbling) when the choice changes. Each option is a button in li[data-id].
import { api, el, clear } from './api.js';

let seq = 0;

/**
 * A picker over a paged list endpoint (q, page, size, sort; X-Total-Count). options: name, label, url, sort, params,
 * describe(row) (an option's text), chosenText(row), noun (人 / 个), noMatch(q), none (text when nothing is chosen; with
 * it a 不选 button), placeholder, id (of the search box), browse (list the first page when the box is focused empty).
 */
export function searchPicker(options) {
  const name = options.name;
  const uid = options.id || `picker-${name}-${++seq}`;
  const hidden = el('input', { type: 'hidden', name });
  const input = el('input', { type: 'search', id: uid, autocomplete: 'off', role: 'combobox', 'aria-expanded': 'false',
    'aria-controls': `${uid}-list`, placeholder: options.placeholder || '输入名称搜索' });
  const chosen = el('p', { class: 'picker-chosen meta' }, options.none || '未选择');
  const list = el('ul', { class: 'picker-list', id: `${uid}-list`, role: 'listbox', hidden: true });
  const status = el('p', { class: 'picker-status hint', 'aria-live': 'polite' });
  const noun = options.noun || '条';
  let timer;
  let current = 0;
  let item = null;

  function choose(row) {
    item = row || null;
    hidden.value = row ? row.id : '';
    chosen.textContent = row ? options.chosenText(row) : (options.none || '未选择');
    input.value = '';
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    clear(status);
    hidden.dispatchEvent(new Event('change', { bubbles: true }));
  }

  async function search() {
    const q = input.value.trim();
    const mine = ++current;
    if (!q && !options.browse) { list.hidden = true; clear(status); return; }
    const params = new URLSearchParams({ ...(options.params || {}), page: 0, size: options.size || 10, sort: options.sort });
    if (q) params.set('q', q);
    let page;
    try {
      page = await api(`${options.url}?${params}`, { withTotal: true });
    } catch (e) {
      if (mine === current) status.textContent = `搜索失败：${e.message}`;
      return;
    }
    if (mine !== current) return;
    clear(list, page.items.map((row) => el('li', { role: 'option', dataset: { id: row.id, cadreId: row.id } },
      el('button', { type: 'button', class: 'link-button', onclick: () => choose(row) }, options.describe(row)))));
    list.hidden = page.items.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    status.textContent = page.items.length
      ? (page.total > page.items.length ? `共 ${page.total} ${noun}，显示前 ${page.items.length} ${noun}，请输入更多字缩小范围` : `共 ${page.total} ${noun}`)
      : (q ? options.noMatch(q) : `暂无可选的记录`);
  }

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 250); });
  input.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') { ev.preventDefault(); clearTimeout(timer); search(); } });
  if (options.browse) input.addEventListener('focus', () => { if (!input.value.trim()) search(); });
  const clearButton = options.none ? el('button', { type: 'button', class: 'link-button picker-clear', onclick: () => choose(null) }, '不选') : null;
  const element = el('div', { class: 'field picker', dataset: { field: name } },
    el('label', { for: uid }, options.label), input, status, list, el('div', { class: 'picker-current' }, chosen, clearButton), hidden);
  return {
    element,
    get value() { return hidden.value; },
    get item() { return item; },
    reset: () => choose(null),
    choose,
  };
}

/** Searches the roster by name, 工号 or unit (options.unit: only that unit's cadres). */
export function cadrePicker(options) {
  return searchPicker({
    name: 'cadreId', label: '干部', placeholder: '输入姓名、工号或单位搜索', ...options,
    url: '/api/cadres', sort: 'name', params: options.unit ? { unit: options.unit } : {}, noun: '人',
    describe: (c) => `${c.name}（${c.unit ? c.unit.name : ''}${c.postTitle ? ` · ${c.postTitle}` : ''}）`,
    chosenText: (c) => `已选：${c.name}（${c.unit ? c.unit.name : ''}）`,
    noMatch: (q) => `没有与“${q}”相符的干部`,
  });
}

/** Searches the campaigns by name or period, newest first; focused empty, it lists the newest. */
export function campaignPicker(options) {
  return searchPicker({
    name: 'campaign', label: '考核批次', placeholder: '输入批次名称或期间搜索，如 2026', browse: true, ...options,
    url: '/api/campaigns', sort: 'id,desc', noun: '个',
    describe: (c) => `${c.name}（${c.period}，${c.statusLabel}）`,
    chosenText: (c) => `已选：${c.name}（${c.statusLabel}）`,
    noMatch: (q) => `没有与“${q}”相符的考核批次`,
  });
}
