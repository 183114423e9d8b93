// 领导小组审议: ranking with grades, quota check, explanation per cadre on click, adjust with reason,
// approve / send back through the COMMITTEE_REVIEW task.
import { api, busy, clear, clearErrors, el, formatDateTime, formatNumber, keepTyping, notice, param, reportLinks, showErrors } from './api.js';
import { layout } from './layout.js';
import { categories, explanationTable, resultSummary, table } from './assessment-view.js';

const content = document.getElementById('content');
await layout('committee.html');
const campaignId = param('campaign');

function parseJson(v) {
  if (typeof v !== 'string') return v;
  try { return JSON.parse(v); } catch (e) { return null; }
}

function quotaView(groupResult) {
  const groups = parseJson(groupResult);
  if (!groups) return el('p', { class: 'empty' }, '尚未计算等次名额。');
  if (!Array.isArray(groups)) return el('p', { class: 'notice notice-error' }, groups.message || '等次计算出错');
  return groups.map((g) => {
    const q = g.quotaCheck;
    if (!q) return null;
    return el('div', { class: 'quota' },
      groups.length > 1 ? el('h3', {}, g.group || '全体') : null,
      el('p', {}, '名额检查：', q.ok ? el('span', { class: 'badge badge-ok' }, '符合') : el('span', { class: 'badge badge-overdue' }, '违反名额')),
      table(['等次', { label: '人数', num: true }, { label: '名额', num: true }, '结果'], (q.grades || []).map((c) => el('tr', {},
        el('td', {}, c.label || c.code), el('td', { class: 'num' }, c.count),
        el('td', { class: 'num' }, c.limit == null ? '不限' : `${c.bound === 'MIN' ? '≥' : '≤'}${c.limit}`),
        el('td', {}, c.ok ? '符合' : '违反')))),
      (q.subgroups || []).length ? el('ul', {}, q.subgroups.map((s) => el('li', {},
        `${s.name}：${s.withTag}/${s.members}（要求 ≥ ${s.minShare}）${s.ok ? '符合' : '违反'}`, s.clause ? `（${s.clause}）` : ''))) : null,
      g.pay && g.pay.pool != null ? el('p', { class: 'meta' }, `奖金总额 ${g.pay.pool} 元，已分配 ${g.pay.allocated} 元，实发 ${g.pay.paid} 元${g.pay.ok ? '' : '（超出总额）'}`) : null);
  });
}

