import { count, list, sum } from './common.js';

/**
 * 首页卡片和看板页共用的口径。阶段、情形等文字及“整顿中”“可逾期”的阶段划分都由后端随数据给出（stages：
 * stage、stageText、open、rectifying、count），前端不另存一份。
 */
const rectifyingStages = (r) => list(r.stages).filter((s) => s.rectifying);
export const METRICS = {
  rectifying: (r) => sum(rectifyingStages(r), 'count'),
  rectifyingTitle: (r) => `处于${rectifyingStages(r).map((s) => s.stageText).join('或')}阶段的村`,
  overdueCases: (r) => count(r.villages, (v) => v.overdue),
  vettingsOpen: (v) => sum(v.stages, 'count'),
  answersOverdue: (v) => sum(v.departments, 'overdue'),
  disclosuresOverdue: (g) => Number(g.disclosuresOverdue) || 0
};
