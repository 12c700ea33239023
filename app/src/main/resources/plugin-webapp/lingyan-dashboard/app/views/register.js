/* 标签页：议事决策。 */

import { list, sum, today } from '../common.js';
import { barHeight, barOption, chartCard, chartGrid } from '../charts.js';
import { METRICS } from '../metrics.js';
import { num, str, tableBlock, tile, tiles } from '../tables.js';

export function renderRegister(data, ctx) {
  const lines = list(data.byVillage);
  const overdue = list(data.overdueDisclosures);
  const byKind = {};
  const kindText = {};
  lines.forEach((l) => {
    const text = l.kindText || l.kind;
    byKind[text] = (byKind[text] || 0) + (Number(l.count) || 0);
    kindText[l.kind] = text;
  });
  const kinds = Object.keys(byKind).sort((a, b) => byKind[b] - byKind[a]);
  const daysLate = (d) => (d.postingEnds ? Math.max(0, Math.round((new Date(`${today()}T00:00:00`) - new Date(`${d.postingEnds}T00:00:00`)) / 86400000)) : null);
  return [
    tiles([
      tile('matters', '议事事项', sum(lines, 'count')),
      tile('quorum-failures', '未达法定人数', Number(data.quorumFailures) || 0, { warn: true }),
      tile('rejections', '表决未通过', Number(data.rejections) || 0),
      tile('disclosures-due', '公示中', Number(data.disclosuresDue) || 0),
      tile('disclosures-overdue', '公示逾期未结束', METRICS.disclosuresOverdue(data), { danger: true })
    ]),
    chartGrid([
      chartCard('各类事项数量', barOption(kinds, [{ name: '事项数', data: kinds.map((k) => byKind[k]) }], true), barHeight(kinds.length))
    ]),
    tableBlock(ctx, {
      name: 'register', title: '议事决策台账', xlsx: 'register', rows: lines, key: (r) => r.villageCode,
      attrs: (r) => ({ 'data-kind': r.kind, 'data-body': r.body }),
      columns: [str('村', 'villageName'), str('事项类别', 'kindText'), str('决策主体', 'bodyText'), num('事项数', 'count')]
    }),
    tableBlock(ctx, {
      name: 'disclosures', title: '公示逾期事项', rows: overdue, key: (r) => String(r.matterId), rowClass: () => 'lyd-overdue',
      columns: [str('事项', 'title'), str('村', 'villageName'),
        { label: '类别', type: 'text', value: (r) => kindText[r.kind] || r.kind },
        str('公示截止', 'postingEnds'), { label: '逾期天数', type: 'number', value: daysLate }]
    })
  ];
}
