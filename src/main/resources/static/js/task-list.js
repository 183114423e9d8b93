// The task list shown on 首页 and 我的待办: kind, campaign, cadre, due date, overdue mark, link to the form.
import { api, el, formatDateTime, overdueMark, taskKind } from './api.js';

/** Campaign names by id ({} when the user's roles may not list campaigns: a 403 is not a failure here). */
export async function campaignNames() {
  try {
    const all = await api('/api/campaigns');
    return Object.fromEntries(all.map((c) => [c.id, c.name]));
  } catch (e) {
    if (e.status === 403) return {};
    throw e;
  }
}

/** Cadre names of the tasks' assessments (tasks carry ids only), fetched a few at a time. */
export async function cadreNames(tasks) {
  const ids = [...new Set(tasks.map((t) => t.assessmentId).filter(Boolean))].slice(0, 60);
  const names = {};
  for (let i = 0; i < ids.length; i += 6) {
    await Promise.all(ids.slice(i, i + 6).map((id) => api(`/api/assessments/${id}`)
      .then((a) => { names[id] = a.cadre && a.cadre.name; })
      // a task's assessment the user may not read (403) or that is gone (404) shows no name; anything else fails
      .catch((e) => { if (e.status !== 403 && e.status !== 404) throw e; })));
  }
  return names;
}

export async function renderTasks(tasks) {
  if (!tasks.length) return el('p', { class: 'empty' }, '没有待办事项。');
  const [campaigns, cadres] = await Promise.all([campaignNames(), cadreNames(tasks)]);
  return el('ul', { class: 'cards task-list' }, tasks.map((t) => {
    const kind = taskKind(t.kind);
    return el('li', { class: t.overdue ? 'overdue' : null, dataset: { taskId: t.id, kind: t.kind } },
      el('a', { href: kind.page(t), class: 'task-link' }, kind.label), overdueMark(t.overdue),
      el('div', { class: 'meta' },
        t.campaignId && campaigns[t.campaignId] ? el('span', {}, campaigns[t.campaignId]) : null,
        cadres[t.assessmentId] ? el('span', {}, `干部：${cadres[t.assessmentId]}`) : null,
        t.appealId ? el('span', {}, `申诉编号 ${t.appealId}`) : null,
        el('span', { class: t.overdue ? 'deadline overdue' : 'deadline' }, `截止：${formatDateTime(t.due)}`)));
  }));
}
