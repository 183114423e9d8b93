// 领导小组审议: ranking with grades, quota check, explanation per cadre on click, adjust with reason,
// approve / send back through the COMMITTEE_REVIEW task.
import { api, busy, clear, clearErrors, el, formatDateTime, formatNumber, keepTyping, notice, numberProblems, pagedList, pageQuery, param,
  parseNumber, rangeText, reportLinks, showErrors, showProblems, sortGrades } from './api.js';
import { hasRole } from './api.js';
import { layout } from './layout.js';
import { categories, explanationTable, resultSummary, table } from './assessment-view.js';
import { interviewList } from './interview-view.js';

const content = document.getElementById('content');
const user = await layout('committee.html');
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
      groups.length > 1 ? el('h3', {}, g.groupLabel || g.group || '全体') : null,
      el('p', {}, '名额检查：', q.ok ? el('span', { class: 'badge badge-ok' }, '符合') : el('span', { class: 'badge badge-overdue' }, '违反名额')),
      table(['等次', { label: '人数', num: true }, { label: '名额', num: true }, '结果'], sortGrades(q.grades || []).map((c) => el('tr', {},
        el('td', {}, c.label || '—'), el('td', { class: 'num' }, c.count),
        el('td', { class: 'num' }, c.limit == null ? '不设名额' : `${c.bound === 'MIN' ? '≥' : '≤'}${c.limit}`),
        el('td', {}, c.ok ? '符合' : '违反')))),
      (q.subgroups || []).length ? el('ul', {}, q.subgroups.map((s) => el('li', {},
        `${s.name}：${s.withTag}/${s.members}（要求 ≥ ${s.minShare}）${s.ok ? '符合' : '违反'}`, s.clause ? `（${s.clause}）` : ''))) : null,
      g.pay && g.pay.pool != null ? el('p', { class: 'meta' }, `奖金总额 ${g.pay.pool} 元，已分配 ${g.pay.allocated} 元，实发 ${g.pay.paid} 元${g.pay.ok ? '' : '（超出总额）'}`) : null);
  });
}

