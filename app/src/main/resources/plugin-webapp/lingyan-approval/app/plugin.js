/*
 * 领雁审批 —— Camunda 7.24 Tasklist 前端插件（纯 DOM + fetch，无框架、无构建步骤，ES2019）。
 *   tasklist.task.detail   “审批意见与操作”：退回/转办/委派/抄送/催办、审批意见、证据材料、审批记录
 *   tasklist.navbar.action “抄送与消息”：未读角标 + 消息 / 抄送我的 / 可撤回 / 批量办理 面板
 * Tasklist 调用 render(node, { api, taskId? })；api 含 tasklistApi（/camunda/api/tasklist）、
 * baseApi（/camunda/api/engine）、engine（引擎名）、CSRFToken。后端资源位于
 * <tasklistApi>/plugin/lingyan-approval/<engine>/...。页面上的数据一律以文本节点写入，绝不拼 HTML。
 */

const PLUGIN_ID = 'lingyan-approval';
const POLL_INTERVAL_MS = 60000;
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024; // 与后端上限一致，后端会再校验一次
const ATTACHMENT_ACCEPT = '.jpg,.jpeg,.png,.pdf,.doc,.docx,.xls,.xlsx';

const KIND_LABELS = {
  COMMENT: '意见', COMPLETED: '办理', RETURN: '退回', TRANSFER: '转办', DELEGATE: '委派',
  RESOLVE: '委派办结', CC: '抄送', URGE: '催办', WITHDRAW: '撤回', BATCH: '批量办理', ATTACH: '上传材料'
};
const NOTICE_LABELS = { URGE: '催办', REMINDER: '提醒', OVERDUE: '超期', CC: '抄送', RETURN: '退回', TRANSFER: '转办', DELEGATE: '委派' };

/* ---------- 通用工具 ---------- */

/** 创建元素。props：text / className / ly（data-ly）/ onXxx 事件，其余写为属性（true 为空属性）。 */
function h(tag, props, children) {
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

function replaceChildren(parent, children) {
  parent.textContent = '';
  children.forEach((child) => parent.appendChild(child));
}

const placeholder = (list, text) => replaceChildren(list, [h('li', { className: 'ly-empty', text })]);
const button = (ly, text, className, onClick) =>
  h('button', { type: 'button', className: `btn ${className || 'btn-default btn-sm'}`, ly, text, onClick });
const messageOf = (err) => (err && err.message) || '操作失败，请稍后重试';

/** ISO 时间 → YYYY-MM-DD HH:mm（浏览器本地时区）。 */
function formatTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (isNaN(d.getTime())) return String(iso);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** 字节数 → KB / MB（保留一位小数）。 */
function formatSize(bytes) {
  if (typeof bytes !== 'number' || !isFinite(bytes) || bytes < 0) return '';
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** 以 data URL 读取文件，返回去掉“data:…;base64,”前缀后的 Base64 内容。 */
function readAsBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result || '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error('文件读取失败，请重新选择文件'));
    reader.readAsDataURL(file);
  });
}

function readCookie(name) {
  const found = document.cookie.split(';').map((c) => c.trim()).find((c) => c.indexOf(name + '=') === 0);
  return found ? decodeURIComponent(found.slice(name.length + 1)) : '';
}

