/*
 * 领雁审批 —— Camunda 7.24 Tasklist 前端插件（纯 DOM + fetch，无框架、无构建步骤，原生 ES 模块）。
 *   tasklist.task.detail   “审批意见与操作”：退回/转办/委派/抄送/催办、审批意见、证据材料、审批记录
 *   tasklist.navbar.action “抄送与消息”：未读角标 + 消息 / 抄送我的 / 可撤回 / 批量办理 面板
 * Tasklist 只加载本文件，其余模块按相对路径导入；能被取到的文件由 ApprovalPluginRootResource#getAllowedAssets 列出，
 * 新增模块须一并登记。
 * Tasklist 调用 render(node, { api, taskId? })；api 含 tasklistApi（/camunda/api/tasklist）、
 * baseApi（/camunda/api/engine）、engine（引擎名）、CSRFToken。后端资源位于
 * <tasklistApi>/plugin/lingyan-approval/<engine>/...。
 *
 * 模块：shared.js 公共工具与 REST 客户端；task-detail.js 任务标签页；timeline.js 审批记录与审批意见；
 * hand-over.js 转办/委派；copy-urge.js 抄送/催办；return-withdraw.js 退回/撤回；evidence.js 证据材料；
 * batch.js 批量办理；navbar.js 顶部导航“抄送与消息”。
 */
import { renderTaskDetail } from './task-detail.js';
import { renderNavbar, teardownNavbar } from './navbar.js';

export default [{
  id: 'lingyan-approval-task',
  pluginPoint: 'tasklist.task.detail',
  priority: 900, // 排在“表单”（1000）之后、“历史”（800）之前
  properties: { label: '审批意见与操作' },
  render: renderTaskDetail
}, {
  id: 'lingyan-approval-navbar',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: renderNavbar,
  unmount: teardownNavbar
}];
