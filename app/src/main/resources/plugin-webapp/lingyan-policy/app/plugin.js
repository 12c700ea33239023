/*
 * 规则与流程管理 —— Camunda 7.24 Cockpit 前端插件（纯 DOM + fetch，无框架、无构建步骤，原生 ES 模块）。
 *   cockpit.navigation 顶部导航“规则与流程管理”：只对能使用的人显示（县委组织部的规则管理角色、管理员）；
 *   cockpit.route      页面 #/lingyan-policy：在用的流程与决策表、查看、历史版本与回滚、编辑决策表、表单、
 *                      上传部署、变更记录。
 * Cockpit 只加载本文件，其余模块按相对路径导入；能被取到的文件由 PolicyRootResource#ASSETS 列出，新增模块须一并登记。
 * bpmn.io 的编辑器（dmn-js、bpmn-js、form-js）由 vendor.js 从 /lingyan-vendor/ 按需加载。
 * Cockpit 调用 render(node, { api })；api 含 cockpitApi（/camunda/api/cockpit）、engine（引擎名）、CSRFToken。
 * 后端资源位于 <cockpitApi>/plugin/lingyan-policy/<engine>/...，拒绝时返回 {"type","code","message"}。
 *
 * 模块：shared.js 公共工具与 REST 客户端；page.js 页面骨架（管理员的县选择）；in-force.js 在用列表（ROW_ACTIONS
 * 登记每行的操作）；viewer.js 查看；versions.js 历史版本、比较、回滚与采用全省通用版本；dmn-editor.js 编辑决策表；
 * try.js 试算与回放；forms.js 表单；upload.js 上传部署；checks.js 部署前的规则检查与差异；diff.js 差异的显示；
 * migrate.js 迁移进行中的案件；changes.js 变更记录；reason-dialog.js 变更理由对话框；zh.js 编辑器界面的中文；
 * vendor.js 加载编辑器发行包。
 */
import { renderPage, unmountPage } from './page.js';
import { PAGE_HASH, PAGE_PATH, createClient, h, replaceChildren } from './shared.js';

/** 导航链接先隐藏，确认当前用户能使用本页（/me 不是 403）后才显示；后端对其他人一律拒绝。 */
function renderNavigation(node, context) {
  const link = h('a', { href: PAGE_HASH, className: 'lyp-nav-link', ly: 'policy-nav-link', text: '规则与流程管理' });
  const show = (visible, checked) => {
    node.hidden = !visible;
    if (checked) link.setAttribute('data-access', visible ? 'granted' : 'refused');
    const item = node.closest ? node.closest('li') : null; // Cockpit 放置导航项的 <li>，渲染时可能尚未挂上
    if (item) item.style.display = visible ? '' : 'none';
  };
  show(false);
  replaceChildren(node, [link]);
  createClient((context && context.api) || {}).get('/me').then(() => show(true, true), () => show(false, true));
}

export default [{
  id: 'lingyan-policy-nav',
  pluginPoint: 'cockpit.navigation',
  priority: 90, // 非负数：显示在导航栏上，排在“村级治理看板”之后
  properties: { pagePath: PAGE_HASH, label: '规则与流程管理', checkActive: (url) => String(url || '').indexOf(PAGE_HASH) > -1 },
  render: renderNavigation
}, {
  id: 'lingyan-policy-route',
  pluginPoint: 'cockpit.route',
  priority: 0,
  properties: { path: PAGE_PATH, label: '规则与流程管理' },
  render: renderPage,
  unmount: unmountPage
}];
