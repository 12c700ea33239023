/*
 * 任务详情的“审批意见与操作”标签页：审批操作栏（退回、转办、委派、抄送、催办，同一时间只展开一个内联面板）、
 * 审批意见、证据材料与审批记录。
 */
import { h, replaceChildren, button, heading, createClient, createFeedback, submit, candidateSelect, readValues } from './shared.js';
import { returnAction } from './return-withdraw.js';
import { transferAction, delegateAction } from './hand-over.js';
import { ccAction, urgeAction } from './copy-urge.js';
import { createTimeline, createComment } from './timeline.js';
import { createEvidence } from './evidence.js';

export function renderTaskDetail(node, context) {
  if (!context.taskId) return replaceChildren(node, [h('p', { className: 'ly-empty', text: '未选择任务' })]);
  const client = createClient(context.api || {});
  const taskPath = `/tasks/${encodeURIComponent(context.taskId)}`;
  const feedback = createFeedback();

  // 候选人在首次打开转办/委派/抄送面板时加载，之后复用；失败后允许重试
  const names = {};
  let candidates = null;
  const loadCandidates = () => {
    if (!candidates) {
      candidates = client.list(`${taskPath}/candidates`).then((users) => {
        users.forEach((u) => { names[u.id] = u.name || u.id; });
        return users;
      });
      candidates.catch(() => { candidates = null; });
    }
    return candidates;
  };
  const select = (ly, multiple) => candidateSelect(ly, multiple, loadCandidates, feedback);
  const nameOf = (id) => names[id] || id;

  const timeline = createTimeline(client, taskPath, feedback);
  const comment = createComment(client, taskPath, feedback, () => timeline.reload(false));
  const evidence = createEvidence(client, taskPath, feedback, () => timeline.reload(false));

  // 操作按钮与内联面板（同一时间只展开一个）
  const panelSlot = h('div', { className: 'ly-panel-slot' });
  const buttons = {};
  let openKey = null;
  const closePanel = () => {
    openKey = null;
    replaceChildren(panelSlot, []);
    Object.keys(buttons).forEach((k) => buttons[k].classList.remove('active'));
  };
  const openPanel = (action) => {
    if (openKey === action.key) return closePanel();
    closePanel();
    feedback.clear();
    openKey = action.key;
    buttons[action.key].classList.add('active');
    const confirm = button('confirm', '确定', 'btn-primary btn-sm');
    const panel = h('div', { className: 'ly-inline-panel', ly: `panel-${action.key}` }, [h('h5', { className: 'ly-panel-title', text: action.title })]
      .concat(action.fields(), [h('div', { className: 'ly-panel-actions' }, [confirm, button('cancel', '取消', null, closePanel)])]));
    confirm.addEventListener('click', () => {
      let payload;
      try { payload = action.payload(readValues(panel)); } catch (invalid) { return feedback.error(invalid.message); }
      return submit(confirm, feedback, () => client.post(`${taskPath}/${action.key}`, payload), () => {
        closePanel();
        feedback.success(action.done(payload));
        if (action.leaves) {
          // 任务已离开当前用户：不再允许上传或再次操作
          evidence.disable();
          Object.keys(buttons).forEach((k) => { buttons[k].disabled = true; });
        }
        timeline.reload(action.leaves);
      });
    });
    panelSlot.appendChild(panel);
    const first = panel.querySelector('textarea, select, input');
    if (first) first.focus();
  };
  const toolbar = h('div', { className: 'btn-toolbar ly-toolbar', role: 'toolbar', 'aria-label': '审批操作' });
  [returnAction(), transferAction(select, nameOf), delegateAction(select, nameOf), ccAction(select), urgeAction()].forEach((action) => {
    buttons[action.key] = button(`btn-${action.key}`, action.label, 'btn-default btn-sm ly-action-btn', () => openPanel(action));
    buttons[action.key].title = action.title;
    toolbar.appendChild(buttons[action.key]);
  });

  replaceChildren(node, [h('div', { className: 'ly-approval', ly: 'approval' }, [
    feedback.node,
    h('section', { className: 'ly-section' }, [heading('审批操作'), toolbar, panelSlot]),
    comment,
    evidence.node,
    timeline.node
  ])]);
  evidence.load();
  timeline.reload(false);
}
