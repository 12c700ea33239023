/*
 * 村级治理看板 —— Camunda 7.24 Cockpit 前端插件（纯 DOM + fetch，原生 ES 模块，无框架、无构建步骤）。
 *   cockpit.navigation 顶部导航“村级治理看板”；cockpit.route 看板页面（page.js：单位选择、
 *   整顿台账 / 人选审查 / 议事决策 / 办理时效 四个标签页、月度通报）；cockpit.dashboard 首页卡片（summary.js）。
 * Cockpit 调用 render(node, { api })；api 含 cockpitApi（/camunda/api/cockpit）、engine（引擎名）、CSRFToken。
 * 本文件只登记插件点；其余模块由 Cockpit 从插件的静态资源提供（DashboardRootResource 列出允许的文件）。
 * 阶段、情形等中文文字都由后端随数据给出，前端不另存一份。
 */

import { PAGE_HASH, h, replaceChildren } from './common.js';
import { renderPage, unmountPage } from './page.js';
import { renderSummary, unmountSummary } from './summary.js';

function renderNavigation(node) {
  replaceChildren(node, [h('a', { href: PAGE_HASH, className: 'lyd-nav-link', ly: 'nav-link', text: '村级治理看板' })]);
}

export default [{
  id: 'lingyan-dashboard-nav',
  pluginPoint: 'cockpit.navigation',
  priority: 100, // 非负数：显示在导航栏上，而不是“更多”下拉菜单中
  properties: { pagePath: PAGE_HASH, label: '村级治理看板', checkActive: (url) => String(url || '').indexOf(PAGE_HASH) > -1 },
  render: renderNavigation
}, {
  id: 'lingyan-dashboard-route',
  pluginPoint: 'cockpit.route',
  priority: 0,
  properties: { path: '/lingyan-dashboard', label: '村级治理看板' },
  render: renderPage,
  unmount: unmountPage
}, {
  id: 'lingyan-dashboard-summary',
  pluginPoint: 'cockpit.dashboard',
  priority: 1000, // 排在其他自定义首页插件之前
  properties: { label: '村级治理看板' },
  render: renderSummary,
  unmount: unmountSummary
}];
