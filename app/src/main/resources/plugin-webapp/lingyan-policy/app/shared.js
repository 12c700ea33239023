/*
 * 规则与流程管理插件的公共部分：建 DOM 的小工具、提示区、工作区面板外框，以及带 CSRF 头的 REST 客户端。
 * 后端拒绝时返回统一的拒绝体 {"type","code","message"}，页面在操作旁只显示 message。
 * 页面上的数据一律以文本节点写入，绝不拼 HTML。
 */

export const PLUGIN_ID = 'lingyan-policy';
export const PAGE_PATH = '/lingyan-policy';
export const PAGE_HASH = `#${PAGE_PATH}`;

export const KIND_LABEL = { PROCESS: '流程', DECISION: '决策表', FORM: '表单' };

/* ---------- DOM ---------- */

/** 创建元素。props：text / className / ly（data-ly）/ onXxx 事件，其余写为属性（true 为空属性）。 */
export function h(tag, props, children) {
  const node = document.createElement(tag);
  Object.keys(props || {}).forEach((key) => {
    const value = props[key];
    if (value === undefined || value === null || value === false) return;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'className') node.className = value;
    else if (key === 'ly') node.setAttribute('data-ly', value);
    else if (/^on[A-Z]/.test(key)) node.addEventListener(key.slice(2).toLowerCase(), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  });
  (children || []).filter((c) => c !== null && c !== undefined && c !== false)
    .forEach((c) => node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c));
  return node;
}

export function replaceChildren(parent, children) {
  parent.textContent = '';
  (children || []).filter(Boolean).forEach((child) => parent.appendChild(child));
}

export const button = (ly, text, className, onClick) =>
  h('button', { type: 'button', className: `btn ${className || 'btn-default btn-sm'}`, ly, text, onClick });
export const note = (text, ly) => h('p', { className: 'lyp-note', ly, text });
export const messageOf = (err) => (err && err.message) || '操作失败，请稍后重试';
export const list = (value) => (Array.isArray(value) ? value : []);
/** 部署后的资源名可能带目录（processes/rectification/acceptance-decision.dmn），上传时只用文件名。 */
export const fileName = (resourceName) => String(resourceName || '').replace(/^.*[\\/]/, '');

/** 提示区：红色错误框（data-ly=alert）或绿色成功消息（data-ly=message），同一时间只显示一条。 */
export function createFeedback() {
  const node = h('div', { className: 'lyp-feedback', 'aria-live': 'polite' });
  const show = (child) => replaceChildren(node, [child]);
  return {
    node,
    error: (text) => show(h('div', { className: 'alert alert-danger lyp-alert', ly: 'alert', role: 'alert', text })),
    success: (text) => show(h('div', { className: 'alert alert-success lyp-message', ly: 'message', role: 'status', text })),
    clear: () => replaceChildren(node, [])
  };
}

/** 工作区里的一个面板：标题、右上角的按钮（含“关闭”）与内容。 */
export function panel(ly, title, actions, children, onClose) {
  return h('section', { className: 'lyp-panel', ly }, [
    h('div', { className: 'lyp-panel-head' }, [
      h('h3', { className: 'lyp-panel-title', text: title }),
      h('div', { className: 'lyp-panel-actions' }, (actions || []).concat([button('close-panel', '关闭', 'btn-default btn-sm', onClose)]))
    ]),
    h('div', { className: 'lyp-panel-body' }, children)
  ]);
}

/** 适用范围：本县（橙色）或全省通用（灰色）。 */
export const scopeBadge = (row) =>
  h('span', { className: `label ${row.own ? 'label-warning' : 'label-default'} lyp-badge`, ly: 'row-scope', text: row.scope });

/** 把文本作为文件交给浏览器保存（例如下载决策表，提交回 processes/）。 */
export function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type: type || 'application/xml;charset=utf-8' }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** 一行“变更后”的版本说明，如“acceptance-decision v2（1.0.0，本县）”；多条用“；”连接。 */
export const versionsText = (change) => list(change && change.versionsAfter).join('；');

/* ---------- REST 客户端 ---------- */

function readCookie(name) {
  const found = document.cookie.split(';').map((c) => c.trim()).find((c) => c.indexOf(name + '=') === 0);
  return found ? decodeURIComponent(found.slice(name.length + 1)) : '';
}

function pluginBase(api) {
  // 兜底：由引擎 API 前缀（/camunda/api/engine）推出 /camunda/api/cockpit
  const root = api.cockpitApi || String(api.baseApi || '/camunda/api/engine').replace(/\/+$/, '').replace(/\/engine$/, '') + '/cockpit';
  return `${String(root).replace(/\/+$/, '')}/plugin/${PLUGIN_ID}/${encodeURIComponent(api.engine || 'default')}`;
}

function queryString(params) {
  const parts = Object.keys(params || {}).filter((k) => params[k] !== undefined && params[k] !== null && params[k] !== '')
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(params[k])}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** 拒绝体的 message（已带【LY-…】编码）；没有拒绝体时按 HTTP 状态给出提示。 */
async function errorMessage(res) {
  const body = await res.json().catch(() => null); // 非 JSON 响应时为 null
  if (body && typeof body.message === 'string' && body.message) return body.message;
  if (res.status === 401) return '登录已失效，请重新登录后再试';
  if (res.status === 403) return '没有使用“规则与流程管理”的权限';
  if (res.status === 404) return '规则与流程管理服务不可用（HTTP 404），请联系管理员';
  return `请求失败（HTTP ${res.status}），请稍后重试`;
}

/** 插件后端的客户端：get 读数据，post 以 JSON 提交；失败时抛出带后端 message 的 Error（status 为 HTTP 状态）。 */
export function createClient(api) {
  const base = pluginBase(api || {});
  async function request(method, path, params, body) {
    const headers = method === 'GET' ? { Accept: 'application/json' } : {
      Accept: 'application/json', 'Content-Type': 'application/json',
      'X-XSRF-TOKEN': readCookie('XSRF-TOKEN') || (api && api.CSRFToken) || ''
    };
    const res = await fetch(base + path + queryString(params), { method, headers, credentials: 'same-origin', body: body && JSON.stringify(body) })
      .catch(() => { throw new Error('无法连接服务器，请检查网络后重试'); });
    if (!res.ok) {
      const error = new Error(await errorMessage(res));
      error.status = res.status;
      throw error;
    }
    const text = res.status === 204 ? '' : await res.text();
    if (!text) return null;
    try { return JSON.parse(text); } catch (badJson) { throw new Error('服务器返回的数据格式不正确'); }
  }
  return {
    get: (path, params) => request('GET', path, params),
    list: (path, params) => request('GET', path, params).then(list),
    post: (path, body) => request('POST', path, null, body || {})
  };
}
