/*
 * 试算与回放：在部署前试用编辑中的决策表（草稿），什么都不部署、不改变。
 *   试算：按草稿的各个输入填写数值，看命中哪些规则、得出什么结果；
 *   回放：用本县近几个月这项决策的真实输入重新判断一遍，列出结果会改变的案件（村、案件、输入、原结果 → 新结果）。
 * getDraft() 返回 Promise<草稿 XML>（编辑器当前的内容）；original 为在用版本的 XML（原结果所命中规则的说明取自它）。
 */
import { button, createFeedback, h, messageOf, note, replaceChildren } from './shared.js';

const TYPE_HINT = { integer: '整数', long: '整数', double: '数字', boolean: '是 / 否', date: '日期，如 2026-01-31', string: '文字' };
const MONTHS = [3, 6, 12, 24];
const SHOWN_CHANGES = 200;

/** 草稿中 key 对应决策表的输入列与规则说明（规则说明去掉来源标注，如“[P:L-CH] ”）。 */
export function readDraft(xml, key) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const decisions = Array.from(doc.getElementsByTagNameNS('*', 'decision'));
  const decision = decisions.find((d) => d.getAttribute('id') === key) || decisions[0];
  const table = decision && decision.getElementsByTagNameNS('*', 'decisionTable')[0];
  if (!table) return { inputs: [], rules: {} };
  const inputs = Array.from(table.children).filter((n) => n.localName === 'input').map((input) => {
    const expression = input.getElementsByTagNameNS('*', 'inputExpression')[0];
    const text = expression ? (expression.textContent || '').trim() : '';
    return {
      id: input.getAttribute('id'),
      label: input.getAttribute('label') || input.getAttribute('id'),
      name: /^[A-Za-z_][A-Za-z0-9_]*$/.test(text) ? text : input.getAttribute('id'),
      typeRef: expression ? String(expression.getAttribute('typeRef') || '').toLowerCase() : ''
    };
  });
  const rules = {};
  Array.from(table.children).filter((n) => n.localName === 'rule').forEach((rule, i) => {
    const description = Array.from(rule.children).find((n) => n.localName === 'description');
    const text = description ? description.textContent.replace(/^\s*\[[^\]]*\]\s*(default\s*)?/, '').trim() : '';
    rules[rule.getAttribute('id')] = text || `第${i + 1}条规则`;
  });
  return { inputs, rules };
}

/** 一个结果值的文字：是/否、列表、各输出的值。 */
export function valueText(value) {
  if (value === null || value === undefined || value === '') return '（空）';
  if (value === true) return '是';
  if (value === false) return '否';
  if (Array.isArray(value)) return value.length ? value.map(valueText).join('；') : '（没有命中规则）';
  if (typeof value === 'object') return Object.keys(value).map((k) => valueText(value[k])).join('，');
  return String(value);
}

export function renderTry(ctx, row, getDraft, original) {
  const node = h('section', { className: 'lyp-try', ly: 'try-panel' });
  const previewFeedback = createFeedback();
  const replayFeedback = createFeedback();
  const fields = h('div', { className: 'lyp-try-fields', ly: 'preview-fields' });
  const previewResult = h('div', { ly: 'preview-result' });
  const replayResult = h('div', { ly: 'replay-result' });
  const months = h('select', { className: 'form-control input-sm lyp-months', ly: 'replay-months' },
    MONTHS.map((m) => h('option', { value: String(m), text: `近${m}个月`, selected: m === 12 })));
  const previewButton = button('preview', '试算', 'btn-default btn-sm', onPreview);
  const replayButton = button('replay', '按历史案件回放', 'btn-default btn-sm', onReplay);
  let shownInputs = null; // 当前表单对应的输入列（草稿的输入改了时重建）

  replaceChildren(node, [
    h('h4', { className: 'lyp-try-title', text: '试算与回放（不部署，不改变任何案件）' }),
    h('div', { className: 'lyp-try-block' }, [
      h('p', { className: 'lyp-note', text: '试算：填写各输入，看编辑中的决策表命中哪条规则、得出什么结果。' }),
      fields, h('div', { className: 'lyp-try-actions' }, [previewButton]), previewFeedback.node, previewResult
    ]),
    h('div', { className: 'lyp-try-block' }, [
      h('p', { className: 'lyp-note', text: `回放：用${ctx.me && ctx.me.county ? ctx.me.countyName : '各县'}这项决策过去的真实输入，按编辑中的决策表重新判断，列出结果会改变的案件。` }),
      h('div', { className: 'lyp-try-actions' }, [months, replayButton]), replayFeedback.node, replayResult
    ])
  ]);

  formValues(readDraft(original || '', row.key).inputs);

  /** 按草稿的输入列建（或保留）试算表单，返回 { values: { name: 值 }, rebuilt: 输入列是否变了（变了时表单重建，需重新填写） }。 */
  function formValues(inputs) {
    const same = shownInputs && shownInputs.map((i) => i.name).join() === inputs.map((i) => i.name).join();
    if (!same) {
      shownInputs = inputs;
      replaceChildren(fields, inputs.map((input) => h('label', { className: 'lyp-field lyp-try-field' }, [
        h('span', { text: input.label }),
        input.typeRef === 'boolean'
          ? h('select', { className: 'form-control input-sm', 'data-input': input.name }, [
            h('option', { value: '', text: '（空）' }), h('option', { value: 'true', text: '是' }), h('option', { value: 'false', text: '否' })])
          : h('input', { className: 'form-control input-sm', 'data-input': input.name, placeholder: TYPE_HINT[input.typeRef] || '' })
      ])));
    }
    const values = {};
    fields.querySelectorAll('[data-input]').forEach((field) => { values[field.getAttribute('data-input')] = field.value.trim(); });
    return { values, rebuilt: !same };
  }

  async function onPreview() {
    previewFeedback.clear();
    let xml;
    try { xml = await getDraft(); } catch (err) { previewFeedback.error(messageOf(err)); return; }
    const draft = readDraft(xml, row.key);
    const { values, rebuilt } = formValues(draft.inputs);
    if (rebuilt) { replaceChildren(previewResult, [note('决策表的输入改变了，已按新的输入重建，请填写后再点“试算”')]); return; }
    previewButton.disabled = true;
    try {
      const result = await ctx.client.post('/preview', { decisionKey: row.key, text: xml, inputs: values });
      const matched = result.matchedRules || [];
      replaceChildren(previewResult, [matched.length
        ? h('ul', { className: 'lyp-try-matched', ly: 'preview-matched' }, matched.map((rule) => h('li', {}, [
          h('strong', { text: valueText(rule.outputs) }), `　${draft.rules[rule.ruleId] || rule.description || rule.ruleId}`])))
        : note('没有命中任何规则（这组输入得不出结果）', 'preview-none'),
      result.aggregate !== null && result.aggregate !== undefined ? note(`汇总结果：${valueText(result.aggregate)}`, 'preview-aggregate') : null]);
    } catch (err) {
      replaceChildren(previewResult, []);
      previewFeedback.error(messageOf(err));
    } finally {
      previewButton.disabled = false;
    }
  }

  async function onReplay() {
    replayFeedback.clear();
    let xml;
    try { xml = await getDraft(); } catch (err) { replayFeedback.error(messageOf(err)); return; }
    const draft = readDraft(xml, row.key);
    replayButton.disabled = true;
    replayButton.textContent = '回放中…';
    replaceChildren(replayResult, []);
    try {
      const body = { decisionKey: row.key, text: xml, months: Number(months.value) };
      if (ctx.county()) body.county = ctx.county();
      const { report, since, evaluatedAt } = await ctx.client.post('/replay', body);
      replaceChildren(replayResult, renderReplay(report, since, evaluatedAt || [], readDraft(original || xml, row.key), draft));
    } catch (err) {
      replayFeedback.error(messageOf(err));
    } finally {
      replayButton.disabled = false;
      replayButton.textContent = '按历史案件回放';
    }
  }

  return node;
}

