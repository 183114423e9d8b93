// 考核方案 (office): every scheme and its versions; read a version as YAML, copy it to a draft, edit the YAML with
// every problem shown at its line, try it on three sample cadres, save it (a note for each save, audited). A version a
// campaign uses is frozen: it can be copied, never changed.
import { api, busy, clear, clearErrors, el, formatDate, formatDateTime, formatNumber, notice, param, showErrors } from './api.js';
import { layout } from './layout.js';
import { table } from './assessment-view.js';

const content = document.getElementById('content');
await layout('scheme.html');

const ENDED = ['FINALISED', 'CANCELLED'];

function status(s, campaigns) {
  const using = campaigns.filter((c) => c.schemeVersionId === s.id && !ENDED.includes(c.status));
  if (using.length) return el('span', { class: 'scheme-status-used' }, `使用中（${using.map((c) => c.name).join('、')}）`);
  if (s.frozen) return el('span', { class: 'badge' }, '已冻结');
  return el('span', { class: 'badge badge-ok' }, '草稿（可修改）');
}

async function load(message) {
  const [schemes, presets, campaigns] = await Promise.all([api('/api/schemes'), api('/api/schemes/presets'), api('/api/campaigns')]);
  const list = schemes.length
    ? table(['方案', '编码', '版本', '状态', '创建', ''], schemes.map((s) => el('tr', { dataset: { schemeId: s.id } },
      el('td', {}, s.name), el('td', {}, s.code), el('td', {}, `第 ${s.version} 版`), el('td', {}, status(s, campaigns)),
      el('td', {}, `${s.createdBy || '—'} ${formatDate(s.createdAt)}`),
      el('td', {}, el('a', { href: `?version=${s.id}`, class: 'button secondary', onclick: (ev) => { ev.preventDefault(); view(s.id, campaigns); } }, '查看')))))
    : el('p', { class: 'empty' }, '还没有方案，可从下方的预置方案导入。');
  const importer = el('details', { class: 'card' }, el('summary', {}, '从预置方案导入'),
    el('ul', { class: 'cards' }, presets.map((p) => el('li', {}, el('strong', {}, p.title), el('div', { class: 'meta' }, p.seed),
      el('button', { type: 'button', class: 'secondary', onclick: async (ev) => {
        ev.target.disabled = true;
        try {
          const s = await api(`/api/schemes/presets/${encodeURIComponent(p.code)}`, { body: {} });
          await load(`已导入“${s.name}”第 ${s.version} 版。`);
        } catch (e) { notice(content, `${e.message}${e.code ? `（${e.code}）` : ''}`, 'error'); ev.target.disabled = false; }
      } }, '导入为新方案')))));
  clear(content, el('section', { 'aria-labelledby': 'h-list' }, el('h2', { id: 'h-list' }, '方案与版本'), list, importer),
    el('section', { id: 'scheme-panel', 'aria-live': 'polite' }));
  if (message) notice(content, message);
  const chosen = Number(param('version'));
  if (chosen && schemes.some((s) => s.id === chosen)) await view(chosen, campaigns);
}

/** Shows a version read-only, with 复制为新草稿 and (for a draft) 修改此版本. */
async function view(id, campaigns) {
  const panel = document.getElementById('scheme-panel');
  const src = await api(`/api/schemes/${id}/source`);
  const s = src.version;
  history.replaceState(null, '', `?version=${id}`);
  clear(panel, el('h2', { id: 'h-view' }, `${s.name} · 第 ${s.version} 版`),
    el('p', { class: 'meta' }, status(s, campaigns), ` 编码 ${s.code}，${s.createdBy || '—'} 创建于 ${formatDateTime(s.createdAt)}`),
    el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'copy-draft', onclick: () => edit(src, 'copy') }, '复制为新草稿'),
      s.frozen ? el('span', { class: 'hint' }, '已被考核批次使用，不能修改；可复制后另存为新版本。')
        : el('button', { type: 'button', class: 'secondary', id: 'edit-version', onclick: () => edit(src, 'edit') }, '修改此版本')),
    el('pre', { class: 'yaml-view', id: 'yaml-view', tabindex: '0', 'aria-label': 'YAML 内容' }, src.document));
  panel.querySelector('h2').scrollIntoView({ block: 'start' });
}