async function detail(row, panel, reload) {
  clear(panel, el('p', { class: 'empty' }, '正在加载…'));
  let a;
  try { a = await api(`/api/assessments/${row.assessmentId}`); } catch (e) { clear(panel); notice(panel, e.message, 'error'); return; }
  const ranges = await api(`/api/assessments/${a.id}/adjustment-ranges`).catch(() => []);
  const targets = ranges.length ? ranges.map((r) => [r.target, r.label])
    : [...(a.categoryNames ? Object.entries(a.categoryNames) : categories(a).map((c) => [c.id, c.name])), ['TOTAL', '总分'], ['GRADE', '等次']];
  const current = (target) => {
    if (target === 'TOTAL') return a.total;
    if (target === 'GRADE') return a.gradeLabel || a.grade;
    return a.result && a.result.categoryScores ? a.result.categoryScores[target] : null;
  };
  // the allowed range of the chosen target, shown before anything is typed (same policy the server checks)
  const rangeHint = el('p', { class: 'hint', id: 'adj-range', 'aria-live': 'polite' });
  const valueInput = el('input', { id: 'adj-value', name: 'value', type: 'text', inputmode: 'decimal', 'aria-describedby': 'adj-range' });
  const showRange = (target) => {
    const r = ranges.find((x) => x.target === target);
    const now = current(target);
    const nowText = now == null ? '' : `；当前 ${typeof now === 'number' ? formatNumber(now) : now}`;
    if (!r) { rangeHint.textContent = nowText ? nowText.slice(1) : ''; return; }
    if (r.target === 'GRADE') {
      rangeHint.textContent = `可选等次：${r.text}${nowText}`;
      valueInput.removeAttribute('data-min'); valueInput.removeAttribute('data-max');
      return;
    }
    const kind = r.target === 'TOTAL' ? '方案总分范围' : '分类下限与上限';
    rangeHint.textContent = `允许范围：${r.text}（${kind}）${nowText}`;
    if (r.min != null) valueInput.dataset.min = r.min; else valueInput.removeAttribute('data-min');
    if (r.max != null) valueInput.dataset.max = r.max; else valueInput.removeAttribute('data-max');
  };
  const targetSelect = el('select', { id: 'adj-target', name: 'target', onchange: (ev) => showRange(ev.target.value) },
    targets.map(([v, l]) => el('option', { value: v }, l)));
  const form = el('form', { class: 'adjust-form', id: 'adjust-form', novalidate: true },
    el('h3', {}, '调整结果（须说明理由）'),
    el('div', { class: 'grid grid-3' },
      el('div', { class: 'field', dataset: { field: 'target' } }, el('label', { for: 'adj-target' }, '调整项目'), targetSelect),
      el('div', { class: 'field', dataset: { field: 'value' } }, el('label', { for: 'adj-value' }, '调整为'), valueInput, rangeHint),
      el('div', { class: 'field', dataset: { field: 'reason' } }, el('label', { for: 'adj-reason' }, '理由'),
        el('input', { id: 'adj-reason', name: 'reason', type: 'text' }))),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, '确认调整')));
  const forget = keepTyping(form, `adjust-${a.id}`);
  showRange(targetSelect.value);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    busy(form, async () => {
      clearErrors(form);
      try {
        await api(`/api/assessments/${a.id}/adjustments`, { method: 'POST', body: {
          target: form.elements.target.value, value: form.elements.value.value, reason: form.elements.reason.value } });
        forget();
        await reload(row.assessmentId);
      } catch (e) {
        showErrors(form, e, { codeAtField: true, codes: { 'CAMPAIGN-010': 'reason', 'CAMPAIGN-018': 'target', 'CAMPAIGN-019': 'value', 'CAMPAIGN-021': 'value' } });
      }
    });
  });
  clear(panel,
    el('h2', { id: 'h-detail' }, `${a.cadre.name} 的计分说明`),
    resultSummary(a),
    explanationTable(a),
    a.ratingComment ? el('p', {}, el('strong', {}, '分管领导评语：'), a.ratingComment) : null,
    form);
  panel.focus();
}

async function reviewBox(task, campaign) {
  if (!task) return null;
  const form = el('form', { class: 'card review-form', novalidate: true },
    el('h2', {}, task.kind === 'REWORK' ? '整改评分' : '审议决定'),
    el('p', { class: task.overdue ? 'deadline overdue' : 'deadline' }, `截止：${formatDateTime(task.due)}`, task.overdue ? '（已逾期）' : ''),
    task.kind === 'REWORK' && campaign && campaign.reworkReason ? el('p', { class: 'rework-reason' }, el('strong', {}, '领导小组退回理由：'), campaign.reworkReason) : null,
    el('div', { class: 'field', dataset: { field: task.kind === 'REWORK' ? 'note' : 'reason' } },
      el('label', { for: 'review-text' }, task.kind === 'REWORK' ? '整改说明' : '退回理由（退回时必填）'),
      el('textarea', { id: 'review-text', name: 'text', rows: 2 })),
    el('div', { class: 'actions' }, task.kind === 'REWORK'
      ? [el('button', { type: 'submit', value: 'rework', id: 'rework-done' }, '整改完成，重新排名')]
      : [el('button', { type: 'submit', value: 'approve', id: 'approve' }, '审议通过，开始公示'),
         el('button', { type: 'submit', value: 'back', class: 'danger', id: 'send-back' }, '退回绩考办整改')]));
  const forget = keepTyping(form, `review-${task.id}`);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const choice = ev.submitter ? ev.submitter.value : 'approve';
    const text = form.elements.text.value;
    const body = choice === 'rework' ? { note: text } : choice === 'approve' ? { approve: true } : { approve: false, reason: text };
    busy(form, async () => {
      clearErrors(form);
      try {
        await api(`/api/tasks/${encodeURIComponent(task.id)}/claim`, { method: 'POST' });
        await api(`/api/tasks/${encodeURIComponent(task.id)}/complete`, { method: 'POST', body });
        forget();
        clear(form, el('div', { class: 'notice notice-ok', role: 'status' },
          choice === 'approve' ? '审议已通过，结果进入公示。' : choice === 'back' ? '已退回绩考办整改。' : '已重新排名，等待审议。'));
      } catch (e) { showErrors(form, e, { codes: { 'CAMPAIGN-010': 'reason' } }); }
    });
  });
  return form;
}

