/*
 * 领雁审批插件的公共部分：建 DOM 的小工具、提示区、表单小部件，以及带 CSRF 头的 REST 客户端。
 * 后端拒绝时返回统一的拒绝体 {"type":"OPERATION_REFUSED","code":20017,"message":"【LY-20017】…"}，页面只显示 message。
 * 页面上的数据一律以文本节点写入，绝不拼 HTML。
 */

export const PLUGIN_ID = 'lingyan-approval';

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
  children.forEach((child) => parent.appendChild(child));
}

export const placeholder = (list, text) => replaceChildren(list, [h('li', { className: 'ly-empty', text })]);
export const button = (ly, text, className, onClick) =>
  h('button', { type: 'button', className: `btn ${className || 'btn-default btn-sm'}`, ly, text, onClick });
/** 一节的标题，extra 为标题右侧的按钮（如“刷新”）。 */
export const heading = (text, extra) => h('h4', { className: 'ly-heading' }, [text, extra]);
export const messageOf = (err) => (err && err.message) || '操作失败，请稍后重试';

const BEIJING = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
});

/** 带时区的 ISO 时间（服务端一律给出 +08:00）→ 北京时间 YYYY-MM-DD HH:mm，与浏览器所在时区无关。 */
export function formatTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (isNaN(d.getTime())) return String(iso);
  const part = Object.fromEntries(BEIJING.formatToParts(d).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/** 插件内提示区：红色错误框（data-ly=alert）或绿色成功消息（data-ly=message），同一时间只显示一条。 */
export function createFeedback() {
  const node = h('div', { className: 'ly-feedback', 'aria-live': 'polite' });
  const show = (child) => {
    replaceChildren(node, [child]);
    if (node.isConnected && node.scrollIntoView) node.scrollIntoView({ block: 'nearest' });
  };
  return {
    node,
    error: (text) => show(h('div', { className: 'alert alert-danger ly-alert', ly: 'alert', role: 'alert', text })),
    success: (text) => show(h('div', { className: 'alert alert-success ly-message', ly: 'message', role: 'status', text })),
    clear: () => replaceChildren(node, [])
  };
}

/** 提交期间禁用按钮；成功后调用 onOk，失败时在提示区显示后端返回的 message。 */
export async function submit(btn, feedback, request, onOk) {
  const label = btn.textContent;
  btn.disabled = true;
  btn.textContent = '提交中…';
  try {
    await request();
    onOk();
  } catch (err) {
    feedback.error(messageOf(err));
  }
  btn.disabled = false;
  btn.textContent = label;
}

/* ---------- REST 客户端 ---------- */

function readCookie(name) {
  const found = document.cookie.split(';').map((c) => c.trim()).find((c) => c.indexOf(name + '=') === 0);
  return found ? decodeURIComponent(found.slice(name.length + 1)) : '';
}

function pluginBase(api) {
  // 兜底：由引擎 API 前缀（/camunda/api/engine）推出 /camunda/api/tasklist
  const engineRoot = String(api.baseApi || api.baseApiUrl || '/camunda/api/engine').replace(/\/+$/, '');
  const root = api.tasklistApi || engineRoot.replace(/\/engine$/, '') + '/tasklist';
  return `${String(root).replace(/\/+$/, '')}/plugin/${PLUGIN_ID}/${encodeURIComponent(api.engine || 'default')}`;
}

/** 拒绝体的 message（已带【LY-…】编码）；没有拒绝体时按 HTTP 状态给出提示。 */
async function errorMessage(res) {
  const body = await res.json().catch(() => null); // 非 JSON 响应时为 null
  if (body && typeof body.message === 'string' && body.message) return body.message;
  if (res.status === 401) return '登录已失效，请重新登录后再试';
  if (res.status === 403) return '请求被拒绝（HTTP 403），请刷新页面后重试';
  return `请求失败（HTTP ${res.status}），请稍后重试`;
}

/** 插件后端的客户端：list 读列表（非数组按空列表），post 提交（无请求体时发送 {}）。 */
export function createClient(api) {
  const base = pluginBase(api);
  async function request(method, path, body) {
    const headers = method === 'GET' ? { Accept: 'application/json' } : {
      Accept: 'application/json', 'Content-Type': 'application/json',
      'X-XSRF-TOKEN': readCookie('XSRF-TOKEN') || api.CSRFToken || ''
    };
    const res = await fetch(base + path, { method, headers, credentials: 'same-origin', body: body && JSON.stringify(body) })
      .catch(() => { throw new Error('无法连接服务器，请检查网络后重试'); });
    if (!res.ok) throw new Error(await errorMessage(res));
    const text = res.status === 204 ? '' : await res.text();
    if (!text) return null;
    try { return JSON.parse(text); } catch (badJson) { throw new Error('服务器返回的数据格式不正确'); }
  }
  return {
    base,
    list: (path) => request('GET', path).then((data) => (Array.isArray(data) ? data : [])),
    post: (path, body) => request('POST', path, body || {})
  };
}

/* ---------- 表单小部件 ---------- */

export function field(label, control, opts) {
  const o = opts || {};
  return h('label', { className: 'ly-field' }, [
    h('span', { className: 'ly-label' }, [label, o.required ? h('span', { className: 'ly-required', text: ' *' }) : null]),
    control,
    o.hint ? h('span', { className: 'help-block ly-hint', text: o.hint }) : null
  ]);
}

export const textArea = (ly, hint) => h('textarea', { className: 'form-control ly-textarea', ly, rows: 3, placeholder: hint });

/** 候选人下拉（单选或多选），候选人加载完成后填入选项。 */
export function candidateSelect(ly, multiple, loadCandidates, feedback) {
  const select = h('select', { className: 'form-control ly-select', ly, multiple, size: multiple ? 6 : null });
  select.appendChild(h('option', { value: '', disabled: true, text: '正在加载候选人…' }));
  loadCandidates().then((users) => {
    const options = users.map((u) => h('option', { value: u.id, text: u.name && u.name !== u.id ? `${u.name}（${u.id}）` : u.id }));
    if (!multiple) options.unshift(h('option', { value: '', text: users.length ? '请选择…' : '（没有可选的办理人）' }));
    else if (!users.length) options.push(h('option', { value: '', disabled: true, text: '（没有可选的人员）' }));
    replaceChildren(select, options);
  }, (err) => {
    replaceChildren(select, [h('option', { value: '', text: '候选人加载失败' })]);
    feedback.error(messageOf(err));
  });
  return select;
}

/** 读取容器内带 data-ly 的输入控件：多选返回数组，其余返回去掉首尾空白的字符串。 */
export function readValues(container) {
  const values = {};
  container.querySelectorAll('input[data-ly], textarea[data-ly], select[data-ly]').forEach((c) => {
    values[c.getAttribute('data-ly')] = c.multiple
      ? Array.from(c.selectedOptions).map((o) => o.value).filter(Boolean)
      : c.value.trim();
  });
  return values;
}

export function requireText(value, message) {
  if (value) return value;
  throw new Error(message);
}
