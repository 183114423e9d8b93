// 绩考办: campaigns (open, progress, reports), group ratings, ledger entry and reversal, roster import,
// scheme presets and preview, holiday calendar.
import { api, busy, serverNow, clear, clearErrors, el, formatDate, formatDateTime, formatNumber, hasRole, keepTyping, localInputToIso, notice, pagedList, reportLinks, showErrors } from './api.js';
import { layout } from './layout.js';
import { table } from './assessment-view.js';
import { cadrePicker, campaignPicker } from './picker.js';

const content = document.getElementById('content');
const user = await layout('office.html');

const SECTIONS = [
  ['campaigns', '考核批次', campaignsSection], ['group-ratings', '集体评分', groupRatingsSection],
  ['village-grades', '村党建等次', villageGradesSection], ['ledger', '台账登记', ledgerSection], ['roster', '花名册', rosterSection],
  ['schemes', '考核方案', schemesSection], ['calendar', '节假日', calendarSection],
];
const CYCLES = [['MONTHLY', '月度'], ['QUARTERLY', '季度'], ['ANNUAL', '年度']];

function field(name, label, input, hint) {
  input.id = input.id || `f-${name}`;
  if (!input.name) input.name = name;
  return el('div', { class: 'field', dataset: { field: name } }, el('label', { for: input.id }, label), hint ? el('p', { class: 'hint' }, hint) : null, input);
}
const text = (attrs = {}) => el('input', { type: 'text', ...attrs });
// Numbers are typed in text boxes: a browser's number box drops "abc" silently (the clerk then sees 请填写); here the
// text stays as typed and is reported as 请填写数字 at its field.
const num = (attrs = {}) => el('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off', dataset: { number: '' }, ...attrs });
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
const select = (options, attrs = {}) => el('select', attrs, options.map(([v, l]) => el('option', { value: v }, l)));
const flatten = (nodes, depth = 0) => nodes.flatMap((n) => [[n.id, `${'　'.repeat(depth)}${n.name}`], ...flatten(n.children || [], depth + 1)]);

/** Number fields whose text is not a number ("abc"): the browser reads them as empty, the clerk is told 请填写数字. */
function numberProblems(form) {
  return [...form.querySelectorAll('input[data-number], input[type=number]')]
    .filter((i) => i.validity.badInput || (i.value.trim() !== '' && !NUMBER.test(i.value.trim())))
    .map((i) => ({ field: i.name, message: '请填写数字' }));
}

/**
 * Sends a form with work(); every problem is shown at its field. work may answer a function: it runs after the typed
 * copy is forgotten (so a form drawn again after success starts empty, not with the previous entry's values).
 */
function submitter(form, key, work, hints) {
  const forget = keepTyping(form, key);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    busy(form, async () => {
      clearErrors(form);
      const typed = numberProblems(form);
      if (typed.length) {
        showErrors(form, { message: typed.length === 1 ? '请填写数字' : `共 ${typed.length} 处错误`, problems: typed }, hints);
        return;
      }
      let then;
      try { then = await work(ev.submitter); } catch (e) { showErrors(form, e, hints); return; }
      forget();
      if (typeof then === 'function') await then();
    });
  });
}

// ---- campaigns ----
const CANCELLABLE = ['OPENING', 'IN_PROGRESS', 'COMMITTEE_REVIEW', 'REWORK'];

