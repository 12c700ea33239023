/*
 * 查看一个版本：流程用 bpmn-js 查看器（可拖动、缩放），决策表用 dmn-js 查看器（直接打开该决策的表格）。
 * “下载文件”保存该版本的原文件，可在 Camunda Modeler 中修改后上传，或提交回 processes/。
 */
import { load } from './vendor.js';
import { dmnOptions } from './zh.js';
import { KIND_LABEL, button, createFeedback, download, fileName, h, messageOf, note, panel, replaceChildren } from './shared.js';

/** 打开 dmn-js 中 key 对应决策的表格视图（有决策需求图时 dmn-js 默认先显示图）。 */
export function openDecisionTable(dmn, key) {
  const view = dmn.getViews().find((v) => v.type === 'decisionTable' && v.element && v.element.id === key)
    || dmn.getViews().find((v) => v.type === 'decisionTable');
  return view ? dmn.open(view) : Promise.resolve();
}

export function openViewer(ctx, row) {
  const feedback = createFeedback();
  const canvas = h('div', { className: `lyp-canvas lyp-canvas-${row.kind === 'PROCESS' ? 'bpmn' : 'dmn'}`, ly: 'viewer-canvas' }, [note('加载中…')]);
  let content = null;
  let viewer = null;
  const save = button('download', '下载文件', 'btn-default btn-sm', () => content && download(fileName(content.resourceName), content.text));
  const title = `查看${KIND_LABEL[row.kind] || ''}：${row.name} v${row.version}（${row.scope}）`;
  ctx.open(panel('viewer', title, [save], [feedback.node, canvas], () => ctx.close()), () => viewer && viewer.destroy());

  const bundle = row.kind === 'PROCESS' ? 'bpmnViewer' : 'dmnViewer';
  Promise.all([ctx.client.get(`/definitions/${encodeURIComponent(row.definitionId)}/content`), load(bundle)]).then(async ([file, Lib]) => {
    content = file;
    replaceChildren(canvas, []);
    viewer = row.kind === 'PROCESS' ? new Lib({ container: canvas })
      : new Lib(dmnOptions(canvas));
    await viewer.importXML(file.text);
    if (row.kind === 'PROCESS') viewer.get('canvas').zoom('fit-viewport');
    else await openDecisionTable(viewer, row.key);
    canvas.setAttribute('data-ready', 'true');
  }).catch((err) => feedback.error(messageOf(err)));
}
