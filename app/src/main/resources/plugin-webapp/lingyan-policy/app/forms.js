/*
 * 流程的表单：在用版本部署时带的各个表单及使用它的步骤；“编辑”用 form-js 编辑器（1.10，与 Tasklist 7.24
 * 渲染表单所用的 schemaVersion 16 一致）修改，“部署”时写明理由：后端把表单和使用它的流程一起部署
 * （formRefBinding="deployment"）。
 */
import { targetText } from './dmn-editor.js';
import { deployChecks } from './checks.js';
import { askReason } from './reason-dialog.js';
import { load } from './vendor.js';
import { translateFormEditorChrome, translateFormFields } from './zh.js';
import { button, createFeedback, download, fileName, h, messageOf, note, panel, replaceChildren, versionsText } from './shared.js';

export function openForms(ctx, row) {
  const feedback = createFeedback();
  const listNode = h('div', {}, [note('加载中…')]);
  const editorArea = h('div', { className: 'lyp-form-area' });
  let release = null;
  const closeEditor = () => { if (release) release(); release = null; replaceChildren(editorArea, []); };
  ctx.open(panel('forms', `表单：${row.name}（v${row.version}，${row.scope}）`, [], [feedback.node, listNode, editorArea], () => ctx.close()), closeEditor);

  ctx.client.list(`/definitions/${encodeURIComponent(row.definitionId)}/forms`).then((forms) => {
    if (!forms.length) { replaceChildren(listNode, [note('这个流程没有使用表单')]); return; }
    replaceChildren(listNode, [h('table', { className: 'table table-condensed lyp-table', ly: 'table-forms' }, [
      h('thead', {}, [h('tr', {}, ['表单', '文件', '使用的步骤', '操作'].map((t) => h('th', { text: t })))]),
      h('tbody', {}, forms.map((form) => h('tr', { 'data-form-id': form.formId }, [
        h('td', { text: form.formId }), h('td', { text: fileName(form.resourceName) }), h('td', { text: form.usedBy.join('、') }),
        h('td', { className: 'lyp-actions' }, [button('edit-form', '编辑', 'btn-default btn-xs', () => { closeEditor(); release = edit(form); })])
      ])))
    ])]);
  }, (err) => { replaceChildren(listNode, []); feedback.error(messageOf(err)); });

  /** 在编辑区打开一个表单；返回释放编辑器的函数。 */
  function edit(form) {
    const formFeedback = createFeedback();
    const container = h('div', { className: 'lyp-form-editor', ly: 'form-editor' }, [note('加载中…')]);
    const name = fileName(form.resourceName);
    let editor = null;
    let stopTranslating = null;
    const deploy = button('deploy-form', '部署', 'btn-primary btn-sm', onDeploy);
    const save = button('download-form', '下载文件', 'btn-default btn-sm', () => editor && download(name, json(editor), 'application/json;charset=utf-8'));
    deploy.disabled = save.disabled = true;
    replaceChildren(editorArea, [h('div', { className: 'lyp-form-head' }, [
      h('h4', { className: 'lyp-form-title', text: `编辑表单 ${form.formId}（${form.usedBy.join('、')}）` }), save, deploy]),
    formFeedback.node, container]);
    ctx.reveal(editorArea);

    load('formEditor').then(async (FormJs) => {
      replaceChildren(container, []);
      editor = new FormJs.FormEditor({ container, additionalModules: [{ __init__: [['formFields', (formFields) => translateFormFields(formFields)]] }] });
      stopTranslating = translateFormEditorChrome(container);
      await editor.importSchema(JSON.parse(form.text));
      container.lingyanEditor = editor;
      deploy.disabled = save.disabled = false;
      container.setAttribute('data-ready', 'true');
    }).catch((err) => formFeedback.error(messageOf(err)));

    function onDeploy() {
      formFeedback.clear();
      const text = json(editor);
      askReason({
        title: `部署表单：${form.formId}`,
        summary: `表单 ${name} 将与使用它的流程“${row.name}”一起部署为${targetText(ctx.me)}；此后新发起的案件使用新表单。`,
        checks: deployChecks(ctx, [{ name, text, base: row.definitionId }]),
        submit: (reason) => ctx.client.post('/deployments', ctx.scoped({ reason, files: [{ name, text }] })),
        done: (change) => ctx.done(`已部署：${versionsText(change)}`)
      });
    }

    return () => {
      if (stopTranslating) stopTranslating();
      if (editor) editor.destroy();
    };
  }
}

const json = (editor) => `${JSON.stringify(editor.saveSchema(), null, 2)}\n`;
