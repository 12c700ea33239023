/*
 * 转办与委派：在任务的候选办理人（同一岗位的人员）中选择一人。
 * 每个操作是审批操作栏的一项：表单字段、请求体（含校验）、成功提示；leaves 表示办理后任务离开当前用户的列表。
 */
import { field, textArea, requireText } from './shared.js';

/** 转办：任务交给对方，此后由对方办理。select 生成候选人下拉，nameOf 把账号换成姓名。 */
export const transferAction = (select, nameOf) => ({
  key: 'transfer', label: '转办', title: '转交他人办理', leaves: true,
  fields: () => [field('转办给', select('transfer-user', false), { required: true }),
    field('转办说明', textArea('transfer-reason', '选填'))],
  payload: (v) => ({ userId: requireText(v['transfer-user'], '请选择转办对象'), reason: v['transfer-reason'] }),
  done: (p) => `任务已转办给 ${nameOf(p.userId)}，请刷新任务列表`
});

/** 委派：对方办理后，任务回到委派人这里确认。 */
export const delegateAction = (select, nameOf) => ({
  key: 'delegate', label: '委派', title: '委派他人协办（办完后回到您这里确认）', leaves: true,
  fields: () => [field('委派给', select('delegate-user', false), { required: true }),
    field('委派说明', textArea('delegate-reason', '选填'))],
  payload: (v) => ({ userId: requireText(v['delegate-user'], '请选择委派对象'), reason: v['delegate-reason'] }),
  done: (p) => `任务已委派给 ${nameOf(p.userId)}，对方办理后将回到您这里确认；请刷新任务列表`
});