function renderReplay(report, since, times, inForce, draft) {
  const where = report.county ? '本县' : '各县';
  const summary = report.evaluations === 0
    ? `${since} 以来${where}没有做过这项决策，没有可回放的案件。`
    : `${since} 以来${where}共做过 ${report.evaluations} 次这项决策，回放 ${report.replayed} 次`
      + (report.skipped ? `（${report.skipped} 次的历史数据无法读回，未回放）` : '')
      + `：${report.changed ? `${report.changed} 个结果会改变` : '结果全部不变'}`
      + (report.failed ? `，其中 ${report.failed} 次新决策表无法作出决定` : '') + '。';
  const labels = {};
  (report.inputs || []).forEach((i) => { labels[i.name] = i.label; });
  const rulesText = (ids, table) => (ids || []).map((id) => table.rules[id] || draft.rules[id] || id).join('；');
  const changes = report.changes || [];
  const shown = changes.slice(0, SHOWN_CHANGES);
  return [
    h('p', { className: `lyp-replay-summary ${report.changed ? 'lyp-replay-changed' : ''}`, ly: 'replay-summary',
      'data-evaluations': String(report.evaluations), 'data-changed': String(report.changed), text: summary }),
    (report.warnings || []).length ? h('ul', { className: 'lyp-warnings', ly: 'replay-warnings' }, report.warnings.map((w) => h('li', { text: w }))) : null,
    shown.length ? h('div', { className: 'table-responsive' }, [h('table', { className: 'table table-condensed lyp-table', ly: 'table-replay' }, [
      h('thead', {}, [h('tr', {}, ['决策时间', '村', '案件', '当时的输入', '原结果', '新结果'].map((t) => h('th', { text: t })))]),
      h('tbody', {}, shown.map((c, i) => h('tr', { 'data-process-instance-id': c.processInstanceId || '' }, [
        h('td', { className: 'lyp-col-time', text: times[i] || '' }),
        h('td', { text: c.villageName || '—' }),
        h('td', { text: c.caseTitle || c.businessKey || '—' }),
        h('td', { className: 'lyp-col-inputs', text: Object.keys(c.inputs || {}).map((k) => `${labels[k] || k}：${valueText(c.inputs[k])}`).join('；') }),
        h('td', { ly: 'replay-before', text: `${valueText(c.before)}${c.rulesBefore && c.rulesBefore.length ? `（${rulesText(c.rulesBefore, inForce)}）` : ''}` }),
        h('td', { ly: 'replay-after', className: 'lyp-after', text: c.error ? `无法作出决定：${c.error}`
          : `${valueText(c.after)}${c.rulesAfter && c.rulesAfter.length ? `（${rulesText(c.rulesAfter, draft)}）` : ''}` })
      ])))
    ])]) : null,
    report.listed > shown.length || report.changed > report.listed
      ? note(`只列出前 ${shown.length} 个（共 ${report.changed} 个结果会改变）`) : null
  ];
}
