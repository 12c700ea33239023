/*
 * 审批记录与审批意见：整个事项的意见、办理完成的环节和各项审批操作（按时间先后），以及在当前任务上提交意见。
 */
import { h, replaceChildren, placeholder, button, heading, messageOf, formatTime, submit, textArea } from './shared.js';

const KIND_LABELS = {
  COMMENT: '意见', COMPLETED: '办理', RETURN: '退回', TRANSFER: '转办', DELEGATE: '委派',
  RESOLVE: '委派办结', CC: '抄送', URGE: '催办', WITHDRAW: '撤回', BATCH: '批量办理', ATTACH: '上传材料'
};

function renderTimeline(list, entries) {
  if (!entries.length) return placeholder(list, '暂无审批记录');
  return replaceChildren(list, entries.map((e) => {
    const kind = String(e.kind || '');
    return h('li', { className: `ly-timeline-item ly-kind-${kind.toLowerCase()}`, ly: 'timeline-item', 'data-kind': kind }, [
      h('div', { className: 'ly-timeline-head' }, [
        h('span', { className: 'ly-time', text: formatTime(e.time) }),
        h('span', { className: 'ly-actor', text: e.actorName || e.actor || '系统' }),
        h('span', { className: 'label ly-kind', text: KIND_LABELS[kind] || kind }),
        e.step ? h('span', { className: 'ly-step', text: e.step }) : null
      ]),
      e.text ? h('div', { className: 'ly-text', text: e.text }) : null
    ]);
  }));
}

/**
 * “审批记录”一节。reload(quiet)：quiet 为真表示任务刚离开当前用户，此时加载失败不再弹错误，以免盖住成功提示。
 */
export function createTimeline(client, taskPath, feedback) {
  const list = h('ol', { className: 'ly-timeline', ly: 'timeline' });
  const reload = (quiet) => client.list(`${taskPath}/timeline`).then((entries) => renderTimeline(list, entries), (err) => {
    placeholder(list, quiet ? '任务已离开您的待办，审批记录暂不可查看' : '审批记录加载失败');
    if (!quiet) feedback.error(messageOf(err));
  });
  const node = h('section', { className: 'ly-section' }, [
    heading('审批记录', button('timeline-refresh', '刷新', 'btn-link btn-xs ly-refresh', () => reload(false))),
    list
  ]);
  placeholder(list, '加载中…');
  return { node, reload };
}

/** “审批意见”一节：提交后清空输入框并调用 onCommented（刷新审批记录）。 */
export function createComment(client, taskPath, feedback, onCommented) {
  const commentText = textArea('comment-text', '请输入审批意见');
  const commentSubmit = button('comment-submit', '提交', 'btn-primary btn-sm', () => {
    const text = commentText.value.trim();
    if (!text) return feedback.error('请填写审批意见');
    return submit(commentSubmit, feedback, () => client.post(`${taskPath}/comments`, { text }), () => {
      commentText.value = '';
      feedback.success('审批意见已提交');
      onCommented();
    });
  });
  return h('section', { className: 'ly-section' }, [heading('审批意见'), commentText, h('div', { className: 'ly-panel-actions' }, [commentSubmit])]);
}
