/*
 * 版本差异：后端 /diff（两个版本）或 /diff-draft（在用版本与草稿）给出的差异，按政策人员阅读的方式列出：
 * 决策表逐条规则、逐个单元格（原 → 新）；流程逐个元素、逐项属性；流程带的表单逐个字段。只列有变化的部分。
 */
import { h, note } from './shared.js';

const CHANGE = { ADDED: ['新增', 'lyp-added'], REMOVED: ['删除', 'lyp-removed'], CHANGED: ['修改', 'lyp-changed'] };

/** 常见属性的中文名；其余按原名显示（如 camunda:xxx）。 */
const ATTRIBUTE = {
  type: '类型', name: '名称', label: '标题', versionTag: '版本标签', historyTimeToLive: '历史保留期', hitPolicy: '命中策略',
  aggregation: '汇总方式', literalExpression: '表达式', typeRef: '数据类型', inputExpression: '输入表达式', inputValues: '可选值',
  outputValues: '可选值', key: '字段名', description: '说明', validate: '校验', values: '选项', defaultValue: '默认值',
  text: '文字', 'camunda:candidateGroups': '办理人（候选组）', 'camunda:candidateUsers': '办理人（候选人）', 'camunda:assignee': '办理人',
  'camunda:formRef': '表单', 'camunda:formRefBinding': '表单版本', 'camunda:dueDate': '到期时间', 'camunda:decisionRef': '决策表',
  'camunda:decisionRefTenantId': '决策表所属县', 'camunda:resultVariable': '结果变量', 'camunda:delegateExpression': '执行的程序',
  'camunda:expression': '表达式', conditionExpression: '条件', timeDuration: '时长', timeDate: '时间', timeCycle: '周期',
  default: '默认流向', sourceRef: '起点', targetRef: '终点', isExecutable: '可执行', 'camunda:historyTimeToLive': '历史保留期',
  'camunda:versionTag': '版本标签', attachedToRef: '附着于', cancelActivity: '中断'
};
const COLUMN_TYPE = { INPUT: '条件', OUTPUT: '结果', ANNOTATION: '注释' };

const badge = (change) => h('span', { className: `lyp-change ${CHANGE[change][1]}`, text: CHANGE[change][0] });
const shown = (value) => (value === null || value === undefined || value === '' ? '（空）' : value);

function attributeRows(attributes) {
  return (attributes || []).map((a) => h('tr', {}, [
    h('td', { text: ATTRIBUTE[a.attribute] || a.attribute }),
    h('td', { className: 'lyp-before', text: shown(a.before) }), h('td', { className: 'lyp-after', text: shown(a.after) })
  ]));
}

const attributeTable = (attributes) => h('table', { className: 'table table-condensed lyp-table lyp-diff-attributes' }, [
  h('thead', {}, [h('tr', {}, ['项目', '原', '新'].map((t) => h('th', { text: t })))]),
  h('tbody', {}, attributeRows(attributes))
]);

function items(title, list, ly) {
  if (!list || !list.length) return null;
  return h('div', { className: 'lyp-diff-block', ly }, [h('h5', { text: title })].concat(list.map((item) =>
    h('div', { className: 'lyp-diff-item', 'data-id': item.id, 'data-change': item.change }, [
      h('div', { className: 'lyp-diff-item-head' }, [badge(item.change), h('strong', { text: item.name || item.id }),
        h('span', { className: 'lyp-muted', text: ` ${item.id}` })]),
      attributeTable(item.attributes)
    ]))));
}

function rule(change) {
  const where = change.change === 'ADDED' ? `第${change.positionAfter}条`
    : change.change === 'REMOVED' ? `原第${change.positionBefore}条`
      : change.positionBefore !== change.positionAfter ? `第${change.positionBefore}条 → 第${change.positionAfter}条` : `第${change.positionAfter}条`;
  return h('div', { className: 'lyp-diff-item', ly: 'diff-rule', 'data-id': change.ruleId || '', 'data-change': change.change }, [
    h('div', { className: 'lyp-diff-item-head' }, [badge(change.change), h('strong', { text: `规则 ${where}` }),
      change.moved ? h('span', { className: 'lyp-muted', text: '（顺序改变，命中策略为“首条命中”时影响结果）' }) : null,
      change.description ? h('span', { className: 'lyp-muted', text: ` ${change.description}` }) : null]),
    (change.cells || []).length ? h('table', { className: 'table table-condensed lyp-table' }, [
      h('thead', {}, [h('tr', {}, ['列', '原', '新'].map((t) => h('th', { text: t })))]),
      h('tbody', {}, change.cells.map((cell) => h('tr', { ly: 'diff-cell' }, [
        h('td', { text: `${COLUMN_TYPE[cell.columnType] || ''}：${cell.column}` }),
        h('td', { className: 'lyp-before', text: shown(cell.before) }), h('td', { className: 'lyp-after', text: shown(cell.after) })
      ])))
    ]) : null
  ]);
}

function table(change) {
  return h('div', { className: 'lyp-diff-block', ly: 'diff-table', 'data-id': change.decisionId }, [
    h('h5', {}, [badge(change.change), ` 决策表 ${change.name || change.decisionId}`]),
    (change.attributes || []).length ? attributeTable(change.attributes) : null,
    items('列', change.columns, 'diff-columns'),
    (change.rules || []).length ? h('div', {}, change.rules.map(rule)) : null
  ]);
}

const versionText = (v) => (v.version ? `v${v.version}${v.versionTag ? `（${v.versionTag}）` : ''}` : '编辑中的草稿');

/** 差异报告；没有任何变化时说明两边相同。 */
export function renderDiff(report) {
  const decisions = report.decisions || [];
  const elements = report.elements || [];
  const forms = report.forms || [];
  const count = decisions.reduce((n, t) => n + Math.max(1, (t.rules || []).length + (t.columns || []).length), 0) + elements.length
    + forms.reduce((n, f) => n + Math.max(1, (f.fields || []).length), 0);
  return h('div', { className: 'lyp-diff', ly: 'diff', 'data-count': String(count) }, [
    h('p', { className: 'lyp-diff-summary', ly: 'diff-summary',
      text: `${versionText(report.from)} → ${versionText(report.to)}：${count ? `${count} 处变化` : '没有变化'}` }),
    ...decisions.map(table),
    items('流程元素', elements, 'diff-elements'),
    ...forms.map((form) => h('div', { className: 'lyp-diff-block', ly: 'diff-form', 'data-id': form.formId }, [
      h('h5', {}, [badge(form.change), ` 表单 ${form.formId}`]), items('字段', form.fields, 'diff-fields')
    ])),
    count ? null : note('两个版本的内容相同')
  ]);
}
