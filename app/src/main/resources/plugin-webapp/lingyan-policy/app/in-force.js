/*
 * “在用的流程与决策表”：本县在用的每个流程和决策表（本县版本，没有时为全省通用版本），每行的操作打开工作区面板。
 * 新的面板在 ROW_ACTIONS 中登记一个按钮即可。试算与回放在“编辑”面板里，规则检查与差异在确认部署的对话框里，
 * 任意两个版本的比较在“历史版本”里。
 */
import { openDmnEditor } from './dmn-editor.js';
import { openForms } from './forms.js';
import { openMigration } from './migrate.js';
import { openVersions } from './versions.js';
import { openViewer } from './viewer.js';
import { KIND_LABEL, button, h, note, scopeBadge } from './shared.js';

/** 每行的操作：when(row) 决定是否显示，open(ctx, row) 打开面板。 */
export const ROW_ACTIONS = [
  { ly: 'view', label: '查看', when: () => true, open: openViewer },
  { ly: 'versions', label: '历史版本', when: () => true, open: openVersions },
  { ly: 'edit', label: '编辑', when: (row) => row.kind === 'DECISION', open: openDmnEditor },
  { ly: 'forms', label: '表单', when: (row) => row.kind === 'PROCESS', open: openForms },
  { ly: 'migrate', label: '迁移案件', when: (row) => row.kind === 'PROCESS', open: openMigration }
];

/** 列：标题、类名（lyp-col-…，除名称与理由外不换行）、取值。 */
const COLUMNS = [
  ['类型', 'kind', (r) => KIND_LABEL[r.kind] || r.kind], ['名称', 'name', (r) => r.name], ['标识', 'key', (r) => r.key],
  ['版本', 'version', (r) => `v${r.version}`], ['版本标签', 'tag', (r) => r.versionTag || '—'], ['适用范围', 'scope', scopeBadge],
  ['部署人', 'by', (r) => r.deployedBy], ['变更理由', 'reason', (r) => r.reason || '—'], ['部署时间', 'time', (r) => r.deployedAt]
];

export function renderInForce(rows, ctx) {
  if (!rows.length) return note('没有已部署的流程或决策表', 'definitions-empty');
  const body = rows.map((row) => h('tr', { 'data-key': row.key, 'data-kind': row.kind, 'data-own': String(!!row.own), 'data-definition-id': row.definitionId },
    COLUMNS.map(([, cls, value]) => {
      const content = value(row);
      return h('td', { className: `lyp-col-${cls}` }, [content instanceof Node ? content : String(content === undefined || content === null ? '' : content)]);
    }).concat([h('td', { className: 'lyp-actions' }, ROW_ACTIONS.filter((a) => a.when(row))
      .map((a) => button(a.ly, a.label, 'btn-default btn-xs', () => a.open(ctx, row))))])));
  return h('div', { className: 'table-responsive' }, [h('table', { className: 'table table-condensed table-hover lyp-table', ly: 'table-definitions' }, [
    h('thead', {}, [h('tr', {}, COLUMNS.map(([label]) => h('th', { text: label })).concat([h('th', { text: '操作' })]))]),
    h('tbody', {}, body)
  ])]);
}
