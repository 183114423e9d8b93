// 自评/述职: the scheme's categories, summary, self-scores, attachments, the cadre's ledger; save draft or submit.
import { api, busy, clear, clearErrors, el, formatDateTime, keepTyping, notice, numberProblems, param, parseNumber, showErrors, showProblems, serverNow } from './api.js';
import { layout } from './layout.js';
import { categories, categoryFields, ledgerTable } from './assessment-view.js';

const content = document.getElementById('content');
await layout('tasks.html');
const taskId = param('task');

async function load() {
  if (!taskId) {
    clear(content, el('p', {}, '请从“我的待办”中选择一项自评任务。'), el('a', { href: 'tasks.html' }, '我的待办'));
    return;
  }
  let task; let a;
  try {
    task = await api(`/api/tasks/${encodeURIComponent(taskId)}`);
    a = await api(`/api/assessments/${task.assessmentId}`);
  } catch (e) {
    clear(content);
    notice(content, e.message, 'error');
    return;
  }
  const cats = categories(a);
  const selfScored = cats.filter((c) => c.selfScored);
  const form = el('form', { class: 'card', id: 'self-evaluation-form', novalidate: true },
    a.returnedReason ? el('div', { class: 'notice notice-error', role: 'alert' }, `分管领导退回：${a.returnedReason}`) : null,
    el('div', { class: 'field', dataset: { field: 'summary' } },
      el('label', { for: 'summary' }, '个人总结（述职内容）'),
      el('p', { class: 'hint', id: 'summary-hint' }, '写明本考核期的主要工作、成绩和不足。'),
      el('textarea', { id: 'summary', name: 'summary', rows: 8, 'aria-describedby': 'summary-hint' })),
    selfScored.length ? el('fieldset', {}, el('legend', {}, '自评分'),
      selfScored.map((c) => el('div', { class: 'field', dataset: { field: `scores.${c.id}` } },
        el('label', { for: `score-${c.id}` }, `${c.name}（${c.min}–${c.max} 分）`),
        el('input', { id: `score-${c.id}`, name: `scores.${c.id}`, type: 'text', inputmode: 'decimal', autocomplete: 'off', class: 'score-input',
          dataset: { number: '', min: c.min, max: c.max, label: c.name } }))))
      : el('p', { class: 'hint' }, '本方案不要求自评分。'),
    el('div', { class: 'field', dataset: { field: 'attachments' } },
      el('label', { for: 'attachments' }, '附件（文件编号或链接，每行一个）'),
      el('textarea', { id: 'attachments', name: 'attachments', rows: 3 })),
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'secondary', id: 'save-draft' }, '保存草稿'),
      el('button', { type: 'submit', id: 'submit' }, '提交')));
  form.elements.summary.value = a.selfSummary || '';
  form.elements.attachments.value = a.selfAttachments || '';
  for (const c of selfScored) {
    const v = (a.selfScores || {})[c.id];
    if (v != null) form.elements[`scores.${c.id}`].value = v;
  }
  const forget = keepTyping(form, `self-${taskId}`);

  const payload = () => {
    const scores = {};
    for (const c of selfScored) {
      const v = parseNumber(form.elements[`scores.${c.id}`].value);
      if (v !== null) scores[c.id] = v;
    }
    return { summary: form.elements.summary.value, scores, attachments: form.elements.attachments.value };
  };
  const hints = { names: categoryFields(a), codes: { 'CAMPAIGN-013': 'summary', 'CAMPAIGN-014': 'summary' } };
  form.querySelector('#save-draft').addEventListener('click', () => {
    const problems = numberProblems(form);
    if (problems.length) { showProblems(form, problems); return; }
    save();
  });
  const save = () => busy(form, async () => {
    clearErrors(form);
    try {
      await api(`/api/tasks/${encodeURIComponent(taskId)}/draft`, { method: 'PUT', body: payload() });
      notice(form, `草稿已保存（${formatDateTime(new Date(serverNow()).toISOString())}）`, 'ok');
    } catch (e) { showErrors(form, e, hints); }
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    // every problem at once, at its field ('abc' is 请填写数字, never blanked)
    const problems = numberProblems(form);
    if (!form.elements.summary.value.trim()) problems.unshift({ field: 'summary', message: '请填写个人总结' });
    if (problems.length) { showProblems(form, problems); return; }
    busy(form, async () => {
      clearErrors(form);
      try {
        await api(`/api/tasks/${encodeURIComponent(taskId)}/complete`, { method: 'POST', body: payload() });
        forget();
        clear(content, el('div', { class: 'notice notice-ok', role: 'status' }, '自评已提交，等待分管领导评分。'),
          el('a', { href: 'tasks.html', class: 'button' }, '返回我的待办'));
      } catch (e) { showErrors(form, e, hints); }
    });
  });

  clear(content,
    el('dl', { class: 'kv card' },
      el('dt', {}, '考核批次'), el('dd', {}, a.campaignName),
      el('dt', {}, '干部'), el('dd', {}, a.cadre && a.cadre.name),
      el('dt', {}, '分管领导'), el('dd', {}, a.leader ? a.leader.name : '—'),
      el('dt', {}, '截止时间'), el('dd', { class: task.overdue ? 'deadline overdue' : 'deadline' }, formatDateTime(task.due), task.overdue ? '（已逾期）' : ''),
      el('dt', {}, '考核分类'), el('dd', {}, cats.map((c) => `${c.name}（${c.min}–${c.max}）`).join('；') || '—')),
    form,
    el('section', { class: 'card', 'aria-labelledby': 'h-ledger' }, el('h2', { id: 'h-ledger' }, '本人台账（考核期内）'), ledgerTable(a.ledger)));
}

load();
