/*
 * 部署前检查，显示在变更理由对话框里：每个文件的规则检查（错误会使部署被拒绝，警告只提示）和与在用版本的差异。
 * 有错误时“确认部署”不可用，先回到编辑器修改。检查服务本身失败时只提示，不拦部署（后端部署时还会再检查）。
 */
import { renderDiff } from './diff.js';
import { h, messageOf, note, replaceChildren } from './shared.js';

const SEVERITY = { ERROR: ['错误', 'lyp-lint-error'], WARNING: ['警告', 'lyp-lint-warning'] };

function findings(list) {
  if (!list.length) return note('规则检查通过，没有发现问题', 'lint-clean');
  return h('ul', { className: 'lyp-lint', ly: 'lint-findings' }, list.map((f) => h('li', {
    className: SEVERITY[f.severity][1], 'data-severity': f.severity, 'data-rule': f.rule, 'data-element': f.elementId || ''
  }, [h('strong', { text: `${SEVERITY[f.severity][0]}　` }),
    `${f.elementId ? `${f.elementId}${f.elementName ? `（${f.elementName}）` : ''}：` : ''}${f.message}`])));
}

/** 在用版本中与上传文件同名（同一决策或流程标识）的行，用来比较上传的文件。 */
export function inForceFor(rows, name, text) {
  let ids = [];
  if (/\.dmn$/i.test(name)) ids = Array.from(text.matchAll(/<(?:\w+:)?decision\b[^>]*\bid="([^"]+)"/g)).map((m) => m[1]);
  else if (/\.bpmn$/i.test(name)) ids = Array.from(text.matchAll(/<(?:\w+:)?process\b[^>]*\bid="([^"]+)"/g)).map((m) => m[1]);
  const row = (rows || []).find((r) => ids.indexOf(r.key) > -1);
  return row ? row.definitionId : null;
}

/**
 * 返回给 askReason 的 checks(node)：对 files（[{name, text, base}]，base 为比较的在用版本 id，可空）逐个检查，
 * 结果写进 node；Promise 解析为 { blocking }（有错误时为 true）。
 */
export function deployChecks(ctx, files) {
  return (node) => {
    replaceChildren(node, [note('正在检查…', 'checks-running')]);
    return Promise.all(files.map((file) => Promise.all([
      ctx.client.post('/lint', { name: file.name, text: file.text }).then((list) => ({ list: list || [] }), (err) => ({ error: err })),
      file.base ? ctx.client.post('/diff-draft', { definitionId: file.base, name: file.name, text: file.text })
        .then((report) => ({ report }), (err) => ({ error: err })) : Promise.resolve(null)
    ]))).then((results) => {
      let blocking = false;
      replaceChildren(node, results.map(([lint, diff], i) => {
        const errors = lint.list ? lint.list.filter((f) => f.severity === 'ERROR').length : 0;
        if (errors || (lint.error && lint.error.status >= 400 && lint.error.status < 500)) blocking = true;
        return h('div', { className: 'lyp-check', ly: 'check', 'data-file': files[i].name, 'data-errors': String(errors) }, [
          h('h5', { className: 'lyp-check-title', text: files[i].name }),
          h('div', { className: 'lyp-check-part' }, [h('h6', { text: '规则检查' }),
            lint.error ? h('div', { className: 'alert alert-danger lyp-alert', ly: 'lint-refused', text: messageOf(lint.error) }) : findings(lint.list)]),
          diff ? h('div', { className: 'lyp-check-part' }, [h('h6', { text: '与在用版本的差异' }),
            diff.error ? note(`无法比较：${messageOf(diff.error)}`) : renderDiff(diff.report)]) : null
        ]);
      }));
      if (blocking) node.appendChild(h('div', { className: 'alert alert-danger lyp-alert', ly: 'checks-blocking', role: 'alert',
        text: '检查发现错误，部署会被拒绝：请先修改后再部署' }));
      return { blocking };
    });
  };
}
