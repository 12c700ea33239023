/*
 * 退回与撤回：审批操作栏的“退回”（退到上一步，由其办理人重办），以及导航面板“可撤回”列表的一行
 * （本人办结、下一步尚无人办理的任务）。
 */
import { h, replaceChildren, button, field, textArea, requireText, submit, formatTime } from './shared.js';

export const returnAction = () => ({
  key: 'return', label: '退回', title: '退回到上一步', leaves: true,
  fields: () => [field('审批意见/退回理由', textArea('return-reason', '请说明退回原因'), { required: true })],
  payload: (v) => ({ reason: requireText(v['return-reason'], '请填写退回理由') }),
  done: () => '任务已退回，请刷新任务列表'
});

/** “可撤回”中的一项：点“撤回”展开理由表单，撤回成功后 reload 重新加载列表。 */
export function renderWithdrawable(w, client, feedback, reload) {
  const formSlot = h('div', { className: 'ly-withdraw-slot' });
  const item = h('li', { className: 'ly-item ly-withdraw', ly: 'withdraw-item', 'data-id': w.historicTaskId }, [
    h('div', { className: 'ly-item-row' }, [
      h('div', { className: 'ly-item-main' }, [
        h('div', { className: 'ly-item-title', text: w.name || '（未命名任务）' }),
        w.caseTitle ? h('div', { className: 'ly-item-sub', text: w.caseTitle }) : null,
        h('div', { className: 'ly-item-meta', text: `办结于 ${formatTime(w.completedAt)}` })
      ]),
      button('withdraw-btn', '撤回', 'btn-default btn-xs ly-withdraw-btn', () => openForm())
    ]),
    formSlot
  ]);
  function openForm() {
    // 同一时间只展开一个撤回表单
    item.parentNode.querySelectorAll('.ly-withdraw-slot').forEach((slot) => replaceChildren(slot, []));
    const reason = textArea('withdraw-reason', '请填写撤回理由');
    const confirm = button('withdraw-confirm', '确认撤回', 'btn-primary btn-sm', () => {
      const text = reason.value.trim();
      if (!text) return feedback.error('请填写撤回理由');
      return submit(confirm, feedback, () => client.post(`/withdraw/${encodeURIComponent(w.historicTaskId)}`, { reason: text }), () => {
        feedback.success(`已撤回“${w.name || '任务'}”，任务已回到您的待办，请刷新任务列表`);
        reload();
      });
    });
    replaceChildren(formSlot, [h('div', { className: 'ly-inline-panel' }, [
      field('撤回理由', reason, { required: true }),
      h('div', { className: 'ly-panel-actions' }, [confirm, button('withdraw-cancel', '取消', null, () => replaceChildren(formSlot, []))])
    ])]);
    reason.focus();
  }
  return item;
}
