/* Cockpit 首页卡片（cockpit.dashboard）：关键数字，口径与看板页相同（metrics.js）。 */

import { PAGE_HASH, createClient, createFeedback, h, messageOf, replaceChildren } from './common.js';
import { METRICS } from './metrics.js';
import { tile } from './tables.js';

let summarySeq = 0;

export function renderSummary(node, context) {
  const seq = ++summarySeq;
  const client = createClient((context && context.api) || {});
  const feedback = createFeedback();
  const specs = [
    { key: 'rectifying', label: '整顿中的村', path: '/rectification', value: METRICS.rectifying, title: METRICS.rectifyingTitle },
    { key: 'overdue-cases', label: '逾期未完成整顿', path: '/rectification', value: METRICS.overdueCases, danger: true },
    { key: 'vettings-open', label: '人选审查在办', path: '/vetting', value: METRICS.vettingsOpen },
    { key: 'answers-overdue', label: '部门答复逾期', path: '/vetting', value: METRICS.answersOverdue, danger: true },
    { key: 'disclosures-overdue', label: '公示逾期未结束', path: '/register', value: METRICS.disclosuresOverdue, danger: true }
  ];
  const row = h('div', { className: 'lyd-tiles' }, specs.map((s) => tile(s.key, s.label, '…')));
  const unitLabel = h('span', { className: 'lyd-summary-unit' });
  replaceChildren(node, [h('div', { className: 'lyd-summary', ly: 'summary' }, [
    h('div', { className: 'lyd-summary-head' }, [
      h('h3', { className: 'lyd-summary-title' }, ['村级治理看板', unitLabel]),
      h('a', { href: PAGE_HASH, className: 'btn btn-default btn-sm', ly: 'summary-link', text: '进入看板 ›' })
    ]),
    feedback.node, row
  ])]);

  const requests = {};
  specs.forEach((s) => { if (!requests[s.path]) requests[s.path] = client.get(s.path); });
  specs.forEach((s, i) => requests[s.path].then((data) => {
    if (seq === summarySeq) row.replaceChild(tile(s.key, s.label, s.value(data || {}), { danger: s.danger, title: s.title && s.title(data || {}) }), row.children[i]);
  }, (err) => {
    if (seq !== summarySeq) return;
    row.replaceChild(tile(s.key, s.label, null), row.children[i]);
    feedback.error(messageOf(err));
  }));
  client.get('/units').then((data) => {
    if (seq === summarySeq && data.home && data.home.name) unitLabel.textContent = `（${data.home.name}）`;
  }, () => {}); // 单位名只作标题补充，失败时保持静默
}

/** Cockpit 离开首页时调用：之后到达的响应不再写入卡片。 */
export const unmountSummary = () => { summarySeq += 1; };
