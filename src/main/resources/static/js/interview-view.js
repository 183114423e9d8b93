// The interviews (面谈) of an assessment, as 考核面谈 and 我的考核结果 show them.
import { el, formatDateTime } from './api.js';

/** The interviews of an assessment as a list (also used on 我的考核结果). */
export function interviewList(list) {
  if (!list.length) return el('p', { class: 'empty' }, '尚无面谈记录。');
  return el('ul', { class: 'cards interviews' }, list.map((i) => el('li', { class: 'card', dataset: { interviewId: i.id } },
    el('strong', {}, i.topic || '考核面谈'),
    el('dl', { class: 'kv' },
      el('dt', {}, '面谈时间'), el('dd', {}, formatDateTime(i.heldAt)),
      el('dt', {}, '面谈地点'), el('dd', {}, i.place),
      el('dt', {}, '参加人'), el('dd', {}, i.participants),
      el('dt', {}, '面谈内容概要'), el('dd', { class: 'pre' }, i.summary),
      el('dt', {}, '改进计划'), el('dd', { class: 'pre' }, i.improvementPlan)),
    el('p', { class: 'meta' }, `记录：${formatDateTime(i.recordedAt)}`))));
}
