/* 标签页：办理时效，及其起止日期筛选。 */

import { daysAgo, h, hours, list, sum, today } from '../common.js';
import { barHeight, barOption, chartCard, chartGrid } from '../charts.js';
import { num, str, tableBlock, tile, tiles } from '../tables.js';

const SLA_DEFAULT_DAYS = 90;
const MAX_STEP_BARS = 15;

/** 默认统计期：最近 SLA_DEFAULT_DAYS 天。 */
export const defaultPeriod = () => ({ from: daysAgo(SLA_DEFAULT_DAYS), to: today() });

const hourColumns = [num('中位用时P50（小时）', 'p50Hours', (r) => hours(r.p50Hours)), num('P90用时（小时）', 'p90Hours', (r) => hours(r.p90Hours))];

export function renderSla(data, ctx) {
  const steps = list(data.steps);
  const townships = list(data.townships);
  const pastDue = list(data.pastDue);
  const top = steps.slice().sort((a, b) => (b.p90Hours || 0) - (a.p90Hours || 0)).slice(0, MAX_STEP_BARS);
  const stepName = (s) => s.taskName || s.taskKey;
  const maxP90 = steps.reduce((m, s) => Math.max(m, Number(s.p90Hours) || 0), 0);
  const period = { from: ctx.sla.from, to: ctx.sla.to };
  return [
    tiles([
      tile('steps-completed', '期间办结环节', sum(steps, 'count')),
      tile('p90-max', '最慢环节P90（小时）', steps.length ? hours(maxP90) : '—'),
      tile('past-due', '当前超期未办', sum(pastDue, 'count'), { danger: true })
    ]),
    chartGrid([
      chartCard(steps.length > MAX_STEP_BARS ? `各环节用时（小时，P90 最长的 ${MAX_STEP_BARS} 个）` : '各环节用时（小时）',
        barOption(top.map(stepName), [{ name: '中位数P50', data: top.map((s) => s.p50Hours) },
          { name: 'P90', data: top.map((s) => s.p90Hours) }], true), barHeight(top.length * 1.6)),
      chartCard('各乡镇用时（小时）', barOption(townships.map((t) => t.townshipName || t.townshipCode), [
        { name: '中位数P50', data: townships.map((t) => t.p50Hours) }, { name: 'P90', data: townships.map((t) => t.p90Hours) }])),
      pastDue.length ? chartCard('当前超期未办', barOption(pastDue.map((u) => u.unitName || u.unitCode),
        [{ name: '超期件数', data: pastDue.map((u) => u.count) }])) : null
    ]),
    tableBlock(ctx, {
      name: 'sla', title: '各环节办理时效', file: '办理时效', xlsx: 'sla', xlsxParams: period, rows: steps,
      key: (r) => `${r.process}:${r.taskKey}`,
      columns: [str('流程', 'process'), { label: '环节', type: 'text', value: stepName }, num('办结数', 'count')].concat(hourColumns)
    }),
    tableBlock(ctx, {
      name: 'sla-stages', title: '各阶段办理时效（按乡镇）', file: '阶段办理时效', rows: list(data.stages),
      key: (r) => `${r.process}:${r.stage}:${r.townshipCode}`,
      columns: [str('流程', 'process'), str('阶段', 'stage'), str('乡镇', 'townshipName'), num('办结数', 'count')].concat(hourColumns)
    }),
    tableBlock(ctx, {
      name: 'sla-townships', title: '各乡镇办理时效', file: '乡镇办理时效', rows: townships, key: (r) => r.townshipCode,
      columns: [str('乡镇', 'townshipName'), num('办结数', 'count')].concat(hourColumns)
    }),
    tableBlock(ctx, {
      name: 'past-due', title: '当前超期未办', rows: pastDue, key: (r) => r.unitCode, rowClass: (r) => (r.count > 0 ? 'lyd-overdue' : ''),
      columns: [str('单位', 'unitName'), num('超期件数', 'count')]
    })
  ];
}

/** 办理时效的起止日期；改动后校验并重新加载。 */
export function slaFilter(st, reload) {
  const hint = h('span', { className: 'lyd-filter-error', role: 'alert' });
  const input = (ly, key) => h('input', { type: 'date', className: 'form-control input-sm', ly, value: st.sla[key], max: today(), onChange: (e) => {
    st.sla[key] = e.target.value;
    if (!st.sla.from || !st.sla.to) return (hint.textContent = '请选择开始和结束日期');
    if (st.sla.from > st.sla.to) return (hint.textContent = '开始日期不能晚于结束日期');
    hint.textContent = '';
    return reload();
  } });
  return h('div', { className: 'lyd-filter' }, [h('label', {}, [h('span', { text: '办结时间从' }), input('sla-from', 'from')]),
    h('label', {}, [h('span', { text: '至' }), input('sla-to', 'to')]), h('span', { className: 'lyd-hint', text: `默认最近${SLA_DEFAULT_DAYS}天` }), hint]);
}
