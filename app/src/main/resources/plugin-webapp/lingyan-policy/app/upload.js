/*
 * 上传文件部署：在 Camunda Modeler 中修改的流程（.bpmn），也可以是决策表（.dmn）或表单（.form），写明理由后部署为
 * 本县的新版本（管理员为全省通用版本）。流程使用的表单随流程一起部署，没有上传的从在用版本中补齐。
 * 上传前由后端检查（不能含脚本、Java 类、连接器、外部资源……），不通过时什么也不部署，原因显示在对话框中。
 */
import { targetText } from './dmn-editor.js';
import { deployChecks, inForceFor } from './checks.js';
import { askReason } from './reason-dialog.js';
import { button, createFeedback, h, messageOf, panel, replaceChildren, versionsText } from './shared.js';

const ACCEPT = '.bpmn,.dmn,.form';
const MAX_BYTES = 2 * 1024 * 1024;

export function openUpload(ctx) {
  const feedback = createFeedback();
  const input = h('input', { type: 'file', ly: 'upload-files', accept: ACCEPT, multiple: true, className: 'lyp-file' });
  const chosen = h('ul', { className: 'lyp-files', ly: 'upload-list' });
  const deploy = button('upload-deploy', '部署', 'btn-primary btn-sm', onDeploy);
  deploy.disabled = true;
  input.addEventListener('change', () => {
    feedback.clear();
    const files = Array.from(input.files || []);
    replaceChildren(chosen, files.map((f) => h('li', { text: `${f.name}（${Math.max(1, Math.round(f.size / 1024))} KB）` })));
    deploy.disabled = !files.length;
  });
  ctx.open(panel('upload', '上传文件部署', [], [
    h('p', { className: 'lyp-note', text: `选择在 Camunda Modeler 中修改好的流程（.bpmn）、决策表（.dmn）或表单（.form），每个文件不超过 2 MB，部署为${targetText(ctx.me)}。流程使用的表单会随流程一起部署。` }),
    h('div', { className: 'lyp-upload-row' }, [input, deploy]), chosen, feedback.node
  ], () => ctx.close()));

  async function onDeploy() {
    feedback.clear();
    const files = Array.from(input.files || []);
    const tooLarge = files.find((f) => f.size > MAX_BYTES);
    if (tooLarge) { feedback.error(`“${tooLarge.name}”超过 2 MB`); return; }
    let texts;
    try {
      texts = await Promise.all(files.map((f) => f.text().then((text) => ({ name: f.name, text }))));
    } catch (err) {
      feedback.error(`文件读取失败：${messageOf(err)}`);
      return;
    }
    askReason({
      title: '部署上传的文件',
      summary: `${files.map((f) => f.name).join('、')} 将部署为${targetText(ctx.me)}。`,
      checks: deployChecks(ctx, texts.map((f) => ({ name: f.name, text: f.text, base: inForceFor(ctx.rows, f.name, f.text) }))),
      submit: (reason) => ctx.client.post('/deployments', ctx.scoped({ reason, files: texts })),
      done: (change) => ctx.done(`已部署：${versionsText(change)}`)
    });
  }
}