async function detail(row, panel, reload, mayAdjust) {
  clear(panel, el('p', { class: 'empty' }, '正在加载…'));
  let a; let ranges; let interviews;
  try {
    [a, ranges, interviews] = await Promise.all([api(`/api/assessments/${row.assessmentId}`), api(`/api/assessments/${row.assessmentId}/adjustment-ranges`),
      api(`/api/assessments/${row.assessmentId}/interviews`).catch((e) => e)]);
  } catch (e) { clear(panel); notice(panel, `计分说明未能加载：${e.message}`, 'error'); return; }
  const current = (target) => {
    if (target === 'TOTAL') return a.total;
    if (target === 'GRADE') return a.gradeLabel || null;
    return a.result && a.result.categoryScores ? a.result.categoryScores[target] : null;
  };
  // the allowed range of the chosen target, shown before anything is typed (same policy the server checks)
  const rangeHint = el('p', { class: 'hint', id: 'adj-range', 'aria-live': 'polite' });
  const valueInput = el('input', { id: 'adj-value', name: 'value', type: 'text', inputmode: 'decimal', 'aria-describedby': 'adj-range',
    dataset: { number: '', required: '' } });
  const gradeRange = ranges.find((r) => r.target === 'GRADE');
  const gradeSelect = el('select', { id: 'adj-grade', name: 'grade', 'aria-describedby': 'adj-range', hidden: true },
    el('option', { value: '' }, '请选择等次'),
    sortGrades(gradeRange ? gradeRange.grades || [] : []).map((g) => el('option', { value: g }, g)));
  const showRange = (target) => {
    const r = ranges.find((x) => x.target === target);
    const now = current(target);
    const nowText = now == null ? '' : `当前 ${typeof now === 'number' ? formatNumber(now) : now}`;
    const grade = target === 'GRADE';
    valueInput.hidden = grade;
    gradeSelect.hidden = !grade;
    if (grade) {
      delete valueInput.dataset.number;
      rangeHint.textContent = `可选等次：${sortGrades(r ? r.grades || [] : []).join('、')}${nowText ? '；' + nowText : ''}`;
      return;
    }
    valueInput.dataset.number = '';
    const kind = target === 'TOTAL' ? '方案总分范围' : '分类下限与上限';
    const text = r ? rangeText(r.min, r.max) : '不设上下限';
    rangeHint.textContent = `允许范围：${text}（${kind}）${nowText ? '；' + nowText : ''}`;
    if (r && r.min != null) valueInput.dataset.min = r.min; else delete valueInput.dataset.min;
    if (r && r.max != null) valueInput.dataset.max = r.max; else delete valueInput.dataset.max;
  };
  const targetSelect = el('select', { id: 'adj-target', name: 'target', onchange: (ev) => showRange(ev.target.value) },
    el('option', { value: '' }, '请选择调整项目'),
    ranges.map((r) => el('option', { value: r.target }, r.label)));
  const form = el('form', { class: 'adjust-form', id: 'adjust-form', novalidate: true },
    el('h3', {}, '调整结果（须说明理由）'),
    el('div', { class: 'grid grid-3' },
      el('div', { class: 'field', dataset: { field: 'target' } }, el('label', { for: 'adj-target' }, '调整项目'), targetSelect),
      el('div', { class: 'field', dataset: { field: 'value' } }, el('label', { for: 'adj-value' }, '调整为'), valueInput, gradeSelect, rangeHint),
      el('div', { class: 'field', dataset: { field: 'reason' } }, el('label', { for: 'adj-reason' }, '理由'),
        el('input', { id: 'adj-reason', name: 'reason', type: 'text' }))),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, '确认调整')));
  const forget = keepTyping(form, `adjust-${a.id}`);
  showRange(targetSelect.value);
  // every problem at once, at its field, before anything is sent; the server checks the same and more
  const check = () => {
    const target = targetSelect.value;
    const problems = [];
    if (!target) problems.push({ field: 'target', message: '请选择调整项目' });
    else if (target === 'GRADE') { if (!gradeSelect.value) problems.push({ field: 'value', message: '请选择调整后的等次' }); }
    else problems.push(...numberProblems(form).map((p) => ({ ...p, field: 'value', message: p.message === '请填写' ? '请填写调整后的分数' : p.message })));
    if (!form.elements.reason.value.trim()) problems.push({ field: 'reason', message: '请填写调整理由' });
    return problems;
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const problems = check();
    if (problems.length) { showProblems(form, problems); return; }
    busy(form, async () => {
      clearErrors(form);
      const target = targetSelect.value;
      const value = target === 'GRADE' ? gradeSelect.value : String(parseNumber(valueInput.value));
      try {
        await api(`/api/assessments/${a.id}/adjustments`, { method: 'POST', body: { target, value, reason: form.elements.reason.value } });
        forget();
        form.reset();
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
    // who did which step when: the audit trail is the assessment's record (docs/adr/0003)
    el('p', {}, el('a', { id: 'assessment-audit', href: `audit.html?entityType=Assessment&entityId=${a.id}` }, '查看办理记录（自评、评分、调整）')),
    // seed 001 篇三 面谈: read-only here; the leader records them on 考核面谈
    el('section', { class: 'interviews-block', 'aria-labelledby': 'h-interviews' }, el('h3', { id: 'h-interviews' }, '考核面谈'),
      interviews instanceof Error ? el('p', { class: 'notice notice-error' }, `面谈记录未能加载：${interviews.message}`) : interviewList(interviews)),
    mayAdjust ? form : el('p', { class: 'hint' }, '结果只在领导小组审议期间由领导小组成员调整。'));
  panel.focus();
}

async function reviewBox(task, campaign) {
  if (!task) return null;
  const rework = task.kind === 'REWORK';
  const reasonBox = el('div', { class: 'field send-back-reason', dataset: { field: rework ? 'note' : 'reason' }, hidden: !rework },
    el('label', { for: 'review-text' }, rework ? '整改说明' : '退回理由'),
    el('textarea', { id: 'review-text', name: 'text', rows: 2 }));
  const submit = el('button', { type: 'submit', id: rework ? 'rework-done' : 'review-submit' }, rework ? '整改完成，重新排名' : '审议通过，开始公示');
  // the reason box is there only when 退回 is chosen; one button does what is chosen
  const choose = () => {
    const back = form.elements.decision && form.elements.decision.value === 'back';
    reasonBox.hidden = !back;
    submit.textContent = back ? '退回绩考办整改' : '审议通过，开始公示';
    submit.classList.toggle('danger', back);
  };
  const form = el('form', { class: 'card review-form', novalidate: true },
    el('h2', {}, rework ? '整改评分' : '审议决定'),
    el('p', { class: task.overdue ? 'deadline overdue' : 'deadline' }, `截止：${formatDateTime(task.due)}`, task.overdue ? '（已逾期）' : ''),
    rework && campaign && campaign.reworkReason ? el('p', { class: 'rework-reason' }, el('strong', {}, '领导小组退回理由：'), campaign.reworkReason) : null,
    rework ? null : el('fieldset', { dataset: { field: 'decision' } }, el('legend', {}, '审议结果'),
      el('div', { class: 'checks' },
        el('label', {}, el('input', { type: 'radio', name: 'decision', value: 'approve', id: 'approve', checked: true, onchange: choose }), '审议通过'),
        el('label', {}, el('input', { type: 'radio', name: 'decision', value: 'back', id: 'send-back', onchange: choose }), '退回绩考办整改'))),
    reasonBox,
    el('div', { class: 'actions' }, submit));
  const forget = keepTyping(form, `review-${task.id}`);
  choose();
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const choice = rework ? 'rework' : form.elements.decision.value;
    const text = form.elements.text.value;
    if (choice === 'back' && !text.trim()) { showProblems(form, [{ field: 'reason', message: '请填写退回理由' }]); return; }
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

/** A request whose failure the page shows in place of its part (never as "no data"). */
async function settle(promise) {
  try { return { value: await promise }; } catch (e) { return { error: e }; }
}

function failed(what, error) {
  return el('div', { class: 'notice notice-error', role: 'alert' }, `${what}未能加载：${error.message}`);
}

async function load(selected) {
  let campaign; let first;
  try {
    [campaign, first] = await Promise.all([api(`/api/campaigns/${campaignId}`),
      api(`/api/campaigns/${campaignId}/ranking?page=0&size=1&sort=rank,asc`)]);
  } catch (e) { clear(content); notice(content, e.message, 'error'); return; }
  const [groupResult, tasks, adjustments] = await Promise.all([
    settle(api(`/api/campaigns/${campaignId}/group-result`)), settle(api('/api/tasks')), settle(api(`/api/campaigns/${campaignId}/adjustments`))]);
  const task = tasks.value && tasks.value.find((t) => (t.kind === 'COMMITTEE_REVIEW' || t.kind === 'REWORK') && String(t.campaignId) === String(campaignId));
  const mayAdjust = campaign.status === 'COMMITTEE_REVIEW' && hasRole(user, 'COMMITTEE');
  const panel = el('section', { class: 'card detail', id: 'detail', tabindex: '-1', 'aria-live': 'polite', 'aria-labelledby': 'h-detail' },
    el('p', { class: 'empty', id: 'h-detail' }, '点击干部姓名查看计分说明。'));
  const reload = (id) => load(id);
  const open = (r, tr) => {
    tr.parentNode.querySelectorAll('tr').forEach((x) => x.classList.remove('selected'));
    tr.classList.add('selected');
    detail(r, panel, reload, mayAdjust);
  };
  const ranked = first.length > 0 && first[0].rank != null;
  const failure = groupResult.value ? parseJson(groupResult.value) : null;
  let board;
  if (ranked) {
    // the board a page at a time, searched and sorted on the server (a county campaign has thousands of rows)
    const list = pagedList({
      id: 'ranking-board',
      searchLabel: '查找干部',
      searchHint: '姓名或单位名称',
      sort: 'rank,asc',
      tableClass: 'ranking',
      rowAttrs: (r) => ({ dataset: { assessmentId: r.assessmentId }, class: String(r.assessmentId) === String(selected) ? 'selected' : null }),
      fetchPage: (state) => api(`/api/campaigns/${campaignId}/ranking?${pageQuery(state)}`, { withTotal: true }),
      columns: [
        { label: '名次', sort: 'rank', num: true, cell: (r) => formatNumber(r.rank) },
        { label: '姓名', sort: 'name', cell: (r) => [el('button', { type: 'button', class: 'link-button cadre', 'aria-controls': 'detail',
          onclick: (ev) => open(r, ev.target.closest('tr')) }, r.name), r.underAppeal ? el('span', { class: 'badge badge-warn' }, '申诉中') : null] },
        { label: '总分', sort: 'total', num: true, cell: (r) => [formatNumber(r.total),
          r.originalTotal != null ? el('div', { class: 'meta original' }, el('span', { class: 'badge badge-warn' }, '已调整'), `原总分 ${formatNumber(r.originalTotal)}`) : null] },
        { label: '等次', sort: 'grade', cell: (r) => r.gradeLabel || '—' },
        { label: '评先资格', cell: (r) => (r.eligible === false ? '无' : '有') },
        { label: '奖金', num: true, cell: (r) => formatNumber(r.pay) },
        { label: '状态', sort: 'status', cell: (r) => r.status },
      ],
    });
    board = el('div', { class: 'two-col' },
      el('section', { class: 'card', 'aria-labelledby': 'h-ranking' }, el('h2', { id: 'h-ranking' }, '排名与等次'), list,
        el('h2', {}, '等次名额'), groupResult.error ? failed('等次名额', groupResult.error) : quotaView(groupResult.value)),
      panel);
  } else {
    // never an empty board of "—": say why there is no ranking yet and what is missing
    const inputs = await settle(api(`/api/campaigns/${campaignId}/inputs`));
    board = el('section', { class: 'card', id: 'not-ranked', 'aria-labelledby': 'h-ranking' }, el('h2', { id: 'h-ranking' }, '尚未排名'),
      failure && !Array.isArray(failure) && failure.message
        ? el('div', { class: 'notice notice-error', role: 'alert' }, `排名未能算出：${failure.message}`,
          el('ul', {}, (failure.problems || []).slice(0, 20).map((p) => el('li', {}, p.message))))
        : el('p', {}, '排名所需材料齐全后自动计算排名，届时在此审议。'),
      inputs.error ? (inputs.error.status === 403 ? null : failed('材料清单', inputs.error))
        : el('ul', { class: 'inputs' }, inputs.value.items.map((i) => el('li', { class: i.complete ? 'ok' : 'missing' },
          `${i.complete ? '✓' : '✗'} ${i.label}`, i.complete ? (i.missing && i.missing.length ? `：未设置 ${i.missing.join('、')}` : '')
            : `：缺 ${i.missing.join('、')}`))));
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
      if (!form.elements.reason.value.trim()) { showProblems(form, [{ field: 'reason', message: '请填写撤回理由' }]); return; }
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
  const withdrawable = (x) => hasRole(user, 'COMMITTEE') && (x.source === 'APPEAL'
    ? campaign.status === 'PUBLIC_NOTICE' || campaign.status === 'AWAITING_APPEALS'
    : campaign.status === 'COMMITTEE_REVIEW');
  const adjustmentsBox = adjustments.error ? el('section', { class: 'card' }, el('h2', {}, '调整记录'), failed('调整记录', adjustments.error))
    : adjustments.value.length ? el('section', { class: 'card' }, el('h2', {}, '调整记录'),
      table(['时间', '干部', '来源', '项目', '调整为', '理由', '经办人', '状态'], adjustments.value.map((x) => el('tr', { class: x.withdrawnAt ? 'withdrawn' : null, dataset: { adjustmentId: x.id, source: x.source } },
        el('td', {}, formatDateTime(x.adjustedAt)), el('td', {}, x.subjectName || '—'),
        el('td', {}, x.source === 'APPEAL' ? `申诉裁定（申诉编号 ${x.sourceRef}）` : '审议调整'),
        el('td', {}, x.targetLabel || '—'), el('td', {}, x.newValue), el('td', {}, x.reason), el('td', {}, x.adjustedByName || '—'),
        el('td', {}, x.withdrawnAt
          ? `已撤回（${x.withdrawnByName || '—'}，${formatDateTime(x.withdrawnAt)}：${x.withdrawnReason}）`
          : withdrawable(x) ? el('button', { type: 'button', class: 'secondary withdraw', onclick: (ev) => withdraw(x, ev.target.closest('td')) }, '撤回') : '有效'))),
      { class: 'adjustments' })) : null;
  clear(content,
    el('p', { class: 'meta' }, el('span', {}, campaign.name), el('span', {}, campaign.statusLabel), el('span', {}, `审议截止 ${formatDateTime(campaign.reviewDue)}`)),
    tasks.error ? failed('待办', tasks.error) : await reviewBox(task, campaign),
    board,
    adjustmentsBox,
    el('section', { class: 'card', 'aria-labelledby': 'h-reports' }, el('h2', { id: 'h-reports' }, '报表（报送党委）'), reportLinks(campaign.id)));
  if (selected) {
    detail({ assessmentId: selected }, panel, reload, mayAdjust);
  }
}

if (campaignId) load(); else chooseCampaign().catch((e) => { clear(content); notice(content, e.message, 'error'); });