/** 插件内提示区：红色错误框（data-ly=alert）或绿色成功消息（data-ly=message），同一时间只显示一条。 */
function createFeedback() {
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
async function submit(btn, feedback, request, onOk) {
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

function pluginBase(api) {
  // 兜底：由引擎 API 前缀（/camunda/api/engine）推出 /camunda/api/tasklist
  const engineRoot = String(api.baseApi || api.baseApiUrl || '/camunda/api/engine').replace(/\/+$/, '');
  const root = api.tasklistApi || engineRoot.replace(/\/engine$/, '') + '/tasklist';
  return `${String(root).replace(/\/+$/, '')}/plugin/${PLUGIN_ID}/${encodeURIComponent(api.engine || 'default')}`;
}

async function errorMessage(res) {
  const body = await res.json().catch(() => null); // 非 JSON 响应时为 null
  if (body && typeof body.message === 'string' && body.message) return body.message;
  if (res.status === 401) return '登录已失效，请重新登录后再试';
  if (res.status === 403) return '请求被拒绝（HTTP 403），请刷新页面后重试';
  return `请求失败（HTTP ${res.status}），请稍后重试`;
}

function createClient(api) {
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

function field(label, control, opts) {
  const o = opts || {};
  return h('label', { className: 'ly-field' }, [
    h('span', { className: 'ly-label' }, [label, o.required ? h('span', { className: 'ly-required', text: ' *' }) : null]),
    control,
    o.hint ? h('span', { className: 'help-block ly-hint', text: o.hint }) : null
  ]);
}

const textArea = (ly, hint) => h('textarea', { className: 'form-control ly-textarea', ly, rows: 3, placeholder: hint });

/** 候选人下拉（单选或多选），候选人加载完成后填入选项。 */
function candidateSelect(ly, multiple, loadCandidates, feedback) {
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
function readValues(container) {
  const values = {};
  container.querySelectorAll('input[data-ly], textarea[data-ly], select[data-ly]').forEach((c) => {
    values[c.getAttribute('data-ly')] = c.multiple
      ? Array.from(c.selectedOptions).map((o) => o.value).filter(Boolean)
      : c.value.trim();
  });
  return values;
}

function requireText(value, message) {
  if (value) return value;
  throw new Error(message);
}

const splitIds = (text) => String(text || '').split(/[\s,，、;；]+/).filter(Boolean);
const unique = (values) => values.filter((v, i) => values.indexOf(v) === i);

/* ---------- 任务详情：审批意见与操作 ---------- */

/** 五个审批操作：表单字段、请求体（含校验）、成功提示；leaves 表示办理后任务离开当前用户的列表。 */
function actionDefinitions(select, nameOf) {
  const GROUP = /^(组|group)[:：]/i;
  return [{
    key: 'return', label: '退回', title: '退回到上一步', leaves: true,
    fields: () => [field('审批意见/退回理由', textArea('return-reason', '请说明退回原因'), { required: true })],
    payload: (v) => ({ reason: requireText(v['return-reason'], '请填写退回理由') }),
    done: () => '任务已退回，请刷新任务列表'
  }, {
    key: 'transfer', label: '转办', title: '转交他人办理', leaves: true,
    fields: () => [field('转办给', select('transfer-user', false), { required: true }),
      field('转办说明', textArea('transfer-reason', '选填'))],
    payload: (v) => ({ userId: requireText(v['transfer-user'], '请选择转办对象'), reason: v['transfer-reason'] }),
    done: (p) => `任务已转办给 ${nameOf(p.userId)}，请刷新任务列表`
  }, {
    key: 'delegate', label: '委派', title: '委派他人协办（办完后回到您这里确认）', leaves: true,
    fields: () => [field('委派给', select('delegate-user', false), { required: true }),
      field('委派说明', textArea('delegate-reason', '选填'))],
    payload: (v) => ({ userId: requireText(v['delegate-user'], '请选择委派对象'), reason: v['delegate-reason'] }),
    done: (p) => `任务已委派给 ${nameOf(p.userId)}，对方办理后将回到您这里确认；请刷新任务列表`
  }, {
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
  }, {
    key: 'urge', label: '催办', title: '催促当前办理人（每小时最多一次）',
    fields: () => [field('催办说明', textArea('urge-note', '选填，例如：请于今天下班前办理'))],
    payload: (v) => ({ note: v['urge-note'] }),
    done: () => '催办已发送'
  }];
}

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

/** 证据材料列表：文件名为下载链接（普通 GET，由会话 Cookie 认证），其下为大小、环节、上传人、时间与说明。 */
function renderAttachments(list, items, hrefOf) {
  if (!items.length) return placeholder(list, '暂无材料');
  return replaceChildren(list, items.map((a) => h('li', { className: 'ly-item ly-attachment', ly: 'attachment-item', 'data-name': a.name }, [
    h('div', { className: 'ly-attachment-head' }, [
      h('a', { className: 'ly-attachment-link', ly: 'attachment-link', href: hrefOf(a.id), download: a.name || true, text: a.name || '（未命名文件）' }),
      h('span', { className: 'ly-attachment-size', text: formatSize(a.size) })
    ]),
    h('div', { className: 'ly-attachment-meta' }, [
      a.step ? h('span', { className: 'ly-step', text: a.step }) : null,
      h('span', { className: 'ly-item-meta', text: `${a.uploaderName || '—'} 上传 · ${formatTime(a.createdAt)}` })
    ]),
    a.description ? h('div', { className: 'ly-note', text: a.description }) : null
  ])));
}

function renderTaskDetail(node, context) {
  if (!context.taskId) return replaceChildren(node, [h('p', { className: 'ly-empty', text: '未选择任务' })]);
  const client = createClient(context.api || {});
  const taskPath = `/tasks/${encodeURIComponent(context.taskId)}`;
  const feedback = createFeedback();

  // 候选人在首次打开转办/委派/抄送面板时加载，之后复用；失败后允许重试
  const names = {};
  let candidates = null;
  const loadCandidates = () => {
    if (!candidates) {
      candidates = client.list(`${taskPath}/candidates`).then((users) => {
        users.forEach((u) => { names[u.id] = u.name || u.id; });
        return users;
      });
      candidates.catch(() => { candidates = null; });
    }
    return candidates;
  };
  const select = (ly, multiple) => candidateSelect(ly, multiple, loadCandidates, feedback);

  // 审批记录；quiet：任务刚离开当前用户时不再弹错误，以免盖住成功提示
  const timeline = h('ol', { className: 'ly-timeline', ly: 'timeline' });
  const reloadTimeline = (quiet) => client.list(`${taskPath}/timeline`).then((entries) => renderTimeline(timeline, entries), (err) => {
    placeholder(timeline, quiet ? '任务已离开您的待办，审批记录暂不可查看' : '审批记录加载失败');
    if (!quiet) feedback.error(messageOf(err));
  });

  // 操作按钮与内联面板（同一时间只展开一个）
  const panelSlot = h('div', { className: 'ly-panel-slot' });
  const buttons = {};
  let openKey = null;
  const closePanel = () => {
    openKey = null;
    replaceChildren(panelSlot, []);
    Object.keys(buttons).forEach((k) => buttons[k].classList.remove('active'));
  };
  const openPanel = (action) => {
    if (openKey === action.key) return closePanel();
    closePanel();
    feedback.clear();
    openKey = action.key;
    buttons[action.key].classList.add('active');
    const confirm = button('confirm', '确定', 'btn-primary btn-sm');
    const panel = h('div', { className: 'ly-inline-panel', ly: `panel-${action.key}` }, [h('h5', { className: 'ly-panel-title', text: action.title })]
      .concat(action.fields(), [h('div', { className: 'ly-panel-actions' }, [confirm, button('cancel', '取消', null, closePanel)])]));
    confirm.addEventListener('click', () => {
      let payload;
      try { payload = action.payload(readValues(panel)); } catch (invalid) { return feedback.error(invalid.message); }
      return submit(confirm, feedback, () => client.post(`${taskPath}/${action.key}`, payload), () => {
        closePanel();
        feedback.success(action.done(payload));
        if (action.leaves) [uploadBtn, fileInput].concat(Object.keys(buttons).map((k) => buttons[k])).forEach((b) => { b.disabled = true; });
        reloadTimeline(action.leaves);
      });
    });
    panelSlot.appendChild(panel);
    const first = panel.querySelector('textarea, select, input');
    if (first) first.focus();
  };
  const toolbar = h('div', { className: 'btn-toolbar ly-toolbar', role: 'toolbar', 'aria-label': '审批操作' });
  actionDefinitions(select, (id) => names[id] || id).forEach((action) => {
    buttons[action.key] = button(`btn-${action.key}`, action.label, 'btn-default btn-sm ly-action-btn', () => openPanel(action));
    buttons[action.key].title = action.title;
    toolbar.appendChild(buttons[action.key]);
  });

  // 审批意见
  const commentText = textArea('comment-text', '请输入审批意见');
  const commentSubmit = button('comment-submit', '提交', 'btn-primary btn-sm', () => {
    const text = commentText.value.trim();
    if (!text) return feedback.error('请填写审批意见');
    return submit(commentSubmit, feedback, () => client.post(`${taskPath}/comments`, { text }), () => {
      commentText.value = '';
      feedback.success('审批意见已提交');
      reloadTimeline(false);
    });
  });

  // 证据材料：整个案件各环节上传的材料；超过 10MB 的文件在浏览器端直接拒绝
  const attachments = h('ul', { className: 'ly-list ly-attachments', ly: 'attachments' });
  const contentHref = (id) => `${client.base}/attachments/${encodeURIComponent(id)}/content`;
  const reloadAttachments = () => client.list(`${taskPath}/attachments`).then((items) => renderAttachments(attachments, items, contentHref), (err) => {
    placeholder(attachments, '材料加载失败');
    feedback.error(messageOf(err));
  });
  const tooLarge = (file) => file.size > MAX_UPLOAD_BYTES;
  const fileInput = h('input', { type: 'file', className: 'ly-file', ly: 'attachment-file', accept: ATTACHMENT_ACCEPT, onChange: () => {
    const file = fileInput.files && fileInput.files[0];
    if (file && tooLarge(file)) feedback.error('文件超过10MB，请压缩后再上传');
    else feedback.clear();
  } });
  const descriptionInput = h('input', { type: 'text', className: 'form-control', ly: 'attachment-description', maxlength: 500, placeholder: '选填，不超过500字，例如：整改后现场照片' });
  const uploadBtn = button('attachment-upload', '上传', 'btn-primary btn-sm', () => {
    const file = fileInput.files && fileInput.files[0];
    if (!file) return feedback.error('请选择要上传的文件');
    if (tooLarge(file)) return feedback.error('文件超过10MB，请压缩后再上传');
    const description = descriptionInput.value.trim();
    return submit(uploadBtn, feedback, () => readAsBase64(file).then((contentBase64) => client.post(`${taskPath}/attachments`, {
      name: file.name, type: file.type || 'application/octet-stream', contentBase64, description
    })), () => {
      fileInput.value = '';
      descriptionInput.value = '';
      feedback.success(`已上传：${file.name}`);
      reloadAttachments();
      reloadTimeline(false); // 上传会在审批记录中留下“上传材料”一条
    });
  });

  const heading = (text, extra) => h('h4', { className: 'ly-heading' }, [text, extra]);
  replaceChildren(node, [h('div', { className: 'ly-approval', ly: 'approval' }, [
    feedback.node,
    h('section', { className: 'ly-section' }, [heading('审批操作'), toolbar, panelSlot]),
    h('section', { className: 'ly-section' }, [heading('审批意见'), commentText, h('div', { className: 'ly-panel-actions' }, [commentSubmit])]),
    h('section', { className: 'ly-section' }, [
      heading('证据材料', button('attachments-refresh', '刷新', 'btn-link btn-xs ly-refresh', () => reloadAttachments())),
      attachments,
      h('div', { className: 'ly-upload' }, [
        field('上传材料', fileInput, { hint: '支持 jpg、png、pdf、Word、Excel 文件，单个不超过 10MB' }),
        field('材料说明', descriptionInput),
        h('div', { className: 'ly-panel-actions' }, [uploadBtn])
      ])
    ]),
    h('section', { className: 'ly-section' }, [
      heading('审批记录', button('timeline-refresh', '刷新', 'btn-link btn-xs ly-refresh', () => reloadTimeline(false))),
      timeline
    ])
  ])]);
  placeholder(attachments, '加载中…');
  placeholder(timeline, '加载中…');
  reloadAttachments();
  reloadTimeline(false);
}

/* ---------- 顶部导航：抄送与消息 ---------- */

// Tasklist 只有一个导航栏；unmount() 不带参数，所以状态放在模块级
const navbarState = { timer: null, overlay: null, onKey: null, refreshBadge: null };
const countUnread = (notifications) => notifications.filter((n) => !n.read).length;

function closeNavbarPanel() {
  const { overlay, onKey, refreshBadge } = navbarState;
  if (!overlay) return;
  document.removeEventListener('keydown', onKey);
  overlay.remove();
  Object.assign(navbarState, { overlay: null, onKey: null });
  if (refreshBadge) refreshBadge(); // 关闭面板后刷新未读角标
}

function teardownNavbar() {
  clearInterval(navbarState.timer);
  Object.assign(navbarState, { timer: null, refreshBadge: null });
  closeNavbarPanel();
}

function renderNotice(n, client, feedback, onRead) {
  const item = h('li', {
    className: 'ly-item ly-notice' + (n.read ? '' : ' ly-unread'), ly: 'notification', 'data-id': n.id,
    role: 'button', tabindex: 0, title: n.read ? null : '点击标记为已读'
  }, [
    h('span', { className: 'label ly-tag', text: NOTICE_LABELS[n.kind] || n.kind || '消息' }),
    h('span', { className: 'ly-item-text', text: n.text }),
    h('span', { className: 'ly-time', text: formatTime(n.createdAt) })
  ]);
  const markRead = () => {
    if (n.read) return;
    client.post(`/notifications/${encodeURIComponent(n.id)}/read`).then(() => {
      n.read = true;
      item.classList.remove('ly-unread');
      item.removeAttribute('title');
      onRead();
    }, (err) => feedback.error(messageOf(err)));
  };
  item.addEventListener('click', markRead);
  item.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); markRead(); } });
  return item;
}

