// 我的考核结果: score, grade, explanation, the written notice; appeal within the window; my appeals and their steps.
import { api, busy, clear, clearErrors, el, formatDateTime, keepTyping, notice, OUTCOMES, param, showErrors } from './api.js';
import { layout } from './layout.js';
import { categories, categoryName, explanationTable, resultSummary, table } from './assessment-view.js';
import { interviewList } from './interview-view.js';
import { monthPlanBox, monthPlanOf } from './work-plan-view.js';

const content = document.getElementById('content');
await layout('result.html');
const APPEALABLE = ['公示中', '等待申诉办结', '已定档归档'];

function appealSteps(ap, a) {
  const steps = [
    ['提出申诉', ap.filedAt, null],
    ['绩考办转报领导小组', ap.forwardedAt, ap.forwardDue, ap.forwardMet],
    ['领导小组处理意见', ap.decidedAt, ap.decisionDue, ap.decisionMet],
  ];
  if (ap.renoticeStart) steps.push(['重新公示', ap.renoticeStart, ap.renoticeEnd]);
  if (ap.closedAt) steps.push(['办结', ap.closedAt, null]);
  return el('li', { class: 'appeal', dataset: { appealId: ap.id } },
    el('strong', {}, `申诉编号 ${ap.id}`), el('span', { class: 'badge' }, ap.statusLabel),
    el('p', { class: 'meta' }, '申诉项目：', ap.items.map((i) => categoryName(a, i)).join('、')),
    el('p', { class: 'pre' }, ap.grounds),
    el('ol', { class: 'steps' }, steps.map(([label, at, due, met]) => el('li', {},
      `${label}：`, at ? formatDateTime(at) : '尚未办理',
      due ? el('span', { class: 'meta' }, `（时限 ${formatDateTime(due)}${met === false ? '，已超时' : met ? '，按时' : ''}）`) : null))),
    ap.outcome ? el('p', {}, el('strong', {}, `${OUTCOMES[ap.outcome] || ap.outcome}：`), ap.decision || '') : null);
}

function appealForm(a, reload) {
  const items = [...categories(a).map((c) => [c.id, c.name]), ['TOTAL', '总分'], ['GRADE', '等次']];
  const form = el('form', { class: 'card appeal-form', novalidate: true },
    el('h2', {}, '提出申诉'),
    el('p', { class: 'hint' }, '对考核结果有异议的，可在公示期内及定档后 30 日内提出申诉；绩考办 24 小时内转报领导小组，领导小组一星期内提出处理意见。'),
    el('fieldset', { dataset: { field: 'items' } }, el('legend', {}, '申诉的项目'),
      el('div', { class: 'checks' }, items.map(([v, l]) => el('label', {}, el('input', { type: 'checkbox', name: 'items', value: v }), l)))),
    el('div', { class: 'field', dataset: { field: 'grounds' } },
      el('label', { for: 'grounds' }, '申诉理由'),
      el('textarea', { id: 'grounds', name: 'grounds', rows: 5 })),
    el('div', { class: 'field', dataset: { field: 'attachments' } },
      el('label', { for: 'appeal-attachments' }, '证明材料（文件编号或链接，可不填）'),
      el('input', { id: 'appeal-attachments', name: 'attachments', type: 'text' })),
    el('div', { class: 'actions' }, el('button', { type: 'submit', id: 'file-appeal' }, '提交申诉')));
  const forget = keepTyping(form, `appeal-${a.id}`);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    busy(form, async () => {
      clearErrors(form);
      try {
        const ap = await api(`/api/assessments/${a.id}/appeals`, { method: 'POST', body: {
          grounds: form.elements.grounds.value,
          items: [...form.querySelectorAll('input[name="items"]:checked')].map((c) => c.value),
          attachments: form.elements.attachments.value || null } });
        forget();
        await reload(`申诉已受理（编号 ${ap.id}），绩考办将于 ${formatDateTime(ap.forwardDue)} 前转报。`);
      } catch (e) {
        showErrors(form, e, { codes: { 'APPEAL-004': 'grounds', 'APPEAL-012': 'grounds', 'APPEAL-005': 'items', 'APPEAL-006': 'items', 'APPEAL-007': 'items' } });
      }
    });
  });
  return form;
}

async function load(message) {
  let mine;
  try { mine = await api('/api/assessments/mine'); } catch (e) { clear(content); notice(content, e.message, 'error'); return; }
  if (!mine.length) { clear(content, el('p', { class: 'empty' }, '您还没有考核结果。')); return; }
  const wanted = param('assessment');
  const chosen = wanted ? mine.find((x) => String(x.id) === wanted) : mine[mine.length - 1];
  if (!chosen) {
    // This page shows only the user's own results; the API refuses other people's anyway.
    clear(content, el('div', { class: 'notice notice-error', role: 'alert' }, '只能查看本人的考核结果。'),
      el('a', { href: 'result.html' }, '查看我的考核结果'));
    return;
  }
  let a; let news; let appeals; let interviews; let plan;
  try {
    // a failed request says so (never an empty list that looks like "no appeals")
    [a, news, appeals, interviews, plan] = await Promise.all([api(`/api/assessments/${chosen.id}`), api('/api/notifications'),
      api('/api/appeals/mine'), api(`/api/assessments/${chosen.id}/interviews`), monthPlanOf(chosen.id).catch((e) => e)]);
  } catch (e) { clear(content); notice(content, e.message, 'error'); return; }
  const written = news.filter((n) => n.kind === 'RESULT' && (n.assessmentId == null || n.assessmentId === a.id));
  const mineAppeals = appeals.filter((x) => x.assessmentId === a.id);
  clear(content,
    mine.length > 1 ? el('ul', { class: 'tabs', 'aria-label': '考核批次' }, mine.map((x) => el('li', {},
      el('a', { href: `result.html?assessment=${x.id}`, 'aria-current': x.id === a.id ? 'true' : null }, x.campaignName)))) : null,
    el('section', { class: 'card', 'aria-labelledby': 'h-result' },
      el('h2', { id: 'h-result' }, a.campaignName),
      a.total == null ? el('p', { class: 'empty' }, `当前环节：${a.statusLabel}。结果尚未产生。`) : resultSummary(a)),
    monthPlanBox(plan),
    a.result ? el('section', { class: 'card' }, explanationTable(a)) : null,
    written.length ? el('section', { class: 'card written-notice', 'aria-labelledby': 'h-written' }, el('h2', { id: 'h-written' }, '考核结果通知书'),
      written.map((n) => el('article', {}, el('h3', {}, n.title), el('p', { class: 'meta' }, formatDateTime(n.createdAt)), el('p', { class: 'pre' }, n.body)))) : null,
    interviews.length ? el('section', { class: 'card', 'aria-labelledby': 'h-interviews' }, el('h2', { id: 'h-interviews' }, '考核面谈'),
      interviewList(interviews)) : null,
    APPEALABLE.includes(a.campaignStatus) ? appealForm(a, load) : el('p', { class: 'hint' }, '结果公示后可在此提出申诉。'),
    el('section', { class: 'card', 'aria-labelledby': 'h-appeals' }, el('h2', { id: 'h-appeals' }, '我的申诉'),
      mineAppeals.length ? el('ul', { class: 'cards' }, mineAppeals.map((ap) => appealSteps(ap, a))) : el('p', { class: 'empty' }, '没有申诉。')));
  if (message) notice(content, message, 'ok');
}

load();
