/*
 * 抄送与催办：审批操作栏的两项，以及导航面板“抄送我的”列表的一行。
 */
import { h, field, textArea, formatTime } from './shared.js';

const GROUP = /^(组|group)[:：]/i;
const splitIds = (text) => String(text || '').split(/[\s,，、;；]+/).filter(Boolean);
const unique = (values) => values.filter((v, i) => values.indexOf(v) === i);

/** 抄送：从候选人中多选，另可填写账号或“组:组编号”。 */
export const ccAction = (select) => ({
  key: 'cc', label: '抄送', title: '抄送给相关人员',
  fields: () => [
    field('抄送人员', select('cc-users', true), { hint: '按住 Ctrl（Mac 为 ⌘）可多选' }),
    field('其他抄送对象', h('input', { type: 'text', className: 'form-control', ly: 'cc-extra', placeholder: '用户账号或“组:组编号”' }),
      { hint: '多个用逗号或空格分隔；以“组:”开头的表示用户组，例如 组:zhenban' }),
    field('附言', textArea('cc-note', '选填'))
  ],
  payload: (v) => {
    const extra = splitIds(v['cc-extra']);
    const userIds = unique(v['cc-users'].concat(extra.filter((id) => !GROUP.test(id))));
    const groupIds = unique(extra.filter((id) => GROUP.test(id)).map((id) => id.replace(GROUP, '')).filter(Boolean));
    if (!userIds.length && !groupIds.length) throw new Error('请至少选择或填写一个抄送对象');
    return { userIds, groupIds, note: v['cc-note'] };
  },
  done: (p) => `已抄送（人员 ${p.userIds.length} 位，用户组 ${p.groupIds.length} 个）`
});

/** 催办：提醒当前办理人（无人认领时提醒全部候选人）；间隔由服务器规定，过频时显示服务器的说明。 */
export const urgeAction = () => ({
  key: 'urge', label: '催办', title: '催促当前办理人',
  fields: () => [field('催办说明', textArea('urge-note', '选填，例如：请于今天下班前办理'))],
  payload: (v) => ({ note: v['urge-note'] }),
  done: () => '催办已发送'
});

/** “抄送我的”中的一项。 */
export function renderCc(c) {
  const place = [c.caseTitle, c.villageName].filter(Boolean).join(' · ');
  return h('li', { className: 'ly-item ly-cc', ly: 'cc-item', 'data-process-instance-id': c.processInstanceId }, [
    h('div', { className: 'ly-item-title', text: c.taskName || '（未命名任务）' }),
    place ? h('div', { className: 'ly-item-sub', text: place }) : null,
    h('div', { className: 'ly-item-meta', text: `${c.fromName || '—'} 抄送 · ${formatTime(c.createdAt)}` }),
    c.note ? h('div', { className: 'ly-note', text: `附言：${c.note}` }) : null
  ]);
}
