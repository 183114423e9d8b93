// 测评打分: one sheet per rater the scheme names (班子成员、部门负责人、村书记、领导小组); everyone but oneself; anonymous.
// Every cell is checked at once (请填写数字, the range, 请填写) and the problem shown at its cell; what is typed is kept
// as a draft in this browser (localStorage, per task) until the sheet is submitted.
import { api, busy, clear, clearErrors, el, formatDateTime, keepTyping, notice, numberProblems, param, parseNumber, showErrors, showProblems } from './api.js';
import { layout } from './layout.js';

const content = document.getElementById('content');
await layout('tasks.html');
const taskId = param('task');

async function load() {
  if (!taskId) {
    clear(content, el('p', {}, '请从“我的待办”中选择一项测评任务。'), el('a', { href: 'tasks.html' }, '我的待办'));
    return;
  }
  let task; let sheet;
  try {
    task = await api(`/api/tasks/${encodeURIComponent(taskId)}`);
    sheet = await api(`/api/campaigns/${task.campaignId}/rating-sheet`);
  } catch (e) {
    clear(content);
    notice(content, e.message, 'error');
    return;
  }
  const fieldOf = (subject, slot) => `scores.${subject.assessmentId}.${slot.part}`;
  const rows = sheet.subjects.map((s) => el('tr', {},
    el('th', { scope: 'row' }, s.name),
    sheet.slots.map((slot) => el('td', { class: 'field', dataset: { field: fieldOf(s, slot) } },
      el('input', {
        name: fieldOf(s, slot), type: 'text', inputmode: 'decimal', autocomplete: 'off',
        class: 'score-input', 'aria-label': `${s.name} ${slot.name}（0–${slot.max}）`,
        dataset: { number: '', required: '', min: 0, max: slot.max, label: `${s.name} ${slot.name}` },
      })))));
  const form = el('form', { class: 'card', id: 'rating-sheet-form', novalidate: true },
    el('p', { class: 'hint' }, '测评为无记名：提交后系统只记录您已提交，不记录您给每个人的分数。不能为本人（本单位）测评。'),
    el('div', { class: 'table-wrap' },
      el('table', { class: 'sheet' },
        el('thead', {}, el('tr', {}, el('th', {}, '对象'), sheet.slots.map((slot) => el('th', {}, `${slot.name}（0–${slot.max}）`)))),
        el('tbody', {}, rows))),
    el('div', { class: 'actions' }, el('button', { type: 'submit', id: 'submit' }, '提交测评')));
  const draftKey = `sheet-${taskId}`;
  const hadDraft = localStorage.getItem('kaohe.form.' + draftKey) !== null;
  const forget = keepTyping(form, draftKey, localStorage);
  const draftNote = el('p', { class: 'hint draft-note', 'aria-live': 'polite' },
    hadDraft ? '已恢复您上次在本机填写但尚未提交的分数（草稿）。' : '填写的分数自动保存为草稿（仅保存在本机），提交后清除。');
  form.prepend(draftNote);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const problems = numberProblems(form);
    if (problems.length) { showProblems(form, problems); return; }
    busy(form, async () => {
      clearErrors(form);
      const entries = [];
      for (const s of sheet.subjects) {
        for (const slot of sheet.slots) {
          const v = parseNumber(form.elements[fieldOf(s, slot)].value);
          if (v !== null) entries.push({ assessmentId: s.assessmentId, raterGroup: slot.raterGroup, part: slot.part, score: v });
        }
      }
      try {
        await api(`/api/tasks/${encodeURIComponent(taskId)}/complete`, { method: 'POST', body: { entries } });
        forget();
        clear(content, el('div', { class: 'notice notice-ok', role: 'status' }, '测评已提交。'),
          el('a', { href: 'tasks.html', class: 'button' }, '返回我的待办'));
      } catch (e) { showErrors(form, e); }
    });
  });
  clear(content,
    el('dl', { class: 'kv card' },
      el('dt', {}, '考核批次'), el('dd', {}, sheet.campaignName),
      el('dt', {}, '截止时间'), el('dd', { class: task.overdue ? 'deadline overdue' : 'deadline' }, formatDateTime(task.due), task.overdue ? '（已逾期）' : ''),
      el('dt', {}, '测评对象'), el('dd', {}, `${sheet.subjects.length} 人（单位）`)),
    form);
}

load();
