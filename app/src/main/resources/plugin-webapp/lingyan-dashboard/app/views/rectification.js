/* 标签页：整顿台账。阶段、情形和回头看的文字都来自后端。 */

import { count, list, yesNo } from '../common.js';
import { barHeight, barOption, chartCard, chartGrid } from '../charts.js';
import { METRICS } from '../metrics.js';
import { num, str, tableBlock, tile, tiles } from '../tables.js';

export function renderRectification(data, ctx) {
  const villages = list(data.villages);
  const years = list(data.years);
  const stages = list(data.stages);
  const openStages = stages.filter((s) => s.open).map((s) => s.stage);
  const categories = list(data.categories);
  const categoryLabel = (c) => (c.name ? `${c.code} ${c.name}` : c.code);
  const labels = {};
  categories.forEach((c) => { labels[c.code] = categoryLabel(c); });
  const ascending = years.slice().sort((a, b) => a.year - b.year);
  const categoryNames = (r) => list(r.categories).map((c) => labels[c] || c).join('\n');
  return [
    tiles([
      tile('villages', '台账村数', villages.length),
      tile('rectifying', '整顿中', METRICS.rectifying(data), { title: METRICS.rectifyingTitle(data) }),
      tile('overdue-cases', '逾期未完成', METRICS.overdueCases(data), { danger: true }),
      tile('due-soon', '30日内到期', count(villages, (v) => !v.overdue && openStages.indexOf(v.stage) >= 0
        && v.daysToDeadline !== null && v.daysToDeadline >= 0 && v.daysToDeadline <= 30), { warn: true }),
      tile('supervised', '挂牌督办', count(villages, (v) => v.supervised)),
      tile('relapsed', '回头看反弹', count(villages, (v) => v.lookBack === 'RELAPSED'), { danger: true })
    ]),
    chartGrid([
      chartCard('各阶段村数', barOption(stages.map((s) => s.stageText), [{ name: '村数', data: stages.map((s) => s.count) }])),
      chartCard('历年整顿、验收、销号、巩固', barOption(ascending.map((y) => `${y.year}年`), [
        { name: '整顿', data: ascending.map((y) => y.confirmed) }, { name: '验收', data: ascending.map((y) => y.accepted) },
        { name: '销号', data: ascending.map((y) => y.signedOff) }, { name: '巩固', data: ascending.map((y) => y.consolidated) }
      ])),
      categories.length ? chartCard('软弱涣散情形分布', barOption(categories.map(categoryLabel),
        [{ name: '村数', data: categories.map((c) => c.count) }], true), barHeight(categories.length)) : null
    ]),
    tableBlock(ctx, {
      name: 'rectification', title: '整顿台账', xlsx: 'rectification', rows: villages,
      hint: '红色为逾期未完成的村；点击表头可排序。',
      key: (r) => r.villageCode,
      rowClass: (r) => [r.overdue ? 'lyd-overdue' : '', r.lookBack === 'RELAPSED' ? 'lyd-relapsed' : ''].join(' ').trim(),
      attrs: (r) => ({ 'data-overdue': String(!!r.overdue), 'data-stage': r.stage }),
      columns: [
        str('村', 'villageName'), str('乡镇', 'townshipName'), str('阶段', 'stageText'),
        { label: '软弱涣散情形', type: 'text', value: (r) => list(r.categories).join('、'), title: categoryNames },
        str('县级联系领导', 'countyLeader'), str('乡镇包村领导', 'townshipLeader'), str('第一书记', 'firstSecretary'),
        { label: '整改措施完成', type: 'number', value: (r) => (r.measuresTotal ? r.measuresDone / r.measuresTotal : null),
          text: (r) => `${r.measuresDone || 0}/${r.measuresTotal || 0}` },
        str('整改期限', 'deadline'),
        num('剩余天数', 'daysToDeadline', (r) => (r.daysToDeadline === null || r.daysToDeadline === undefined ? ''
          : r.daysToDeadline < 0 ? `逾期${-r.daysToDeadline}天` : String(r.daysToDeadline))),
        { label: '挂牌督办', type: 'text', value: (r) => yesNo(r.supervised) },
        { label: '回头看', type: 'text', value: (r) => r.lookBackText || '' }
      ]
    }),
    tableBlock(ctx, {
      name: 'years', title: '历年整顿情况', rows: years, key: (r) => String(r.year),
      columns: [num('年度', 'year'), num('确定整顿', 'confirmed'), num('验收', 'accepted'), num('销号', 'signedOff'), num('巩固', 'consolidated')]
    })
  ];
}