/** Cancels a campaign opened by mistake, with a reason (audited); the unit and period can be opened again. */
async function cancelCampaign(c) {
  const reason = window.prompt(`撤销“${c.name}”：所有待办将被取消。请填写撤销理由：`);
  if (reason === null) return;
  try {
    await api(`/api/campaigns/${c.id}/cancel`, { body: { reason } });
    await show('campaigns', `已撤销“${c.name}”。`);
  } catch (e) {
    window.alert(`${e.message}${e.code ? `（${e.code}）` : ''}`);
  }
}
const CAMPAIGN_COLUMNS = [
  { sort: 'name', label: '考核批次', cell: (c) => [el('strong', {}, c.name), ' ', el('span', { class: 'badge' }, c.statusLabel)] },
  { sort: 'period', label: '考核期间', cell: (c) => c.period },
  { sort: 'status', label: '状态', cell: (c) => c.statusLabel },
  { label: '进度', cell: (c) => el('div', { class: 'meta' },
    el('label', {}, `已生成个人考核 ${c.openedCount}/${c.cadreCount}`, el('progress', { max: c.cadreCount || 1, value: c.openedCount })),
    el('label', {}, `已评分 ${c.ratedCount}/${c.cadreCount}`, el('progress', { max: c.cadreCount || 1, value: c.ratedCount }))) },
  { sort: 'openedAt', label: '截止与公示', cell: (c) => el('div', { class: 'meta' }, el('span', {}, `自评截止 ${formatDate(c.selfEvaluationDue)}`), ' ',
    el('span', {}, `评分截止 ${formatDate(c.ratingDue)}`), c.noticeStart ? el('p', {}, `公示 ${formatDateTime(c.noticeStart)} 至 ${formatDateTime(c.noticeEnd)}`) : null) },
  { label: '操作', cell: (c) => [el('div', { class: 'actions' }, el('a', { href: `committee.html?campaign=${c.id}`, class: 'button secondary' }, '排名与审议'),
    CANCELLABLE.includes(c.status) ? el('button', { type: 'button', class: 'secondary danger', onclick: () => cancelCampaign(c) }, '撤销批次') : null),
  el('details', {}, el('summary', {}, '报表下载'), reportLinks(c.id))] },
];

async function campaignsSection(box) {
  const [units, schemes] = await Promise.all([api('/api/units'), api('/api/schemes')]);
  const list = pagedList({ url: '/api/campaigns', id: 'campaign-list', columns: CAMPAIGN_COLUMNS, sort: 'id,desc', size: 10,
    searchLabel: '搜索批次名称或期间', empty: '还没有考核批次。', rowAttrs: (c) => ({ dataset: { campaignId: c.id } }) });
  const year = new Date(serverNow()).getFullYear();
  const form = el('form', { class: 'card', id: 'open-campaign', novalidate: true },
    el('h3', {}, '开启考核批次'),
    el('div', { class: 'grid grid-2' },
      field('unitId', '单位', select([['', '请选择'], ...flatten(units)])),
      field('schemeVersionId', '考核方案版本', select([['', '请选择'], ...schemes.map((s) => [s.id, `${s.name} v${s.version}`])])),
      field('cycle', '考核周期', select(CYCLES)),
      field('period', '考核期间', text({ placeholder: `${year} / ${year}-Q4 / ${year}-11` }), '年度填 2026，季度填 2026-Q4，月度填 2026-11'),
      field('selfEvaluationDue', '自评截止', el('input', { type: 'datetime-local' })),
      field('ratingDue', '评分截止', el('input', { type: 'datetime-local' })),
      field('reviewDue', '审议截止', el('input', { type: 'datetime-local' })),
      field('payPool', '奖金总额（元）', num({ step: '0.01', min: '0.01' }), '按得分分配奖金的方案必填，须大于 0'),
      field('payoutPeriod', '发放期间（可不填）', text({ placeholder: `${year}-Q3` }), '按季度发放时填季度，如 2026-Q3；不填即本期'),
      field('name', '批次名称（可不填）', text())),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, '开启')));
  submitter(form, 'open-campaign', async () => {
    const f = form.elements;
    const c = await api('/api/campaigns', { body: {
      name: f.name.value || null, unitId: f.unitId.value || null, cycle: f.cycle.value, period: f.period.value || null,
      schemeVersionId: f.schemeVersionId.value || null, selfEvaluationDue: localInputToIso(f.selfEvaluationDue.value),
      ratingDue: localInputToIso(f.ratingDue.value), reviewDue: localInputToIso(f.reviewDue.value),
      payPool: f.payPool.value || null, payoutPeriod: f.payoutPeriod.value || null } });
    return () => show('campaigns', `已开启“${c.name}”，共 ${c.cadreCount} 人。`);
  }, { codes: { 'CAMPAIGN-003': 'selfEvaluationDue', 'CAMPAIGN-002': 'unitId', 'CAMPAIGN-016': 'unitId', 'CAMPAIGN-001': 'period',
    'CAMPAIGN-050': 'cycle', 'CAMPAIGN-051': 'payPool', 'CAMPAIGN-052': 'payPool', 'CAMPAIGN-053': 'payPool', 'CAMPAIGN-054': 'payoutPeriod' } });
  box.append(list, form);
  await list.ready;
}