function renderCc(c) {
  const place = [c.caseTitle, c.villageName].filter(Boolean).join(' · ');
  return h('li', { className: 'ly-item ly-cc', ly: 'cc-item', 'data-process-instance-id': c.processInstanceId }, [
    h('div', { className: 'ly-item-title', text: c.taskName || '（未命名任务）' }),
    place ? h('div', { className: 'ly-item-sub', text: place }) : null,
    h('div', { className: 'ly-item-meta', text: `${c.fromName || '—'} 抄送 · ${formatTime(c.createdAt)}` }),
    c.note ? h('div', { className: 'ly-note', text: `附言：${c.note}` }) : null
  ]);
}

function renderWithdrawable(w, client, feedback, reload) {
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

/**
 * “批量办理”：按同类环节分组列出可一并办理的任务，勾选后填写同一意见一次办完。
 * 办理结果列表保留在分组上方；办理后重新加载分组，已办完的任务随之消失。
 */
function createBatchSection(client, feedback) {
  const resultSlot = h('div', { className: 'ly-batch-result-slot' });
  const groupsBox = h('div', { className: 'ly-batch-groups' });
  const node = h('div', { className: 'ly-batch', ly: 'batch-list' }, [resultSlot, groupsBox]);
  const notice = (text, ly) => replaceChildren(groupsBox, [h('p', { className: 'ly-empty', ly, text })]);
  let loadSeq = 0; // 连续多次加载时只采用最后一次的结果

  function showResults(group, results) {
    const titles = {};
    (group.tasks || []).forEach((t) => { titles[t.id] = t.caseTitle || t.id; });
    const okCount = results.filter((r) => r && r.ok).length;
    const failCount = results.length - okCount;
    const summary = `“${group.name || '批量办理'}”办理结果：成功 ${okCount} 项` + (failCount ? `，未办理 ${failCount} 项` : '')
      + (okCount ? '。已办理的任务已离开您的待办，请刷新任务列表' : '');
    replaceChildren(resultSlot, [h('div', { className: 'ly-batch-result-box' }, [
      h('div', { className: 'ly-batch-result-title', text: summary }),
      h('ul', { className: 'ly-list ly-batch-result', ly: 'batch-result' }, results.filter(Boolean).map((r) => h('li', {
        className: 'ly-batch-result-item ' + (r.ok ? 'ly-batch-ok' : 'ly-batch-fail'), 'data-task-id': r.taskId, 'data-ok': String(!!r.ok)
      }, [
        h('span', { className: 'ly-batch-result-case', text: titles[r.taskId] || r.taskId || '（未知任务）' }),
        ' ',
        h('span', { className: 'ly-batch-result-status', text: r.ok ? '✓ 已办理' : `✗ ${r.message || '办理失败'}` })
      ])))
    ])]);
  }

  function renderGroup(group) {
    const tasks = group.tasks || [];
    const noteLabel = group.noteLabel || '办理意见';
    const boxes = [];
    const all = h('input', { type: 'checkbox', ly: 'batch-all' });
    const syncAll = () => {
      const checked = boxes.filter((b) => b.checked).length;
      all.checked = checked > 0 && checked === boxes.length;
      all.indeterminate = checked > 0 && checked < boxes.length;
    };
    all.addEventListener('change', () => { boxes.forEach((b) => { b.checked = all.checked; }); syncAll(); });
    const taskItems = tasks.map((t) => {
      const box = h('input', { type: 'checkbox', ly: 'batch-task', value: t.id, onChange: syncAll });
      boxes.push(box);
      const text = [t.caseTitle || '（未命名事项）', t.villageName, t.due ? `截止 ${formatTime(t.due)}` : '']
        .filter(Boolean).join(' · ');
      return h('li', { className: 'ly-batch-task-item' }, [h('label', { className: 'ly-check ly-batch-task' }, [box, h('span', { text })])]);
    });
    const note = textArea('batch-note', `请填写${noteLabel}`);
    note.required = true;
    note.setAttribute('aria-required', 'true');
    const submitBtn = button('batch-submit', '批量办理', 'btn-primary btn-sm', () => {
      const taskIds = boxes.filter((b) => b.checked).map((b) => b.value);
      if (!taskIds.length) return feedback.error('请选择要办理的任务');
      const text = note.value.trim();
      if (!text) return feedback.error(`请填写${noteLabel}`);
      let results = [];
      return submit(submitBtn, feedback, () => client.post('/batch-complete', { taskIds, note: text })
        .then((data) => { results = Array.isArray(data) ? data : []; }), () => {
        feedback.clear();
        showResults(group, results);
        load();
      });
    });
    return h('div', { className: 'ly-batch-group', ly: 'batch-group', 'data-name': group.name }, [
      h('h5', { className: 'ly-batch-group-title', text: `${group.name || '（未命名环节）'}（${tasks.length}项）` }),
      group.label ? h('div', { className: 'ly-batch-explain', text: `批量办理将：${group.label}` }) : null,
      h('label', { className: 'ly-check ly-batch-all' }, [all, h('span', { text: '全选' })]),
      h('ul', { className: 'ly-list ly-batch-tasks' }, taskItems),
      field(noteLabel, note, { required: true }),
      h('div', { className: 'ly-panel-actions' }, [submitBtn])
    ]);
  }

  function load() {
    const seq = ++loadSeq;
    notice('加载中…');
    return client.list('/batchable').then((groups) => {
      if (seq !== loadSeq) return;
      const usable = groups.filter((g) => g && Array.isArray(g.tasks) && g.tasks.length);
      if (usable.length) replaceChildren(groupsBox, usable.map(renderGroup));
      else notice('暂无可批量办理的任务', 'batch-empty');
    }, (err) => {
      if (seq !== loadSeq) return;
      notice('加载失败');
      feedback.error(messageOf(err));
    });
  }

  return { node, load };
}

function openNavbarPanel(client, setUnread) {
  closeNavbarPanel();
  const feedback = createFeedback();
  const notices = h('ul', { className: 'ly-list', ly: 'notifications' });
  const ccList = h('ul', { className: 'ly-list', ly: 'cc-list' });
  const withdrawList = h('ul', { className: 'ly-list', ly: 'withdraw-list' });

  const load = (list, path, emptyText, renderItem) => {
    placeholder(list, '加载中…');
    return client.list(path).then((items) => {
      if (items.length) replaceChildren(list, items.map(renderItem));
      else placeholder(list, emptyText);
      return items;
    }, (err) => {
      placeholder(list, '加载失败');
      feedback.error(messageOf(err));
      return null;
    });
  };
  const loadWithdrawable = () => load(withdrawList, '/withdrawable', '暂无可撤回的任务',
    (w) => renderWithdrawable(w, client, feedback, loadWithdrawable));
  let notifications = [];
  load(notices, '/notifications', '暂无消息', (n) => renderNotice(n, client, feedback, () => setUnread(countUnread(notifications))))
    .then((items) => { if (items) { notifications = items; setUnread(countUnread(items)); } });
  load(ccList, '/cc', '暂无抄送给我的事项', renderCc);
  loadWithdrawable();
  const batch = createBatchSection(client, feedback);
  batch.load();

  const section = (title, list) => h('section', { className: 'ly-section' }, [h('h4', { className: 'ly-heading', text: title }), list]);
  const closeBtn = h('button', { type: 'button', className: 'close ly-close', ly: 'panel-close', 'aria-label': '关闭', text: '×', onClick: closeNavbarPanel });
  const overlay = h('div', { className: 'ly-overlay' }, [
    h('div', { className: 'ly-drawer', ly: 'panel', role: 'dialog', 'aria-modal': 'true', 'aria-label': '抄送与消息' }, [
      h('div', { className: 'ly-drawer-header' }, [h('h3', { className: 'ly-drawer-title', text: '抄送与消息' }), closeBtn]),
      h('div', { className: 'ly-drawer-body' }, [
        feedback.node, section('消息', notices), section('抄送我的', ccList), section('可撤回', withdrawList),
        section('批量办理', batch.node)
      ])
    ])
  ]);
  overlay.addEventListener('click', (e) => { if (e.target === overlay) closeNavbarPanel(); });
  navbarState.onKey = (e) => { if (e.key === 'Escape') closeNavbarPanel(); };
  document.addEventListener('keydown', navbarState.onKey);
  document.body.appendChild(overlay);
  navbarState.overlay = overlay;
  closeBtn.focus();
}

function renderNavbar(node, context) {
  teardownNavbar();
  const client = createClient(context.api || {});
  const badge = h('span', { className: 'badge ly-badge', ly: 'navbar-badge', hidden: true, title: '未读消息数' });
  const setUnread = (count) => { badge.textContent = count > 99 ? '99+' : String(count); badge.hidden = !count; };
  const link = h('a', { href: '#', className: 'ly-navbar-link', ly: 'navbar-link', role: 'button' }, ['抄送与消息', badge]);
  link.addEventListener('click', (e) => { e.preventDefault(); openNavbarPanel(client, setUnread); });
  replaceChildren(node, [link]);

  const refreshBadge = () => {
    if (document.hidden) return;
    // 角标刷新失败时保持静默，打开面板时会显示错误
    client.list('/notifications').then((items) => setUnread(countUnread(items)), () => {});
  };
  navbarState.refreshBadge = refreshBadge;
  navbarState.timer = setInterval(refreshBadge, POLL_INTERVAL_MS);
  refreshBadge();
}

/* ---------- 插件注册 ---------- */

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