async function chooseCampaign() {
  const all = await api('/api/campaigns');
  clear(content, all.length ? el('ul', { class: 'cards' }, all.map((c) => el('li', {},
    el('a', { href: `committee.html?campaign=${c.id}` }, c.name), el('div', { class: 'meta' }, el('span', {}, c.statusLabel), el('span', {}, `${c.cadreCount} 人`)))))
    : el('p', { class: 'empty' }, '还没有考核批次。'));
}

async function load(selected) {
  let campaign; let ranking; let groupResult; let tasks; let adjustments;
  try {
    [campaign, ranking, groupResult, tasks, adjustments] = await Promise.all([
      api(`/api/campaigns/${campaignId}`), api(`/api/campaigns/${campaignId}/ranking`),
      api(`/api/campaigns/${campaignId}/group-result`).catch(() => null),
      api('/api/tasks').catch(() => []), api(`/api/campaigns/${campaignId}/adjustments`).catch(() => [])]);
  } catch (e) { clear(content); notice(content, e.message, 'error'); return; }
  const task = tasks.find((t) => (t.kind === 'COMMITTEE_REVIEW' || t.kind === 'REWORK') && String(t.campaignId) === String(campaignId));
  const panel = el('section', { class: 'card detail', tabindex: '-1', 'aria-live': 'polite', 'aria-labelledby': 'h-detail' },
    el('p', { class: 'empty', id: 'h-detail' }, '点击干部姓名查看计分说明。'));
  const reload = (id) => load(id);
  const rows = ranking.map((r) => {
    const tr = el('tr', { dataset: { assessmentId: r.assessmentId }, class: String(r.assessmentId) === String(selected) ? 'selected' : null },
      el('td', { class: 'num' }, formatNumber(r.rank)),
      el('td', {}, el('button', { type: 'button', class: 'link-button cadre', 'aria-controls': 'detail',
        onclick: () => { tr.parentNode.querySelectorAll('tr').forEach((x) => x.classList.remove('selected')); tr.classList.add('selected'); detail(r, panel, reload); } }, r.name),
        r.underAppeal ? el('span', { class: 'badge badge-warn' }, '申诉中') : null),
      el('td', { class: 'num total' }, formatNumber(r.total),
        r.originalTotal != null ? el('div', { class: 'meta original' }, el('span', { class: 'badge badge-warn' }, '已调整'), `原总分 ${formatNumber(r.originalTotal)}`) : null),
      el('td', {}, r.gradeLabel || '—'),
      el('td', {}, r.eligible === false ? '无' : '有'),
      el('td', { class: 'num' }, formatNumber(r.pay)),
      el('td', {}, r.status));
    return tr;
  });
  panel.id = 'detail';
  const names = {};
  ranking.forEach((r) => { names[r.assessmentId] = r.name; });
  const ranked = ranking.some((r) => r.rank != null);
  const failure = parseJson(groupResult);
  let board;
  if (ranked) {
    board = el('div', { class: 'two-col' },
      el('section', { class: 'card', 'aria-labelledby': 'h-ranking' }, el('h2', { id: 'h-ranking' }, '排名与等次'),
        table([{ label: '名次', num: true }, '姓名', { label: '总分', num: true }, '等次', '评先资格', { label: '奖金', num: true }, '状态'], rows, { class: 'ranking' }),
        el('h2', {}, '等次名额'), quotaView(groupResult)),
      panel);
  } else {
    // never an empty board of "—": say why there is no ranking yet and what is missing
    const inputs = await api(`/api/campaigns/${campaignId}/inputs`).catch(() => null);
    board = el('section', { class: 'card', id: 'not-ranked', 'aria-labelledby': 'h-ranking' }, el('h2', { id: 'h-ranking' }, '尚未排名'),
      failure && !Array.isArray(failure) && failure.message
        ? el('div', { class: 'notice notice-error', role: 'alert' }, `排名未能算出：${failure.message}`,
          el('ul', {}, (failure.problems || []).slice(0, 20).map((p) => el('li', {}, p.message))))
        : el('p', {}, '排名所需材料齐全后自动计算排名，届时在此审议。'),
      inputs ? el('ul', { class: 'inputs' }, inputs.items.map((i) => el('li', { class: i.complete ? 'ok' : 'missing' },
        `${i.complete ? '✓' : '✗'} ${i.label}`, i.complete ? (i.missing && i.missing.length ? `：未设置 ${i.missing.join('、')}` : '')
          : `：缺 ${i.missing.join('、')}`))) : null);
  }
  // withdrawing asks for a reason in place (required; the server's error shows at the field with its code)
  const withdraw = (x, cell) => {
    const form = el('form', { class: 'withdraw-form', novalidate: true },
      el('div', { class: 'field', dataset: { field: 'reason' } },
        el('label', { for: `withdraw-reason-${x.id}` }, '撤回理由'),
        el('input', { id: `withdraw-reason-${x.id}`, name: 'reason', type: 'text' })),
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'danger' }, '确认撤回')));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      busy(form, async () => {
        clearErrors(form);
        try {
          await api(`/api/adjustments/${x.id}/withdraw`, { method: 'POST', body: { reason: form.elements.reason.value } });
          await reload(x.assessmentId);
        } catch (e) { showErrors(form, e, { codeAtField: true, codes: { 'CAMPAIGN-010': 'reason' } }); }
      });
    });
    clear(cell, form);
    form.elements.reason.focus();
  };
  // a committee adjustment is withdrawn during the review; an appeal adjustment until the campaign is finalised
  const withdrawable = (x) => (x.source === 'APPEAL'
    ? campaign.status === 'PUBLIC_NOTICE' || campaign.status === 'AWAITING_APPEALS'
    : campaign.status === 'COMMITTEE_REVIEW');
  clear(content,
    el('p', { class: 'meta' }, el('span', {}, campaign.name), el('span', {}, campaign.statusLabel), el('span', {}, `审议截止 ${formatDateTime(campaign.reviewDue)}`)),
    await reviewBox(task, campaign),
    board,
    adjustments.length ? el('section', { class: 'card' }, el('h2', {}, '调整记录'),
      table(['时间', '个人考核', '来源', '项目', '调整为', '理由', '经办人', '状态'], adjustments.map((x) => el('tr', { class: x.withdrawnAt ? 'withdrawn' : null, dataset: { adjustmentId: x.id, source: x.source } },
        el('td', {}, formatDateTime(x.adjustedAt)), el('td', {}, names[x.assessmentId] || x.assessmentId),
        el('td', {}, x.source === 'APPEAL' ? `申诉裁定（申诉 ${x.sourceRef}）` : '审议调整'),
        el('td', {}, x.target), el('td', {}, x.newValue), el('td', {}, x.reason), el('td', {}, x.adjustedBy || '—'),
        el('td', {}, x.withdrawnAt
          ? `已撤回（${x.withdrawnBy}，${formatDateTime(x.withdrawnAt)}：${x.withdrawnReason}）`
          : withdrawable(x) ? el('button', { type: 'button', class: 'secondary withdraw', onclick: (ev) => withdraw(x, ev.target.closest('td')) }, '撤回') : '有效'))))) : null,
    el('section', { class: 'card', 'aria-labelledby': 'h-reports' }, el('h2', { id: 'h-reports' }, '报表（报送党委）'), reportLinks(campaign.id)));
  if (selected) {
    const r = ranking.find((x) => String(x.assessmentId) === String(selected));
    if (r) detail(r, panel, reload);
  }
}

if (campaignId) load(); else chooseCampaign().catch((e) => notice(content, e.message, 'error'));
