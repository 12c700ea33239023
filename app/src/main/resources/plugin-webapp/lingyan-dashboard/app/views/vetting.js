/* 标签页：人选审查。 */

import { count, list, sum, yesNo } from '../common.js';
import { barHeight, barOption, chartCard, chartGrid, pieOption } from '../charts.js';
import { METRICS } from '../metrics.js';
import { countBlock, num, str, tableBlock, tile, tiles } from '../tables.js';

export function renderVetting(data, ctx) {
  const stages = list(data.stages);
  const departments = list(data.departments);
  const outcomes = list(data.outcomes);
  const reserves = list(data.reserves);
  const stars = list(data.stars);
  const filedRows = outcomes.filter((o) => o.outcome === 'FILED');
  const filed = filedRows.reduce((t, o) => t + (Number(o.count) || 0), 0);
  const starText = (n) => `${'★'.repeat(Math.max(0, Math.min(5, Number(n) || 0)))}（${n}星）`;
  return [
    tiles([
      tile('vettings-open', '审查在办', METRICS.vettingsOpen(data)),
      tile('answers-outstanding', '部门待答复', sum(departments, 'outstanding')),
      tile('answers-overdue', '部门答复逾期', METRICS.answersOverdue(data), { danger: true }),
      // the outcome's word comes from the server (VettingOutcome); the tile keeps no copy of it
      tile('filed', filedRows.length ? filedRows[0].outcomeText : '备案', filed),
      tile('reserves-below-target', '后备力量未达目标的村', count(reserves, (r) => r.belowTarget), { warn: true }),
      tile('reserves-below-minimum', '后备力量低于最低数的村', count(reserves, (r) => r.belowMinimum), { danger: true })
    ]),
    chartGrid([
      chartCard('在办审查所处环节', barOption(stages.map((s) => s.stageText || s.stage), [{ name: '人数', data: stages.map((s) => s.count) }])),
      chartCard('部门联审答复', barOption(departments.map((d) => d.departmentName || d.department), [
        { name: '未逾期', stack: 'answers', data: departments.map((d) => Math.max(0, (d.outstanding || 0) - (d.overdue || 0))) },
        { name: '已逾期', stack: 'answers', data: departments.map((d) => d.overdue || 0) }
      ], true), barHeight(departments.length)),
      chartCard('审查结果', pieOption(outcomes.map((o) => ({ name: o.outcomeText || o.outcome, value: o.count })))),
      chartCard('后备力量星级分布', pieOption(stars.map((s) => ({ name: `${s.stars}星`, value: s.count }))))
    ]),
    tableBlock(ctx, {
      name: 'departments', title: '部门联审答复情况', xlsx: 'vetting-departments', rows: departments, key: (r) => r.department,
      rowClass: (r) => (r.overdue > 0 ? 'lyd-overdue' : ''),
      columns: [str('部门', 'departmentName'), num('待答复', 'outstanding'), num('逾期', 'overdue')]
    }),
    tableBlock(ctx, {
      name: 'reserves', title: '村级后备力量', xlsx: 'reserves', rows: reserves, key: (r) => r.villageCode,
      hint: '红色为低于最低数的村，橙色为未达目标数的村。',
      rowClass: (r) => (r.belowMinimum ? 'lyd-overdue' : r.belowTarget ? 'lyd-below-target' : ''),
      attrs: (r) => ({ 'data-below-target': String(!!r.belowTarget), 'data-below-minimum': String(!!r.belowMinimum) }),
      columns: [str('村', 'villageName'), num('在库人数', 'active'), num('成熟人选', 'mature'),
        { label: '低于最低数', type: 'text', value: (r) => yesNo(r.belowMinimum) },
        { label: '未达目标数', type: 'text', value: (r) => yesNo(r.belowTarget) }]
    }),
    countBlock(ctx, 'vetting-stages', '在办审查环节', stages, 'stage', str('环节', 'stageText')),
    countBlock(ctx, 'outcomes', '审查结果', outcomes, 'outcome', str('结果', 'outcomeText')),
    countBlock(ctx, 'clauses', '取消资格所依据的负面清单条款', list(data.clauses), 'clause', str('条款', 'clauseName'), '次数'),
    countBlock(ctx, 'stars', '后备力量星级', stars, 'stars', num('星级', 'stars', (r) => starText(r.stars)))
  ];
}