// ---- group ratings ----
/** What the ranking still needs, by name; the ranking starts by itself once the list is complete. */
function inputsChecklist(list) {
  return el('section', { class: 'card inputs', id: 'inputs-checklist' },
    el('h3', {}, list.complete ? '排名所需材料已齐全' : '排名所需材料（未齐，录入后自动计算排名）'),
    el('ul', {}, list.items.map((i) => el('li', { class: i.complete ? 'ok' : 'missing', dataset: { code: i.code } },
      el('strong', {}, `${i.complete ? '✓' : '✗'} ${i.label}`),
      i.complete ? (i.missing && i.missing.length ? el('span', {}, `：未设置 ${i.missing.join('、')}`) : null)
        : el('span', {}, `：缺 ${i.missing.join('、')}`)))));
}

async function groupRatingsSection(box) {
  // a county has many campaigns: searched on the server, the newest offered first (no dropdown of every campaign)
  const pick = campaignPicker({ id: 'gr-campaign', name: 'campaign' });
  const area = el('div');
  const load = async () => {
    clear(area);
    if (!pick.value) return;
    const [slots, ranking, overview, inputs] = await Promise.all([api(`/api/campaigns/${pick.value}/group-rating-slots`),
      api(`/api/campaigns/${pick.value}/ranking`), api(`/api/campaigns/${pick.value}/group-ratings`),
      api(`/api/campaigns/${pick.value}/inputs`)]);
    if (inputs) area.append(inputsChecklist(inputs));
    const campaign = pick.item;
    if (campaign && BEFORE_RANKING.includes(campaign.status)) area.append(await exclusionsCard(campaign, ranking, load));
    const sheets = overview.sheets;
    if (sheets.expected > 0) {
      area.append(el('p', { class: 'meta', id: 'sheet-progress' }, `在线测评表：已交 ${sheets.submitted}/${sheets.expected}`
        + (sheets.missing.length ? `，未交：${sheets.missing.join('、')}` : '') + '。测评表不记名，只显示全部交齐后的平均分，绩考办不能代填。'));
    }
    if (!slots.length) { area.append(el('p', { class: 'empty' }, '本方案没有需要绩考办录入的集体评分项目。')); return; }
    // only the office's own paper figures are shown and sent back: online sheets are never copied into this form
    const value = (cadreId, s) => overview.paper.find((g) => g.cadreId === cadreId && g.raterGroup === s.raterGroup && g.part === s.part);
    const form = el('form', { class: 'group-ratings', novalidate: true },
      table(['干部', ...slots.map((s) => `${s.name}${s.max != null ? `（满分 ${s.max}）` : ''}`)], ranking.map((r) => el('tr', {},
        el('td', {}, r.name),
        slots.map((s, i) => {
          const v = value(r.cadreId, s);
          const name = `gr.${r.cadreId}.${i}`;
          return el('td', { dataset: { field: name } }, (s.grades && s.grades.length)
            ? select([['', '—'], ...s.grades.map((g) => [g, g])], { name, 'aria-label': `${r.name} ${s.name}` })
            : num({ step: '0.01', min: 0, max: s.max, name, class: 'score-input', 'aria-label': `${r.name} ${s.name}`, value: v ? v.score : null }));
        })))),
      field('reason', '录入说明（来源、会议）', text()),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, '保存集体评分')));
    ranking.forEach((r) => slots.forEach((s, i) => { const v = value(r.cadreId, s); if (v && v.grade) form.elements[`gr.${r.cadreId}.${i}`].value = v.grade; }));
    const initial = (r, s, i) => { const v = value(r.cadreId, s); return v ? String((s.grades && s.grades.length) ? v.grade : v.score) : ''; };
    submitter(form, `gr-${pick.value}`, async () => {
      const entries = [];
      const cells = []; // the cell of each entry, so that entries[3].score is shown in its cell
      ranking.forEach((r) => slots.forEach((s, i) => {
        const v = form.elements[`gr.${r.cadreId}.${i}`].value.trim();
        if (v === '' || v === initial(r, s, i)) return; // only what the office typed or changed now
        entries.push({ cadreId: r.cadreId, raterGroup: s.raterGroup, part: s.part, ...(s.grades && s.grades.length ? { grade: v } : { score: v }) });
        cells.push({ name: `gr.${r.cadreId}.${i}`, who: `${r.name} ${s.name}` });
      }));
      if (!entries.length) { notice(form, '没有新录入或修改的项目。', 'ok'); return; }
      let res;
      try {
        res = await api(`/api/campaigns/${pick.value}/group-ratings`, { method: 'PUT', body: { entries, reason: form.elements.reason.value } });
      } catch (e) {
        e.problems = (e.problems || []).map((p) => {
          const m = /^entries\[(\d+)\]/.exec(p.field || '');
          const cell = m && cells[Number(m[1])];
          return cell ? { ...p, field: cell.name, message: `${cell.who}：${p.message}` } : p;
        });
        throw e;
      }
      return async () => {
        await load();
        notice(area.querySelector('form.group-ratings') || area, `已保存 ${res.entered} 项。`, 'ok');
      };
    });
    area.append(form);
  };
  pick.element.addEventListener('change', () => load().catch((e) => notice(area, `加载失败：${e.message}`, 'error')));
  box.append(pick.element, area);
}

