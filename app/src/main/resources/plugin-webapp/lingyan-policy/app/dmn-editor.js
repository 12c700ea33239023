/*
 * 编辑决策表：在浏览器中用 dmn-js 建模器修改在用版本（界面为中文），“部署”时写明理由，作为本县的新版本部署
 * （管理员为全省通用版本）。部署前可在下方“试算与回放”中试用编辑中的表；确认部署的对话框显示规则检查和与在用版本的差异。
 * 编辑器实例挂在画布节点的 lingyanEditor 属性上，供测试取用。
 */
import { deployChecks } from './checks.js';
import { askReason } from './reason-dialog.js';
import { renderTry } from './try.js';
import { load } from './vendor.js';
import { openDecisionTable } from './viewer.js';
import { dmnOptions } from './zh.js';
import { button, createFeedback, download, fileName, h, messageOf, note, panel, replaceChildren, versionsText } from './shared.js';

/** 部署到哪里，用于提示：本县版本，或（管理员）全省通用版本。 */
export const targetText = (me) => (me && me.county ? `${me.countyName}的本县版本（只作用于${me.countyName}的案件）` : '全省通用版本');

export function openDmnEditor(ctx, row) {
  const feedback = createFeedback();
  const canvas = h('div', { className: 'lyp-canvas lyp-canvas-dmn lyp-editor', ly: 'dmn-editor' }, [note('加载中…')]);
  const name = fileName(row.resourceName);
  let modeler = null;
  let original = null;
  const draft = () => (modeler ? modeler.saveXML({ format: true }).then(({ xml }) => xml)
    : Promise.reject(new Error('决策表还没有加载完')));
  const tryArea = h('div', { ly: 'try-area' });
  const deploy = button('deploy', '部署', 'btn-primary btn-sm', onDeploy);
  const save = button('download', '下载文件', 'btn-default btn-sm', () => modeler && modeler.saveXML({ format: true })
    .then(({ xml }) => download(name, xml), (err) => feedback.error(messageOf(err))));
  deploy.disabled = save.disabled = true;
  const hint = note(`在表格中直接修改条件和结果，右键单元格可添加或删除规则；“部署”后成为${targetText(ctx.me)}。`);
  ctx.open(panel('dmn-editor-panel', `编辑决策表：${row.name}（${row.key}，当前 v${row.version}，${row.scope}）`, [save, deploy],
    [hint, feedback.node, canvas, tryArea], () => ctx.close()), () => modeler && modeler.destroy());

  Promise.all([ctx.client.get(`/definitions/${encodeURIComponent(row.definitionId)}/content`), load('dmnModeler')]).then(async ([file, DmnJS]) => {
    replaceChildren(canvas, []);
    original = file.text;
    modeler = new DmnJS(dmnOptions(canvas));
    canvas.lingyanEditor = modeler;
    await modeler.importXML(file.text);
    await openDecisionTable(modeler, row.key);
    deploy.disabled = save.disabled = false;
    replaceChildren(tryArea, [renderTry(ctx, row, draft, original)]);
    canvas.setAttribute('data-ready', 'true');
  }).catch((err) => feedback.error(messageOf(err)));

  async function onDeploy() {
    feedback.clear();
    let xml;
    try {
      ({ xml } = await modeler.saveXML({ format: true }));
    } catch (err) {
      feedback.error(`决策表无法保存：${messageOf(err)}`);
      return;
    }
    askReason({
      title: `部署决策表：${row.name}`,
      summary: `文件 ${name} 将部署为${targetText(ctx.me)}。正在办理的案件此后再做这项决策时按新版本判断，已做出的决策不变。`,
      checks: deployChecks(ctx, [{ name, text: xml, base: row.definitionId }]),
      submit: (reason) => ctx.client.post('/deployments', ctx.scoped({ reason, files: [{ name, text: xml }] })),
      done: (change) => ctx.done(`已部署：${versionsText(change)}`)
    });
  }
}