/** The editor: copy (save as a new version) or edit (correct this draft in place). */
function edit(src, mode) {
  const panel = document.getElementById('scheme-panel');
  const s = src.version;
  const gutter = el('ol', { class: 'yaml-gutter', 'aria-hidden': 'true' });
  const area = el('textarea', { name: 'document', id: 'f-document', spellcheck: 'false', wrap: 'off', 'aria-label': '方案内容（YAML）' });
  area.value = src.document;
  const editor = el('div', { class: 'yaml-editor', dataset: { field: 'document' } }, gutter, area);
  const problemsBox = el('div', { id: 'yaml-problems', 'aria-live': 'polite' });
  const previewBox = el('div', { id: 'sample-preview', 'aria-live': 'polite' });
  const noteInput = el('input', { type: 'text', name: 'note', id: 'f-note', maxlength: 500 });
  const form = el('form', { class: 'card', id: 'scheme-editor', novalidate: true },
    el('h3', {}, mode === 'copy' ? `草稿（复制自第 ${s.version} 版，保存为新版本）` : `修改第 ${s.version} 版（草稿）`),
    el('p', { class: 'hint' }, '可修改编码（code）以另立新方案；修改说明会记入审计日志。'),
    el('div', { class: 'field' }, el('label', { for: 'f-document' }, '方案内容（YAML）'), editor),
    problemsBox,
    el('div', { class: 'field', dataset: { field: 'note' } }, el('label', { for: 'f-note' }, '修改说明（必填）'), noteInput),
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'secondary', id: 'check-button' }, '检查'),
      el('button', { type: 'button', class: 'secondary', id: 'preview-button' }, '样例试算'),
      el('button', { type: 'submit', id: 'save-button' }, mode === 'copy' ? '保存为新版本' : '保存修改'),
      el('button', { type: 'button', class: 'secondary', onclick: () => view(s.id, []) }, '放弃')),
    previewBox);
  clear(panel, el('h2', {}, `${s.name} · 编辑`), form);

  const numbers = () => {
    const count = area.value.split('\n').length;
    if (gutter.children.length !== count) {
      const marks = new Map([...gutter.children].filter((li) => li.title).map((li) => [Number(li.dataset.line), li.title]));
      gutter.replaceChildren(...Array.from({ length: count }, (_, i) => el('li', { dataset: { line: i + 1 }, title: marks.get(i + 1) || null,
        class: marks.has(i + 1) ? 'has-error' : null }, String(i + 1))));
    }
    gutter.scrollTop = area.scrollTop;
  };
  area.addEventListener('input', numbers);
  area.addEventListener('scroll', () => { gutter.scrollTop = area.scrollTop; });
  numbers();

  const goTo = (line) => {
    const lines = area.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    area.focus();
    area.setSelectionRange(start, start + (lines[line - 1] || '').length);
    area.scrollTop = Math.max(0, (line - 3) * parseFloat(getComputedStyle(area).lineHeight || '22'));
    gutter.scrollTop = area.scrollTop;
  };
  /** Marks every problem at its line and lists them, each a button that selects its line. */
  const showProblems = (problems) => {
    [...gutter.children].forEach((li) => { li.classList.remove('has-error'); li.title = ''; });
    if (!problems.length) { clear(problemsBox, el('p', { class: 'notice notice-ok', role: 'status' }, '检查通过，没有发现问题。')); editor.removeAttribute('aria-invalid'); return; }
    for (const p of problems) {
      const li = gutter.children[p.line - 1];
      if (li) { li.classList.add('has-error'); li.title = [li.title, p.message].filter(Boolean).join('；'); }
    }
    editor.setAttribute('aria-invalid', 'true');
    clear(problemsBox, el('div', { class: 'form-error', role: 'alert' }, el('strong', {}, `共 ${problems.length} 处问题`),
      el('ul', { class: 'yaml-problems' }, problems.map((p) => el('li', { dataset: { line: p.line } },
        el('button', { type: 'button', onclick: () => goTo(p.line) }, `第 ${p.line} 行：${p.message}`))))));
  };
  const asProblems = (e) => (e.code === 'SCHEME-005' ? e.problems.map((p) => ({ line: p.row || 1, field: p.field, message: p.message })) : null);

  form.querySelector('#check-button').addEventListener('click', () => busy(form, async () => {
    clearErrors(form);
    const r = await api('/api/schemes/check', { body: { document: area.value } });
    showProblems(r.problems);
  }));
  form.querySelector('#preview-button').addEventListener('click', () => busy(form, async () => {
    clearErrors(form);
    clear(previewBox);
    try {
      const r = await api('/api/schemes/sample', { body: { document: area.value } });
      showProblems([]);
      clear(previewBox, sample(r));
    } catch (e) {
      const located = asProblems(e);
      if (located) showProblems(located); else showErrors(form, e);
    }
  }));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    busy(form, async () => {
      clearErrors(form);
      try {
        const saved = mode === 'copy'
          ? await api(`/api/schemes/${s.id}/versions`, { body: { document: area.value, note: noteInput.value } })
          : await api(`/api/schemes/${s.id}/edit`, { body: { document: area.value, note: noteInput.value } });
        history.replaceState(null, '', `?version=${saved.id}`);
        await load(mode === 'copy' ? `已保存为“${saved.name}”第 ${saved.version} 版。` : `已保存对第 ${saved.version} 版的修改。`);
      } catch (e) {
        const located = asProblems(e);
        if (located) { showProblems(located); showErrors(form, { message: e.message, code: e.code, problems: [] }); } else showErrors(form, e);
      }
    });
  });
  area.focus();
}

/** The sample cadres' totals, grades and the explanation of every point. */
function sample(r) {
  const subjects = r.outcome.subjects;
  return el('section', { 'aria-labelledby': 'h-sample' }, el('h3', { id: 'h-sample' }, '样例试算结果（不保存）'),
    el('p', { class: 'hint' }, '三名样例干部：甲的各项评分最高、丙最低；台账按方案的第一条扣分规则记乙一次、丙两次，第一条加分规则记甲一次。'),
    table(['名次', '对象', { label: '总分', num: true }, '等次'], subjects.map((x) => el('tr', { dataset: { subjectId: x.subjectId } },
      el('td', {}, formatNumber(x.rank)), el('td', {}, x.name), el('td', { class: 'num' }, formatNumber(x.total)), el('td', {}, x.gradeLabel || '—')))),
    subjects.map((x) => el('details', { class: 'sample-explanation' }, el('summary', {}, `${x.name}：得分说明`),
      el('ul', { class: 'explanation' }, (x.explanation || []).map((l) => el('li', {}, `${l.description}（${signed(l.totalDelta)}）`))))));
}

function signed(n) {
  const v = Number(n);
  return `${v > 0 ? '+' : ''}${formatNumber(v)}`;
}

load().catch((e) => notice(content, `无法加载方案：${e.message}`, 'error'));