// ---- exclusions (issue 13, docs/adr/0017): only before the ranking ----
const BEFORE_RANKING = ['OPENING', 'IN_PROGRESS', 'REWORK'];

/** One inline form with a reason: 不参加排名 (PUT) or 撤销 (DELETE); CAMPAIGN-070/071 shown at the reason. */
function exclusionForm(campaign, row, excluded, reload) {
  const label = excluded ? '撤销' : '不参加排名';
  const form = el('form', { class: 'inline', novalidate: true, dataset: { assessmentId: row.assessmentId } },
    // CAMPAIGN-071 names the assessment: its message lands at the reason, where the clerk is
    el('div', { class: 'field', dataset: { field: 'reason' } }, el('span', { dataset: { field: 'assessmentId' } }), el('input', { type: 'text', name: 'reason',
      'aria-label': `${row.name} ${excluded ? '撤销理由' : '不参加排名的原因'}`, placeholder: excluded ? '撤销理由' : '不参加排名的原因' })),
    el('button', { type: 'submit', class: excluded ? 'secondary' : 'secondary danger' }, label));
  submitter(form, `${excluded ? 'include' : 'exclude'}-${campaign.id}-${row.assessmentId}`, async () => {
    const reason = form.elements.reason.value;
    const path = `/api/campaigns/${campaign.id}/exclusions/${row.assessmentId}`;
    if (excluded) await api(`${path}?reason=${encodeURIComponent(reason)}`, { method: 'DELETE' });
    else await api(path, { method: 'PUT', body: { reason } });
    await reload();
    notice(document.getElementById('exclusions') || content, excluded ? `已撤销，${row.name}重新参加排名。` : `${row.name}不参加本批次排名。`, 'ok');
  }, { codes: { 'CAMPAIGN-070': 'reason', 'CAMPAIGN-071': 'reason', 'CAMPAIGN-072': 'reason', 'CAMPAIGN-010': 'reason' }, codeAtField: true });
  return form;
}

