// 考核面谈 (seed 001 篇三 考核表：面谈时间、面谈地点、参加人、面谈主题、面谈内容概要): the supervising leader records an
// interview on a result; the cadre (on 我的考核结果), the leader and the readers (office, committee, party committee) read it.
import { api, busy, clear, clearErrors, el, hasRole, localInputToIso, notice, param, showErrors } from './api.js';
import { layout } from './layout.js';
import { interviewList } from './interview-view.js';

const content = document.getElementById('content');
const user = await layout('interviews.html');

function field(name, label, input) {
  return el('div', { class: 'field', dataset: { field: name } }, el('label', {}, label, input));
}

function recordForm(row) {
  const form = el('form', { class: 'card', id: 'interview-form', novalidate: true },
    el('h3', {}, '记录面谈'),
    el('div', { class: 'grid grid-2' },
      field('heldAt', '面谈时间', el('input', { type: 'datetime-local', name: 'heldAt' })),
      field('place', '面谈地点', el('input', { type: 'text', name: 'place' })),
      field('participants', '参加人', el('input', { type: 'text', name: 'participants' })),
      field('topic', '面谈主题', el('input', { type: 'text', name: 'topic' }))),
    field('summary', '面谈内容概要', el('textarea', { name: 'summary', rows: 4 })),
    field('improvementPlan', '改进计划', el('textarea', { name: 'improvementPlan', rows: 3 })),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, '保存面谈记录')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    busy(form, async () => {
      clearErrors(form);
      const f = form.elements;
      try {
        await api(`/api/assessments/${row.assessmentId}/interviews`, { body: { heldAt: localInputToIso(f.heldAt.value),
          place: f.place.value, participants: f.participants.value, topic: f.topic.value, summary: f.summary.value,
          improvementPlan: f.improvementPlan.value } });
        form.reset();
        await show(row, `已记录与${row.cadreName}的面谈，已通知本人。`);
      } catch (e) { showErrors(form, e, { codeAtField: true }); }
    });
  });
  return form;
}

const detail = el('section', { id: 'interview-detail', 'aria-live': 'polite' });

async function show(row, message) {
  let list;
  try { list = await api(`/api/assessments/${row.assessmentId}/interviews`); } catch (e) { clear(detail); notice(detail, e.message, 'error'); return; }
  clear(detail, el('h2', {}, `${row.cadreName} · ${row.campaignName}`),
    el('p', {}, `总分 ${row.total ?? '—'}，等次 ${row.gradeLabel || '—'}`),
    interviewList(list),
    hasRole(user, 'LEADER') ? recordForm(row) : null);
  if (message) notice(detail, message, 'ok');
  detail.scrollIntoView({ block: 'start' });
}

async function render() {
  let rows;
  try { rows = await api('/api/interviews/results'); } catch (e) { clear(content); notice(content, e.message, 'error'); return; }
  const wanted = param('assessment');
  clear(content,
    el('p', { class: 'hint' }, '考核结果公示后，分管领导与干部面谈，记录面谈情况和改进计划；干部本人可在“我的考核结果”中查看。'),
    rows.length ? el('div', { class: 'table-wrap' }, el('table', { class: 'interview-results' },
      el('thead', {}, el('tr', {}, ['干部', '考核批次', '总分', '等次', '面谈次数', ''].map((h) => el('th', {}, h)))),
      el('tbody', {}, rows.map((r) => el('tr', { dataset: { assessmentId: r.assessmentId } },
        el('td', {}, r.cadreName), el('td', {}, r.campaignName), el('td', {}, r.total ?? '—'), el('td', {}, r.gradeLabel || '—'),
        el('td', {}, String(r.interviews)),
        el('td', {}, el('button', { type: 'button', class: 'secondary', onclick: () => show(r) }, hasRole(user, 'LEADER') ? '查看/记录面谈' : '查看面谈')))))))
      : el('p', { class: 'empty' }, '暂无已公示的考核结果。'),
    detail);
  const hit = wanted && rows.find((r) => String(r.assessmentId) === wanted);
  if (hit) await show(hit);
}

await render();
