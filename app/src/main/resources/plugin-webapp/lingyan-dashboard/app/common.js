/*
 * 看板各模块共用：建元素（数据一律以文本节点写入，绝不拼 HTML）、列表与日期小工具、错误提示区，以及访问看板后端的
 * REST 客户端（<cockpitApi>/plugin/lingyan-dashboard/<engine>/...，全部是 GET，均可带 ?unit=区划代码）。
 */

const PLUGIN_ID = 'lingyan-dashboard';
export const PAGE_HASH = '#/lingyan-dashboard';

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
  children.filter(Boolean).forEach((child) => parent.appendChild(child));
}

export const button = (ly, text, className, onClick) =>
  h('button', { type: 'button', className: `btn ${className || 'btn-default btn-sm'}`, ly, text, onClick });
export const note = (text, ly) => h('p', { className: 'lyd-empty', ly, text });
export const messageOf = (err) => (err && err.message) || '加载失败，请稍后重试';
export const list = (value) => (Array.isArray(value) ? value : []);
export const sum = (rows, key) => list(rows).reduce((total, r) => total + (Number(r[key]) || 0), 0);
export const count = (rows, test) => list(rows).filter(test).length;
const BEIJING_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
// 北京时间的日期（与服务端的“今天”一致），与浏览器所在时区无关；北京时间没有夏令时，一天恒为 86400000 毫秒
const isoDate = (d) => { const p = Object.fromEntries(BEIJING_DAY.formatToParts(d).map((x) => [x.type, x.value])); return `${p.year}-${p.month}-${p.day}`; };
export const today = () => isoDate(new Date());
export const daysAgo = (n) => isoDate(new Date(Date.now() - n * 86400000));
export const yesNo = (flag) => (flag ? '是' : '否');

/** 2026-11 → 2026年11月；2026-11-23 → 2026年11月23日。 */
export function chineseDate(text) {
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/.exec(String(text || ''));
  return m ? `${m[1]}年${Number(m[2])}月` + (m[3] ? `${Number(m[3])}日` : '') : String(text || '');
}

export const isEmpty = (v) => v === null || v === undefined || v === '';
export const hours = (v) => (typeof v === 'number' && isFinite(v) ? v.toFixed(1) : '');

/** 插件内提示区：红色错误框（data-ly=alert），同一时间只显示一条。 */
export function createFeedback() {
  const node = h('div', { className: 'lyd-feedback', 'aria-live': 'polite' });
  const error = (text) => replaceChildren(node, [h('div', { className: 'alert alert-danger lyd-alert', ly: 'alert', role: 'alert', text })]);
  return { node, error, clear: () => replaceChildren(node, []) };
}

/* ---------- REST 客户端 ---------- */

function pluginBase(api) {
  // 兜底：由引擎 API 前缀（/camunda/api/engine）推出 /camunda/api/cockpit
  const root = api.cockpitApi || String(api.baseApi || '/camunda/api/engine').replace(/\/+$/, '').replace(/\/engine$/, '') + '/cockpit';
  return `${String(root).replace(/\/+$/, '')}/plugin/${PLUGIN_ID}/${encodeURIComponent(api.engine || 'default')}`;
}

/** 查询串，忽略空值。 */
function queryString(params) {
  const parts = Object.keys(params || {}).filter((k) => params[k] !== undefined && params[k] !== null && params[k] !== '')
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(params[k])}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

async function errorMessage(res) {
  const body = await res.json().catch(() => null); // 非 JSON 响应时为 null
  if (body && typeof body.message === 'string' && body.message) return body.message;
  if (res.status === 401) return '登录已失效，请重新登录后再试';
  if (res.status === 403) return '没有查看该单位数据的权限';
  if (res.status === 404) return '看板服务不可用（HTTP 404），请联系管理员';
  return `请求失败（HTTP ${res.status}），请稍后重试`;
}

export function createClient(api) {
  const base = pluginBase(api);
  async function get(path, params) {
    const res = await fetch(base + path + queryString(params), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .catch(() => { throw new Error('无法连接服务器，请检查网络后重试'); });
    if (!res.ok) throw new Error(await errorMessage(res));
    const text = res.status === 204 ? '' : await res.text();
    if (!text) return {};
    try { return JSON.parse(text); } catch (badJson) { throw new Error('服务器返回的数据格式不正确'); }
  }
  return { base, get, href: (path, params) => base + path + queryString(params) };
}