async function exclusionsCard(campaign, ranking, reload) {
  const excluded = await api(`/api/campaigns/${campaign.id}/exclusions`);
  const out = new Set(excluded.map((x) => x.assessmentId));
  const name = (id) => (ranking.find((r) => r.assessmentId === id) || {}).name || `#${id}`;
  return el('section', { class: 'card', id: 'exclusions' },
    el('h3', {}, '不参加排名（排名前可调整）'),
    excluded.length ? table(['已不参加排名', '原因', '撤销（填写理由）'], excluded.map((x) => el('tr', { class: 'excluded', dataset: { assessmentId: x.assessmentId } },
      el('td', {}, name(x.assessmentId)), el('td', {}, x.reason),
      el('td', {}, exclusionForm(campaign, { assessmentId: x.assessmentId, name: name(x.assessmentId) }, true, reload)))))
      : el('p', { class: 'empty' }, '本批次所有考核对象都参加排名。'),
    table(['考核对象', '不参加排名（填写原因）'], ranking.filter((r) => !out.has(r.assessmentId)).map((r) => el('tr', { class: 'included', dataset: { assessmentId: r.assessmentId } },
      el('td', {}, r.name), el('td', {}, exclusionForm(campaign, r, false, reload))))));
}

// ---- village 党建 grades (seed 003 六3) ----
const villagesOf = (nodes) => nodes.flatMap((n) => [...(['VILLAGE', 'COMMUNITY'].includes(n.kind) ? [n] : []), ...villagesOf(n.children || [])]);

async function villageGradesSection(box) {
  const villages = villagesOf(await api('/api/units'));
  const now = new Date(serverNow());
  const thisMonth = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const form = el('form', { class: 'card', id: 'village-grade-form', novalidate: true },
    el('h3', {}, '录入村（社区）党建月度考核得分'),
    el('div', { class: 'grid grid-2' },
      field('villageId', '村（社区）', select([['', '请选择'], ...villages.map((v) => [v.id, v.name])])),
      field('month', '月份', el('input', { type: 'month', value: thisMonth }), '如 2026-05'),
      field('score', '得分（0–100）', num({ step: '0.01', min: 0, max: 100 }), '90分及以上优秀，80–89合格，70–79基本合格，70分以下不合格'),
      field('reason', '说明（可不填）', text())),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, '保存')));
  const list = el('div', { id: 'village-grades', 'aria-live': 'polite' });
  const showMonth = async (month) => {
    if (!/^\d{4}-\d{2}$/.test(month)) { clear(list); return; }
    const q = `from=${month}&to=${month}`;
    const grades = (await Promise.all(villages.map((v) => api(`/api/village-grades?village=${v.id}&${q}`)
      .then((gs) => gs.map((g) => ({ ...g, name: v.name })))))).flat();
    clear(list, el('h3', {}, `${month} 各村（社区）党建考核结果`), grades.length
      ? table(['村（社区）', { label: '得分', num: true }, '等次', '名次'], grades.map((g) => el('tr', { dataset: { villageId: g.villageId } },
        el('td', {}, g.name), el('td', { class: 'num' }, formatNumber(g.score)), el('td', {}, g.grade || '—'),
        el('td', {}, g.rank ? `${g.rank}/${g.rankCount}` : '—'))))
      : el('p', { class: 'empty' }, '该月还没有录入。'));
  };
  form.elements.month.addEventListener('change', () => showMonth(form.elements.month.value)
    .catch((e) => clear(list, el('div', { class: 'notice notice-error', role: 'alert' }, `加载失败：${e.message}`))));
  submitter(form, 'village-grade', async () => {
    const f = form.elements;
    const g = await api('/api/village-grades', { body: { villageId: f.villageId.value || null, month: f.month.value || null,
      score: f.score.value || null, reason: f.reason.value || null } });
    await showMonth(g.period);
    notice(form, `已保存：${f.villageId.selectedOptions[0].textContent} ${g.period} ${formatNumber(g.score)} 分（${g.grade}）。`, 'ok');
    f.score.value = '';
  }, { codes: { 'CAMPAIGN-073': 'score' } });
  box.append(form, list);
  await showMonth(thisMonth);
}

