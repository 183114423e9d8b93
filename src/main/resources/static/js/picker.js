// A cadre picker that searches on the server by name, 工号 or unit (issue 16): replaces a dropdown of every cadre.
//
//   import { cadrePicker } from './picker.js';
//   const picker = cadrePicker({ name: 'cadreId', label: '干部', none: '（单位事项不选）' });
//   form.append(picker.element);   // a .field[data-field=cadreId] with a search box, a result list and a hidden input
//   picker.value                   // the chosen cadre's id ('' when none); picker.reset() clears the choice
//
// The hidden input carries `name`, so forms read it as form.elements[name] and showErrors puts errors beside it.
import { api, el, clear } from './api.js';

let seq = 0;

export function cadrePicker(options) {
  const name = options.name || 'cadreId';
  const uid = `picker-${name}-${++seq}`;
  const hidden = el('input', { type: 'hidden', name });
  const input = el('input', { type: 'search', id: uid, autocomplete: 'off', role: 'combobox', 'aria-expanded': 'false',
    'aria-controls': `${uid}-list`, placeholder: options.placeholder || '输入姓名、工号或单位搜索' });
  const chosen = el('p', { class: 'picker-chosen meta' }, options.none || '未选择');
  const list = el('ul', { class: 'picker-list', id: `${uid}-list`, role: 'listbox', hidden: true });
  const status = el('p', { class: 'picker-status hint', 'aria-live': 'polite' });
  let timer;
  let current = 0;

  function choose(cadre) {
    hidden.value = cadre ? cadre.id : '';
    chosen.textContent = cadre ? `已选：${cadre.name}（${cadre.unit ? cadre.unit.name : ''}）` : (options.none || '未选择');
    input.value = '';
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    clear(status);
    hidden.dispatchEvent(new Event('change', { bubbles: true }));
  }

  async function search() {
    const q = input.value.trim();
    const mine = ++current;
    if (!q) { list.hidden = true; clear(status); return; }
    const params = new URLSearchParams({ q, page: 0, size: options.size || 10, sort: 'name' });
    if (options.unit) params.set('unit', options.unit);
    let page;
    try {
      page = await api(`/api/cadres?${params}`, { withTotal: true });
    } catch (e) {
      if (mine === current) status.textContent = `搜索失败：${e.message}`;
      return;
    }
    if (mine !== current) return;
    clear(list, page.items.map((c) => el('li', { role: 'option', dataset: { cadreId: c.id } },
      el('button', { type: 'button', class: 'link-button', onclick: () => choose(c) },
        `${c.name}（${c.unit ? c.unit.name : ''}${c.postTitle ? ` · ${c.postTitle}` : ''}）`))));
    list.hidden = page.items.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    status.textContent = page.items.length ? (page.total > page.items.length ? `共 ${page.total} 人，显示前 ${page.items.length} 人，请输入更多字缩小范围` : `共 ${page.total} 人`)
      : `没有与“${q}”相符的干部`;
  }

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 250); });
  input.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') { ev.preventDefault(); clearTimeout(timer); search(); } });
  const clearButton = options.none ? el('button', { type: 'button', class: 'link-button picker-clear', onclick: () => choose(null) }, '不选') : null;
  const element = el('div', { class: 'field picker', dataset: { field: name } },
    el('label', { for: uid }, options.label || '干部'), input, status, list, el('div', { class: 'picker-current' }, chosen, clearButton), hidden);
  return {
    element,
    get value() { return hidden.value; },
    reset: () => choose(null),
    choose,
  };
}
