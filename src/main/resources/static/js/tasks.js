import { api, clear, el, notice } from './api.js';
import { layout } from './layout.js';
import { renderTasks } from './task-list.js';

const content = document.getElementById('content');
await layout('tasks.html');
try {
  const tasks = await api('/api/tasks');
  const overdue = tasks.filter((t) => t.overdue).length;
  clear(content,
    el('p', { class: 'meta' }, `共 ${tasks.length} 项待办` + (overdue ? `，其中 ${overdue} 项已逾期` : '')),
    await renderTasks(tasks));
} catch (e) {
  clear(content);
  notice(content, e.message, 'error');
}