// ---- ledger ----
const plain = (n) => (n === null || n === undefined ? n : Number(n)); // 1.0000 → 1
const typeText = (t) => `${t.name}${t.clauseLabel ? `（${t.clauseLabel}）` : ''}`;

async function ledgerSection(box) {
  const types = await api('/api/ledger/fact-types');
  const typeSel = select([['', '请选择'], ...types.map((t) => [t.type, typeText(t)])]);
  const levelSel = select([['', '请选择']]);
  const levelField = field('level', '级别', levelSel);
  const pointsInput = num({ step: '0.01', min: 0 });
  const pointsField = field('points', '分值（领导小组确定）', pointsInput);
  const pointsHint = el('p', { class: 'hint' });
  pointsField.append(pointsHint);
  const picker = cadrePicker({ name: 'cadreId', label: '干部', none: '未选择（单位事项不选）' });
  // controls that apply to the chosen type only: 级别 for types with levels, 分值 where the committee decides it
  const fit = () => {
    const t = types.find((x) => x.type === typeSel.value);
    const levels = t ? Object.entries(t.levelLabels || {}) : [];
    const keep = levelSel.value;
    clear(levelSel, el('option', { value: '' }, '请选择'), ...levels.map(([code, label]) => el('option', { value: code }, label)));
    if (levels.some(([code]) => code === keep)) levelSel.value = keep;
    levelField.hidden = levels.length === 0;
    pointsField.hidden = !(t && t.takesPoints);
    if (pointsField.hidden) pointsInput.value = '';
    pointsHint.textContent = t && t.takesPoints ? `由领导小组在 ${formatNumber(t.minPoints)}–${formatNumber(t.maxPoints)} 分之间确定，须填写事由` : '';
  };
  typeSel.addEventListener('change', fit);
  const form = el('form', { class: 'card', id: 'ledger-form', novalidate: true },
    el('h3', {}, '登记台账事项'),
    el('div', { class: 'grid grid-2' },
      field('factType', '事项类型', typeSel), levelField, picker.element,
      field('occurredOn', '发生日期', el('input', { type: 'date' })),
      field('quantity', '次数/天数', num({ step: '0.5', min: 0, value: 1 })),
      pointsField,
      field('reason', '事由', text()), field('evidence', '依据（文件、通报编号）', text())),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, '登记')));
  const list = pagedList({ url: '/api/ledger', id: 'ledger-list', sort: 'id,desc', size: 20, searchLabel: '搜索干部、单位、事项或事由',
    empty: '暂无台账。', rowAttrs: (x) => ({ dataset: { entryId: x.id } }), columns: [
      { sort: 'id', label: '编号', cell: (x) => x.id },
      { sort: 'occurredOn', label: '日期', cell: (x) => formatDate(x.occurredOn) },
      { sort: 'type', label: '事项', cell: (x) => `${x.typeLabel}${x.levelLabel ? `（${x.levelLabel}）` : ''}` },
      { sort: 'cadre', label: '干部/单位', cell: (x) => x.cadreName ? `${x.cadreName}${x.unitName ? `（${x.unitName}）` : ''}` : (x.unitName || '—') },
      { label: '次数/天数', num: true, cell: (x) => formatNumber(plain(x.quantity)) },
      { sort: 'points', label: '分值', num: true, cell: (x) => formatNumber(plain(x.points)) },
      { label: '事由', cell: (x) => x.reason || '—' },
      { sort: 'recordedAt', label: '登记人', cell: (x) => `${x.recordedByName || '—'} ${formatDate(x.recordedAt)}` },
      { label: '更正', cell: (x) => x.reversesId ? `冲销 #${x.reversesId}` : x.reversedById ? `已冲销（#${x.reversedById}）` : reverseForm(x, () => list.reload()) },
    ] });
  submitter(form, 'ledger', async () => {
    const f = form.elements;
    const e = await api('/api/ledger', { body: { factType: f.factType.value || null, level: levelField.hidden ? null : (f.level.value || null), cadreId: picker.value || null,
      occurredOn: f.occurredOn.value || null, quantity: f.quantity.value || null, points: pointsField.hidden ? null : (f.points.value || null),
      reason: f.reason.value || null, evidence: f.evidence.value || null } });
    return async () => {
      // a fresh form for the next entry: no value of this one (a stale 分值, the cadre) carries over
      form.reset();
      picker.reset();
      fit();
      notice(form, `已登记（编号 ${e.id}）。`, 'ok');
      await list.reload();
    };
  });
  // a cadre id restored from the typed copy without its name would be sent unseen: the picker starts empty
  picker.reset();
  fit();
  box.append(form, el('h3', {}, '台账'), list);
  await list.ready;
}

