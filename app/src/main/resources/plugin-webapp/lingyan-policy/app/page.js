/*
 * 页面骨架（#/lingyan-policy）：标题与适用范围、提示区、“在用的流程与决策表”、工作区（同一时间一个面板：
 * 查看、历史版本、编辑决策表、表单、上传部署……）、变更记录。
 * 面板之间通过 ctx 协作：ctx.client 后端、ctx.me 当前用户与县、ctx.rows 在用列表、ctx.open(面板) 打开工作区面板、
 * ctx.reveal(节点) 滚动到节点、ctx.close()、ctx.done(消息) 部署或回滚成功后关闭面板、显示结果并重新加载、
 * ctx.refresh() 重新加载列表与变更记录、ctx.feedback 页面提示。
 * 管理员在页首选择管理哪一级的规则（全省通用或某个县）：ctx.county() 为所选县（空为全省通用），
 * 读数据时自动带上，部署、回放、迁移的请求体用 ctx.scoped(body) 带上。
 */
import { renderChanges } from './changes.js';
import { renderInForce } from './in-force.js';
import { openUpload } from './upload.js';
import { button, createClient, createFeedback, h, messageOf, note, replaceChildren } from './shared.js';

let current = null;

export function unmountPage() {
  if (!current) return;
  current.alive = false;
  current.close();
  document.querySelectorAll('.lyp-overlay').forEach((n) => n.remove());
  current = null;
}

export function renderPage(node, context) {
  unmountPage();
  const backend = createClient((context && context.api) || {});
  let selected = ''; // 管理员所选的县；空为全省通用
  const withCounty = (params) => (selected ? Object.assign({ county: selected }, params || {}) : params);
  const client = {
    get: (path, params) => backend.get(path, withCounty(params)),
    list: (path, params) => backend.list(path, withCounty(params)),
    post: (path, body) => backend.post(path, body)
  };
  const feedback = createFeedback();
  const scope = h('span', { className: 'lyp-scope', ly: 'scope' });
  const toolbar = h('div', { className: 'lyp-toolbar' });
  const definitions = h('div', { ly: 'definitions' }, [note('加载中…')]);
  const workspace = h('div', { className: 'lyp-workspace', ly: 'workspace' });
  const changes = h('div', { ly: 'changes' }, [note('加载中…')]);
  const root = h('div', { className: 'lyp-page', ly: 'policy-page' }, [
    h('div', { className: 'lyp-header' }, [h('h2', { className: 'lyp-title', text: '规则与流程管理' }), scope, toolbar]),
    feedback.node,
    h('section', { className: 'lyp-section' }, [h('h3', { className: 'lyp-section-title', text: '在用的流程与决策表' }), definitions]),
    workspace,
    h('section', { className: 'lyp-section' }, [h('h3', { className: 'lyp-section-title', text: '变更记录' }), changes])
  ]);
  replaceChildren(node, [root]);

  const ctx = current = {
    alive: true, client, feedback, me: null, rows: [], closeHandlers: [],
    county: () => selected,
    scoped: (body) => (selected ? Object.assign({ county: selected }, body) : body),
    /** 打开一个工作区面板；onClose 在面板关闭时调用（释放编辑器）。 */
    open(panelNode, onClose) {
      ctx.close();
      if (onClose) ctx.closeHandlers.push(onClose);
      replaceChildren(workspace, [panelNode]);
      ctx.reveal(panelNode);
    },
    /** 把本页滚动到 node（只滚动本页，不滚动 Cockpit 的外框）。 */
    reveal(node) {
      root.scrollTop += node.getBoundingClientRect().top - root.getBoundingClientRect().top - 8;
    },
    close() {
      ctx.closeHandlers.splice(0).forEach((handler) => { try { handler(); } catch (ignored) { /* 编辑器已释放 */ } });
      replaceChildren(workspace, []);
    },
    /** 部署或回滚成功：关闭面板，在页首显示结果，重新加载列表与变更记录。 */
    done(message) {
      ctx.close();
      feedback.success(message);
      root.scrollTop = 0;
      ctx.refresh();
    },
    refresh() {
      loadDefinitions();
      loadChanges();
    }
  };

  function loadDefinitions() {
    client.list('/definitions').then((rows) => {
      if (!ctx.alive) return;
      ctx.rows = rows;
      replaceChildren(definitions, [renderInForce(rows, ctx)]);
    }, (err) => { if (ctx.alive) { replaceChildren(definitions, [note('加载失败', 'load-failed')]); feedback.error(messageOf(err)); } });
  }

  function loadChanges() {
    client.list('/changes').then((rows) => {
      if (ctx.alive) replaceChildren(changes, [renderChanges(rows)]);
    }, (err) => { if (ctx.alive) { replaceChildren(changes, [note('加载失败', 'load-failed')]); feedback.error(messageOf(err)); } });
  }

  /** 管理员的县选择：全省通用或某个县；切换后重新读取当前用户与范围、关闭面板、重新加载。 */
  function countyPicker(counties) {
    const select = h('select', { className: 'form-control input-sm lyp-county-picker', ly: 'county-picker', 'aria-label': '管理的规则' },
      [h('option', { value: '', text: '全省通用规则' })].concat(counties.map((c) => h('option', { value: c.code, text: `${c.name}的本县规则` }))));
    select.addEventListener('change', () => {
      selected = select.value;
      feedback.clear();
      ctx.close();
      loadMe(false);
    });
    return select;
  }

  function describe(me) {
    scope.textContent = me.county ? `${me.countyName}（${me.county}）的规则：本县版本只作用于本县的案件，其余县沿用全省通用版本`
      : '全省通用规则：各县没有本县版本时使用';
  }

  function loadMe(first) {
    return client.get('/me').then((me) => {
      if (!ctx.alive) return;
      ctx.me = me;
      describe(me);
      if (first) {
        replaceChildren(toolbar, [
          me.administrator && (me.counties || []).length ? countyPicker(me.counties) : null,
          button('open-upload', '上传文件部署', 'btn-default btn-sm', () => openUpload(ctx)),
          button('refresh', '刷新', 'btn-default btn-sm', () => { feedback.clear(); ctx.refresh(); })
        ]);
      }
      ctx.refresh();
    }, first ? refused : (err) => { if (ctx.alive) feedback.error(messageOf(err)); });
  }

  function refused(err) {
    if (!ctx.alive) return;
    replaceChildren(root, [h('h2', { className: 'lyp-title', text: '规则与流程管理' }),
      h('div', { className: 'alert alert-danger lyp-alert', ly: 'page-refused', role: 'alert', text: messageOf(err) })]);
  }

  loadMe(true);
}