function reverseForm(entry, reload) {
  const form = el('form', { class: 'inline', novalidate: true },
    el('div', { class: 'field', dataset: { field: 'reason' } }, el('input', { type: 'text', name: 'reason', 'aria-label': `冲销 ${entry.id} 的理由`, placeholder: '冲销理由' })),
    el('button', { type: 'submit', class: 'secondary' }, '冲销'));
  submitter(form, `reverse-${entry.id}`, async () => {
    await api(`/api/ledger/${entry.id}/reversal`, { body: { reason: form.elements.reason.value } });
    return async () => {
      await reload();
      notice(document.getElementById('ledger-list'), `已冲销编号 ${entry.id}。`, 'ok');
    };
  }, { codes: { 'LEDGER-006': 'reason', 'LEDGER-009': 'reason' } });
  return form;
}

// ---- roster ----
async function rosterSection(box) {
  const form = el('form', { class: 'card', id: 'roster-form', novalidate: true },
    el('p', {}, '下载模板：', el('a', { href: '/api/roster/template?format=xlsx' }, 'Excel 模板'), ' / ', el('a', { href: '/api/roster/template?format=csv' }, 'CSV 模板')),
    field('file', '花名册文件（xlsx 或 csv）', el('input', { type: 'file', accept: '.xlsx,.csv' })),
    el('label', { class: 'inline' }, el('input', { type: 'checkbox', name: 'dryRun', value: 'true', checked: true }), '只检查，不导入'),
    field('reason', '导入原因', text()),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, '上传')));
  const result = el('div', { 'aria-live': 'polite' });
  submitter(form, 'roster', async () => {
    const f = form.elements;
    const data = new FormData();
    if (f.file.files[0]) data.append('file', f.file.files[0]);
    const q = new URLSearchParams({ dryRun: f.dryRun.checked ? 'true' : 'false' });
    if (f.reason.value) q.set('reason', f.reason.value);
    const s = await api(`/api/roster/import?${q}`, { body: data });
    clear(result, el('div', { class: 'notice notice-ok', role: 'status' },
      `${s.dryRun ? '检查通过（未导入）' : '已导入'}：共 ${s.rows} 行，新增 ${s.created}，更新 ${s.updated}，未变 ${s.unchanged}，跳过示例 ${s.skippedExamples}。`));
  });
  const cadres = pagedList({ url: '/api/cadres', id: 'roster-list', sort: 'name', size: 20, searchLabel: '搜索姓名、工号或单位',
    empty: '花名册中还没有干部。', rowAttrs: (c) => ({ dataset: { cadreId: c.id } }), columns: [
      { sort: 'code', label: '工号', cell: (c) => c.code },
      { sort: 'name', label: '姓名', cell: (c) => c.name },
      { sort: 'unit', label: '单位', cell: (c) => (c.unit ? c.unit.name : '—') },
      { label: '职务', cell: (c) => c.postTitle || '—' },
      { sort: 'postRank', label: '职级', cell: (c) => c.postRankLabel },
      { sort: 'staffType', label: '人员类别', cell: (c) => c.staffTypeLabel },
      { label: '驻村', cell: (c) => (c.village ? c.village.name : '—') },
    ] });
  box.append(form, result, el('h3', {}, '干部名册'), cadres);
  await cadres.ready;
}

// ---- schemes ----
async function schemesSection(box) {
  // schemes are viewed, copied, edited and tried on a sample in their own page (scheme.html)
  box.append(el('p', {}, '考核方案的查看、复制、修改、样例试算和预置方案导入在“考核方案”页面。'),
    el('p', {}, el('a', { href: 'scheme.html', class: 'button', id: 'open-scheme-editor' }, '打开考核方案页面')));
}

// ---- calendar ----
async function calendarSection(box) {
  const years = await api('/api/calendar/years');
  const form = el('form', { class: 'card', id: 'calendar-form', novalidate: true },
    el('h3', {}, '载入某年的节假日安排'),
    field('year', '年份', num({ min: 2000, max: 2100, value: new Date(serverNow()).getFullYear() + 1 })),
    field('document', '安排（YAML，格式同 calendar/cn-holidays.yaml）', el('textarea', { rows: 8, spellcheck: 'false' })),
    field('reason', '依据（国务院办公厅通知文号）', text()),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, '载入')));
  submitter(form, 'calendar', async () => {
    const f = form.elements;
    const q = f.reason.value ? `?reason=${encodeURIComponent(f.reason.value)}` : '';
    if (!/^\d{4}$/.test(f.year.value)) throw { message: '请填写四位数字的年份', problems: [{ field: 'year', message: '请填写四位数字的年份，如 2027' }] };
    try {
      await api(`/api/calendar/${encodeURIComponent(f.year.value)}${q}`, { method: 'PUT', body: f.document.value, contentType: 'application/yaml' });
    } catch (e) {
      // the document's problems (第3行, 2027.holidays[0].from …) all at the 安排 box, each with its place
      e.problems = (e.problems || []).map((p) => (['year', 'reason'].includes(p.field) ? p
        : { ...p, field: 'document', message: `${p.field && p.field !== '(文件)' ? `${p.field}：` : ''}${p.message}` }));
      throw e;
    }
    const year = f.year.value;
    return () => show('calendar', `已载入 ${year} 年的节假日安排。`);
  });
  box.append(table(['年份', '来源', { label: '工作日', num: true }, { label: '休息日', num: true }, '依据', '载入'], years.map((y) => el('tr', {},
    el('td', {}, y.year), el('td', {}, y.source === 'BUILT_IN' ? '内置' : '绩考办载入'), el('td', { class: 'num' }, y.workingDays),
    el('td', { class: 'num' }, y.restDays), el('td', {}, y.notice || '—'), el('td', {}, y.loadedBy ? `${y.loadedByName || y.loadedBy} ${formatDate(y.loadedAt)}` : '—')))), form);
}

async function show(id, message) {
  const section = SECTIONS.find((s) => s[0] === id) || SECTIONS[0];
  const tabs = el('ul', { class: 'tabs', 'aria-label': '绩考办功能' }, SECTIONS.map(([key, label]) => el('li', {},
    el('a', { href: `#${key}`, 'aria-current': key === section[0] ? 'true' : null }, label))));
  const box = el('section', { class: 'office-section', id: `section-${section[0]}`, 'aria-labelledby': 'h-section' }, el('h2', { id: 'h-section' }, section[1]));
  clear(content, tabs, box);
  try { await section[2](box); } catch (e) { notice(box, e.message, 'error'); }
  if (message) notice(box, message, 'ok');
}

if (hasRole(user, 'OFFICE', 'ADMIN')) {
  window.addEventListener('hashchange', () => show(location.hash.substring(1)));
  show(location.hash.substring(1));
} else {
  // the API refuses the office's requests to anyone else; the page says so and offers no office control
  clear(content, el('div', { class: 'notice notice-error', role: 'alert', id: 'no-access' }, '无权使用此页面：本页面仅供绩考办使用。'),
    el('p', {}, el('a', { href: 'index.html' }, '返回首页')));
}
