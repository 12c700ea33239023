/*
 * 村级治理看板 —— Camunda 7.24 Cockpit 前端插件（纯 DOM + fetch，无框架、无构建步骤，ES2019）。
 *   cockpit.navigation 顶部导航“村级治理看板”；cockpit.route 看板页面（#/lingyan-dashboard：单位选择、
 *   整顿台账 / 人选审查 / 议事决策 / 办理时效 四个标签页、月度通报）；cockpit.dashboard 首页卡片（关键数字）。
 * Cockpit 调用 render(node, { api })；api 含 cockpitApi（/camunda/api/cockpit）、engine（引擎名）、CSRFToken。
 * 后端资源位于 <cockpitApi>/plugin/lingyan-dashboard/<engine>/...，全部是 GET，均可带 ?unit=（区划代码）。
 * 图表用 ECharts，运行时从 Spring Boot 的 webjar 路径加载，失败时只显示表格。数据一律以文本节点写入，绝不拼 HTML。
 */

const PLUGIN_ID = 'lingyan-dashboard';
const PAGE_HASH = '#/lingyan-dashboard';
const ECHARTS_URL = '/webjars/echarts/5.3.1/dist/echarts.min.js';
const ECHARTS_TIMEOUT_MS = 15000;
const SLA_DEFAULT_DAYS = 90;
const PALETTE = ['#b5152b', '#e6a23c', '#3a7bd5', '#5cb85c', '#8e6fbf', '#17a2b8', '#8c8c8c'];


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
  children.filter(Boolean).forEach((child) => parent.appendChild(child));
}

const button = (ly, text, className, onClick) =>
  h('button', { type: 'button', className: `btn ${className || 'btn-default btn-sm'}`, ly, text, onClick });
const note = (text, ly) => h('p', { className: 'lyd-empty', ly, text });
const messageOf = (err) => (err && err.message) || '加载失败，请稍后重试';
const list = (value) => (Array.isArray(value) ? value : []);
const sum = (rows, key) => list(rows).reduce((total, r) => total + (Number(r[key]) || 0), 0);
const count = (rows, test) => list(rows).filter(test).length;
const pad = (n) => String(n).padStart(2, '0');
const isoDate = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`; // 本地日期，不用 UTC
const today = () => isoDate(new Date());
const daysAgo = (n) => { const d = new Date(); d.setDate(d.getDate() - n); return isoDate(d); };
const yesNo = (flag) => (flag ? '是' : '否');

/** 2026-11 → 2026年11月；2026-11-23 → 2026年11月23日。 */
function chineseDate(text) {
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/.exec(String(text || ''));
  return m ? `${m[1]}年${Number(m[2])}月` + (m[3] ? `${Number(m[3])}日` : '') : String(text || '');
}

const hours = (v) => (typeof v === 'number' && isFinite(v) ? v.toFixed(1) : '');

/** 插件内提示区：红色错误框（data-ly=alert），同一时间只显示一条。 */
function createFeedback() {
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

function createClient(api) {
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

/* ---------- ECharts：运行时加载，失败时只显示表格 ---------- */

let echartsPromise = null;

/** 注入一次 <script>，等到 window.echarts 可用；失败或超时返回 null（下次打开页面时再试）。 */
function loadECharts() {
  if (window.echarts && typeof window.echarts.init === 'function') return Promise.resolve(window.echarts);
  if (echartsPromise) return echartsPromise;
  echartsPromise = new Promise((resolve) => {
    // Cockpit 启动期间存在 RequireJS 的 define；UMD 包见到它就不会挂到 window.echarts 上，加载期间暂时移开
    const amd = window.define;
    const hideAmd = typeof amd === 'function' && !!amd.amd;
    if (hideAmd) window.define = undefined;
    const script = document.createElement('script');
    const nonced = document.querySelector('script[nonce]');
    if (nonced && nonced.nonce) script.nonce = nonced.nonce; // 兼容 Cockpit 的 CSP（nonce + strict-dynamic）
    let settled = false;
    const finish = (ok) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (hideAmd && window.define === undefined) window.define = amd;
      const lib = ok && window.echarts && typeof window.echarts.init === 'function' ? window.echarts : null;
      if (!lib) { script.remove(); echartsPromise = null; }
      resolve(lib);
    };
    script.onload = () => finish(true);
    script.onerror = () => finish(false);
    const timer = setTimeout(() => finish(false), ECHARTS_TIMEOUT_MS);
    Object.assign(script, { src: ECHARTS_URL, async: true });
    document.head.appendChild(script);
  });
  return echartsPromise;
}

const charts = { lib: null };

/** 图表卡片：选项先挂在容器上，容器可见时才初始化（隐藏标签页里的 ECharts 宽度为 0）。 */
function chartCard(title, option, height) {
  const box = h('div', { className: 'lyd-chart', ly: 'chart', style: `height:${height || 260}px` });
  box.lydOption = option;
  return h('div', { className: 'lyd-chart-card' }, [h('h5', { className: 'lyd-chart-title', text: title }), box]);
}

/** 初始化 root 内可见的图表；已初始化的只调整尺寸。 */
function drawCharts(root) {
  const lib = charts.lib;
  if (lib && root) root.querySelectorAll('.lyd-chart').forEach((box) => {
    const existing = box.offsetWidth ? lib.getInstanceByDom(box) : null;
    if (existing) existing.resize();
    else if (box.offsetWidth) lib.init(box).setOption(box.lydOption);
  });
}

function disposeCharts(root) {
  const lib = charts.lib;
  if (lib && root) root.querySelectorAll('.lyd-chart').forEach((box) => { const c = lib.getInstanceByDom(box); if (c) c.dispose(); });
}

const AXIS_TOOLTIP = { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true };
const GRID = { left: 8, right: 24, top: 36, bottom: 8, containLabel: true };
const shorten = (text, max) => (String(text).length > max ? `${String(text).slice(0, max)}…` : String(text));

/** 柱状图。series：[{ name, data, stack? }]；horizontal 时类目在纵轴（适合长名称）。 */
function barOption(categories, series, horizontal) {
  const categoryAxis = { type: 'category', data: categories, inverse: !!horizontal,
    axisLabel: horizontal ? { formatter: (v) => shorten(v, 14) } : { interval: 0, formatter: (v) => shorten(v, 8), hideOverlap: true } };
  const valueAxis = { type: 'value', minInterval: 1 };
  return {
    color: PALETTE, tooltip: AXIS_TOOLTIP, grid: GRID, legend: series.length > 1 ? { top: 0 } : undefined,
    xAxis: horizontal ? valueAxis : categoryAxis, yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data, stack: s.stack, barMaxWidth: 36 }))
  };
}

const pieOption = (data) => ({
  color: PALETTE, tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）', confine: true }, legend: { top: 0, type: 'scroll' },
  series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '58%'], data, label: { formatter: '{b}\n{c}' } }]
});

const barHeight = (n) => Math.max(220, n * 30 + 70);

/* ---------- 可排序表格与导出 ---------- */

const num = (label, key, text) => ({ label, type: 'number', value: (r) => r[key], text });
const str = (label, key, text) => ({ label, type: 'text', value: (r) => r[key], text });
const isEmpty = (v) => v === null || v === undefined || v === '';
const cellText = (col, row) => (col.text ? col.text(row) : isEmpty(col.value(row)) ? '' : String(col.value(row)));

/** 比较两行；dir 为 1 升序、-1 降序，空值无论升降序总排在最后。 */
function compare(col, a, b, dir) {
  const va = col.value(a);
  const vb = col.value(b);
  if (isEmpty(va) || isEmpty(vb)) return isEmpty(va) === isEmpty(vb) ? 0 : isEmpty(va) ? 1 : -1;
  if (col.type === 'number') return (Number(va) - Number(vb)) * dir;
  return String(va).localeCompare(String(vb), 'zh-Hans-CN', { numeric: true }) * dir;
}

/**
 * 表格：点击表头按该列升序，再点降序；数字按数值排序，空值总在最后。
 * spec：{ name, columns, rows, key(row), rowClass(row)?, attrs(row)? }；返回 { node, rows() }（当前排序）。
 */
function sortableTable(spec) {
  const state = { col: -1, dir: 1, rows: list(spec.rows).slice() };
  const tbody = h('tbody');
  const ths = spec.columns.map((col, i) => h('th', {
    className: `lyd-sortable${col.type === 'number' ? ' lyd-num' : ''}`, scope: 'col', tabindex: 0, title: '点击排序',
    'aria-sort': 'none', onClick: () => sortBy(i), onKeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(i); } }
  }, [col.label, h('span', { className: 'lyd-sort-mark', 'aria-hidden': 'true' })]));

  function renderBody() {
    if (!state.rows.length) return replaceChildren(tbody, [h('tr', { className: 'lyd-empty-row' }, [h('td', { colspan: spec.columns.length, text: '暂无数据' })])]);
    return replaceChildren(tbody, state.rows.map((row) => h('tr', Object.assign({
      'data-key': spec.key(row), className: spec.rowClass ? spec.rowClass(row) || null : null
    }, spec.attrs ? spec.attrs(row) : {}), spec.columns.map((col) => h('td', {
      className: col.type === 'number' ? 'lyd-num' : null, title: col.title ? col.title(row) : null, text: cellText(col, row)
    })))));
  }

  function sortBy(i) {
    state.dir = state.col === i ? -state.dir : 1;
    state.col = i;
    state.rows.sort((a, b) => compare(spec.columns[i], a, b, state.dir));
    ths.forEach((th, j) => {
      th.setAttribute('aria-sort', j === i ? (state.dir > 0 ? 'ascending' : 'descending') : 'none');
      th.lastChild.textContent = j === i ? (state.dir > 0 ? ' ▲' : ' ▼') : '';
    });
    renderBody();
  }

  renderBody();
  const node = h('table', { className: 'table table-condensed table-hover lyd-table', ly: `table-${spec.name}`, 'data-table': spec.name },
    [h('thead', {}, [h('tr', {}, ths)]), tbody]);
  return { node, rows: () => state.rows };
}

/** CSV：UTF-8 带 BOM（Excel 才能正确识别中文），CRLF 换行；文本单元格以 = + - @ 开头时加 ' 防止被当成公式。 */
function toCsv(columns, rows) {
  const cell = (text, isNumber) => {
    const s = isEmpty(text) ? '' : !isNumber && /^[=+\-@\t\r]/.test(String(text)) ? `'${text}` : String(text);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const line = (row) => columns.map((c) => (c.type === 'number' && !c.text ? cell(c.value(row), true) : cell(cellText(c, row), false))).join(',');
  return `\uFEFF${[columns.map((c) => cell(c.label, false)).join(',')].concat(rows.map(line)).join('\r\n')}\r\n`;
}

function downloadText(fileName, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.body.appendChild(h('a', { href: url, download: fileName, hidden: true }));
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/**
 * 一张带标题、导出CSV 按钮和（有 xlsx 视图时）导出Excel 链接的表格。
 * ctx：{ unitCode(), xlsxHref(view, extra) }；spec 另含 title、file（CSV 文件名前缀）、xlsx（视图名）、xlsxParams。
 */
function tableBlock(ctx, spec) {
  const table = sortableTable(spec);
  const csv = button('export-csv', '导出CSV', 'btn-default btn-xs', () =>
    downloadText(`${spec.file || spec.title}_${ctx.unitCode() || '本单位'}_${today()}.csv`, toCsv(spec.columns, table.rows())));
  csv.setAttribute('data-table', spec.name);
  const xlsx = spec.xlsx && h('a', { className: 'btn btn-default btn-xs', ly: 'export-xlsx', 'data-table': spec.name, 'data-view': spec.xlsx,
    href: ctx.xlsxHref(spec.xlsx, spec.xlsxParams), download: true, text: '导出Excel' });
  return h('section', { className: 'lyd-block', 'data-block': spec.name }, [
    h('div', { className: 'lyd-block-head' }, [
      h('h4', { className: 'lyd-block-title', text: spec.title }),
      h('div', { className: 'lyd-block-actions lyd-no-print' }, [csv, xlsx])
    ]),
    spec.hint ? h('p', { className: 'lyd-hint', text: spec.hint }) : null,
    h('div', { className: 'table-responsive' }, [table.node])
  ]);
}

/** 两列的小计数表：名称列 + 数量列。 */
const countBlock = (ctx, name, title, rows, key, labelColumn, countLabel) => tableBlock(ctx, {
  name, title, rows, key: (r) => String(r[key]), columns: [labelColumn, num(countLabel || '人数', 'count')]
});

/* ---------- 指标磁贴 ---------- */

/** 指标磁贴；danger / warn 时数值大于 0 显示为红色 / 橙色。 */
function tile(key, label, value, opts) {
  const o = opts || {};
  const level = Number(value) > 0 ? (o.danger ? ' lyd-tile-danger' : o.warn ? ' lyd-tile-warn' : '') : '';
  return h('div', { className: `lyd-tile${level}`, ly: 'tile', 'data-key': key, title: o.title }, [
    h('div', { className: 'lyd-tile-value', text: isEmpty(value) ? '—' : String(value) }),
    h('div', { className: 'lyd-tile-label', text: label })
  ]);
}

const tiles = (items) => h('div', { className: 'lyd-tiles' }, items);
const chartGrid = (cards) => h('div', { className: 'lyd-charts' }, cards.filter(Boolean));

/**
 * 首页卡片和看板页共用的口径。阶段、情形等文字及“整顿中”“可逾期”的阶段划分都由后端随数据给出（stages：
 * stage、stageText、open、rectifying、count），前端不另存一份。
 */
const rectifyingStages = (r) => list(r.stages).filter((s) => s.rectifying);
const METRICS = {
  rectifying: (r) => sum(rectifyingStages(r), 'count'),
  rectifyingTitle: (r) => `处于${rectifyingStages(r).map((s) => s.stageText).join('或')}阶段的村`,
  overdueCases: (r) => count(r.villages, (v) => v.overdue),
  vettingsOpen: (v) => sum(v.stages, 'count'),
  answersOverdue: (v) => sum(v.departments, 'overdue'),
  disclosuresOverdue: (g) => Number(g.disclosuresOverdue) || 0
};

/* ---------- 标签页：整顿台账 ---------- */

function renderRectification(data, ctx) {
  const villages = list(data.villages);
  const years = list(data.years);
  const stages = list(data.stages);
  const openStages = stages.filter((s) => s.open).map((s) => s.stage);
  const categories = list(data.categories);
  const categoryLabel = (c) => (c.name ? `${c.code} ${c.name}` : c.code);
  const labels = {};
  categories.forEach((c) => { labels[c.code] = categoryLabel(c); });
  const ascending = years.slice().sort((a, b) => a.year - b.year);
  const categoryNames = (r) => list(r.categories).map((c) => labels[c] || c).join('\n');
  return [
    tiles([
      tile('villages', '台账村数', villages.length),
      tile('rectifying', '整顿中', METRICS.rectifying(data), { title: METRICS.rectifyingTitle(data) }),
      tile('overdue-cases', '逾期未完成', METRICS.overdueCases(data), { danger: true }),
      tile('due-soon', '30日内到期', count(villages, (v) => !v.overdue && openStages.indexOf(v.stage) >= 0
        && v.daysToDeadline !== null && v.daysToDeadline >= 0 && v.daysToDeadline <= 30), { warn: true }),
      tile('supervised', '挂牌督办', count(villages, (v) => v.supervised)),
      tile('relapsed', '回头看反弹', count(villages, (v) => v.lookBack === 'RELAPSED'), { danger: true })
    ]),
    chartGrid([
      chartCard('各阶段村数', barOption(stages.map((s) => s.stageText), [{ name: '村数', data: stages.map((s) => s.count) }])),
      chartCard('历年整顿、验收、销号、巩固', barOption(ascending.map((y) => `${y.year}年`), [
        { name: '整顿', data: ascending.map((y) => y.confirmed) }, { name: '验收', data: ascending.map((y) => y.accepted) },
        { name: '销号', data: ascending.map((y) => y.signedOff) }, { name: '巩固', data: ascending.map((y) => y.consolidated) }
      ])),
      categories.length ? chartCard('软弱涣散情形分布', barOption(categories.map(categoryLabel),
        [{ name: '村数', data: categories.map((c) => c.count) }], true), barHeight(categories.length)) : null
    ]),
    tableBlock(ctx, {
      name: 'rectification', title: '整顿台账', xlsx: 'rectification', rows: villages,
      hint: '红色为逾期未完成的村；点击表头可排序。',
      key: (r) => r.villageCode,
      rowClass: (r) => [r.overdue ? 'lyd-overdue' : '', r.lookBack === 'RELAPSED' ? 'lyd-relapsed' : ''].join(' ').trim(),
      attrs: (r) => ({ 'data-overdue': String(!!r.overdue), 'data-stage': r.stage }),
      columns: [
        str('村', 'villageName'), str('乡镇', 'townshipName'), str('阶段', 'stageText'),
        { label: '软弱涣散情形', type: 'text', value: (r) => list(r.categories).join('、'), title: categoryNames },
        str('县级联系领导', 'countyLeader'), str('乡镇包村领导', 'townshipLeader'), str('第一书记', 'firstSecretary'),
        { label: '整改措施完成', type: 'number', value: (r) => (r.measuresTotal ? r.measuresDone / r.measuresTotal : null),
          text: (r) => `${r.measuresDone || 0}/${r.measuresTotal || 0}` },
        str('整改期限', 'deadline'),
        num('剩余天数', 'daysToDeadline', (r) => (r.daysToDeadline === null || r.daysToDeadline === undefined ? ''
          : r.daysToDeadline < 0 ? `逾期${-r.daysToDeadline}天` : String(r.daysToDeadline))),
        { label: '挂牌督办', type: 'text', value: (r) => yesNo(r.supervised) },
        { label: '回头看', type: 'text', value: (r) => r.lookBackText || '' }
      ]
    }),
    tableBlock(ctx, {
      name: 'years', title: '历年整顿情况', rows: years, key: (r) => String(r.year),
      columns: [num('年度', 'year'), num('确定整顿', 'confirmed'), num('验收', 'accepted'), num('销号', 'signedOff'), num('巩固', 'consolidated')]
    })
  ];
}

/* ---------- 标签页：人选审查 ---------- */

function renderVetting(data, ctx) {
  const stages = list(data.stages);
  const departments = list(data.departments);
  const outcomes = list(data.outcomes);
  const reserves = list(data.reserves);
  const stars = list(data.stars);
  const filed = outcomes.filter((o) => o.outcome === 'FILED').reduce((t, o) => t + (Number(o.count) || 0), 0);
  const starText = (n) => `${'★'.repeat(Math.max(0, Math.min(5, Number(n) || 0)))}（${n}星）`;
  return [
    tiles([
      tile('vettings-open', '审查在办', METRICS.vettingsOpen(data)),
      tile('answers-outstanding', '部门待答复', sum(departments, 'outstanding')),
      tile('answers-overdue', '部门答复逾期', METRICS.answersOverdue(data), { danger: true }),
      tile('filed', '已备案', filed),
      tile('reserves-below-target', '后备力量未达目标的村', count(reserves, (r) => r.belowTarget), { warn: true }),
      tile('reserves-below-minimum', '后备力量低于最低数的村', count(reserves, (r) => r.belowMinimum), { danger: true })
    ]),
    chartGrid([
      chartCard('在办审查所处环节', barOption(stages.map((s) => s.stageText || s.stage), [{ name: '人数', data: stages.map((s) => s.count) }])),
      chartCard('部门联审答复', barOption(departments.map((d) => d.departmentName || d.department), [
        { name: '未逾期', stack: 'answers', data: departments.map((d) => Math.max(0, (d.outstanding || 0) - (d.overdue || 0))) },
        { name: '已逾期', stack: 'answers', data: departments.map((d) => d.overdue || 0) }
      ], true), barHeight(departments.length)),
      chartCard('审查结果', pieOption(outcomes.map((o) => ({ name: o.outcomeText || o.outcome, value: o.count })))),
      chartCard('后备力量星级分布', pieOption(stars.map((s) => ({ name: `${s.stars}星`, value: s.count }))))
    ]),
    tableBlock(ctx, {
      name: 'departments', title: '部门联审答复情况', xlsx: 'vetting-departments', rows: departments, key: (r) => r.department,
      rowClass: (r) => (r.overdue > 0 ? 'lyd-overdue' : ''),
      columns: [str('部门', 'departmentName'), num('待答复', 'outstanding'), num('逾期', 'overdue')]
    }),
    tableBlock(ctx, {
      name: 'reserves', title: '村级后备力量', xlsx: 'reserves', rows: reserves, key: (r) => r.villageCode,
      hint: '红色为低于最低数的村，橙色为未达目标数的村。',
      rowClass: (r) => (r.belowMinimum ? 'lyd-overdue' : r.belowTarget ? 'lyd-below-target' : ''),
      attrs: (r) => ({ 'data-below-target': String(!!r.belowTarget), 'data-below-minimum': String(!!r.belowMinimum) }),
      columns: [str('村', 'villageName'), num('在库人数', 'active'), num('成熟人选', 'mature'),
        { label: '低于最低数', type: 'text', value: (r) => yesNo(r.belowMinimum) },
        { label: '未达目标数', type: 'text', value: (r) => yesNo(r.belowTarget) }]
    }),
    countBlock(ctx, 'vetting-stages', '在办审查环节', stages, 'stage', str('环节', 'stageText')),
    countBlock(ctx, 'outcomes', '审查结果', outcomes, 'outcome', str('结果', 'outcomeText')),
    countBlock(ctx, 'clauses', '取消资格所依据的负面清单条款', list(data.clauses), 'clause', str('条款', 'clauseName'), '次数'),
    countBlock(ctx, 'stars', '后备力量星级', stars, 'stars', num('星级', 'stars', (r) => starText(r.stars)))
  ];
}

/* ---------- 标签页：议事决策 ---------- */

function renderRegister(data, ctx) {
  const lines = list(data.byVillage);
  const overdue = list(data.overdueDisclosures);
  const byKind = {};
  const kindText = {};
  lines.forEach((l) => {
    const text = l.kindText || l.kind;
    byKind[text] = (byKind[text] || 0) + (Number(l.count) || 0);
    kindText[l.kind] = text;
  });
  const kinds = Object.keys(byKind).sort((a, b) => byKind[b] - byKind[a]);
  const daysLate = (d) => (d.postingEnds ? Math.max(0, Math.round((new Date(`${today()}T00:00:00`) - new Date(`${d.postingEnds}T00:00:00`)) / 86400000)) : null);
  return [
    tiles([
      tile('matters', '议事事项', sum(lines, 'count')),
      tile('quorum-failures', '未达法定人数', Number(data.quorumFailures) || 0, { warn: true }),
      tile('rejections', '表决未通过', Number(data.rejections) || 0),
      tile('disclosures-due', '公示中', Number(data.disclosuresDue) || 0),
      tile('disclosures-overdue', '公示逾期未结束', METRICS.disclosuresOverdue(data), { danger: true })
    ]),
    chartGrid([
      chartCard('各类事项数量', barOption(kinds, [{ name: '事项数', data: kinds.map((k) => byKind[k]) }], true), barHeight(kinds.length))
    ]),
    tableBlock(ctx, {
      name: 'register', title: '议事决策台账', xlsx: 'register', rows: lines, key: (r) => r.villageCode,
      attrs: (r) => ({ 'data-kind': r.kind, 'data-body': r.body }),
      columns: [str('村', 'villageName'), str('事项类别', 'kindText'), str('决策主体', 'bodyText'), num('事项数', 'count')]
    }),
    tableBlock(ctx, {
      name: 'disclosures', title: '公示逾期事项', rows: overdue, key: (r) => String(r.matterId), rowClass: () => 'lyd-overdue',
      columns: [str('事项', 'title'), str('村', 'villageName'),
        { label: '类别', type: 'text', value: (r) => kindText[r.kind] || r.kind },
        str('公示截止', 'postingEnds'), { label: '逾期天数', type: 'number', value: daysLate }]
    })
  ];
}

/* ---------- 标签页：办理时效 ---------- */

const MAX_STEP_BARS = 15;
const hourColumns = [num('中位用时P50（小时）', 'p50Hours', (r) => hours(r.p50Hours)), num('P90用时（小时）', 'p90Hours', (r) => hours(r.p90Hours))];

function renderSla(data, ctx) {
  const steps = list(data.steps);
  const townships = list(data.townships);
  const pastDue = list(data.pastDue);
  const top = steps.slice().sort((a, b) => (b.p90Hours || 0) - (a.p90Hours || 0)).slice(0, MAX_STEP_BARS);
  const stepName = (s) => s.taskName || s.taskKey;
  const maxP90 = steps.reduce((m, s) => Math.max(m, Number(s.p90Hours) || 0), 0);
  const period = { from: ctx.sla.from, to: ctx.sla.to };
  return [
    tiles([
      tile('steps-completed', '期间办结环节', sum(steps, 'count')),
      tile('p90-max', '最慢环节P90（小时）', steps.length ? hours(maxP90) : '—'),
      tile('past-due', '当前超期未办', sum(pastDue, 'count'), { danger: true })
    ]),
    chartGrid([
      chartCard(steps.length > MAX_STEP_BARS ? `各环节用时（小时，P90 最长的 ${MAX_STEP_BARS} 个）` : '各环节用时（小时）',
        barOption(top.map(stepName), [{ name: '中位数P50', data: top.map((s) => s.p50Hours) },
          { name: 'P90', data: top.map((s) => s.p90Hours) }], true), barHeight(top.length * 1.6)),
      chartCard('各乡镇用时（小时）', barOption(townships.map((t) => t.townshipName || t.townshipCode), [
        { name: '中位数P50', data: townships.map((t) => t.p50Hours) }, { name: 'P90', data: townships.map((t) => t.p90Hours) }])),
      pastDue.length ? chartCard('当前超期未办', barOption(pastDue.map((u) => u.unitName || u.unitCode),
        [{ name: '超期件数', data: pastDue.map((u) => u.count) }])) : null
    ]),
    tableBlock(ctx, {
      name: 'sla', title: '各环节办理时效', file: '办理时效', xlsx: 'sla', xlsxParams: period, rows: steps,
      key: (r) => `${r.process}:${r.taskKey}`,
      columns: [str('流程', 'process'), { label: '环节', type: 'text', value: stepName }, num('办结数', 'count')].concat(hourColumns)
    }),
    tableBlock(ctx, {
      name: 'sla-stages', title: '各阶段办理时效（按乡镇）', file: '阶段办理时效', rows: list(data.stages),
      key: (r) => `${r.process}:${r.stage}:${r.townshipCode}`,
      columns: [str('流程', 'process'), str('阶段', 'stage'), str('乡镇', 'townshipName'), num('办结数', 'count')].concat(hourColumns)
    }),
    tableBlock(ctx, {
      name: 'sla-townships', title: '各乡镇办理时效', file: '乡镇办理时效', rows: townships, key: (r) => r.townshipCode,
      columns: [str('乡镇', 'townshipName'), num('办结数', 'count')].concat(hourColumns)
    }),
    tableBlock(ctx, {
      name: 'past-due', title: '当前超期未办', rows: pastDue, key: (r) => r.unitCode, rowClass: (r) => (r.count > 0 ? 'lyd-overdue' : ''),
      columns: [str('单位', 'unitName'), num('超期件数', 'count')]
    })
  ];
}

/* ---------- 看板页面 ---------- */

const TABS = [
  { key: 'rectification', label: '整顿台账', path: '/rectification', render: renderRectification },
  { key: 'vetting', label: '人选审查', path: '/vetting', render: renderVetting },
  { key: 'register', label: '议事决策', path: '/register', render: renderRegister },
  { key: 'sla', label: '办理时效', path: '/sla', render: renderSla, params: (st) => ({ from: st.sla.from, to: st.sla.to }) }
];

// Cockpit 同时只显示一个看板页；unmount() 不带参数，所以状态放在模块级
let pageState = null;

function unmountPage() {
  const st = pageState;
  if (!st) return;
  pageState = null;
  st.alive = false;
  window.removeEventListener('resize', st.onResize);
  document.body.classList.remove('lyd-print-ranking');
  disposeCharts(st.root);
}

function unitOptions(st, select) {
  const options = [h('option', { value: st.home.code, text: st.home.name })];
  st.units.forEach((u) => options.push(h('option', {
    value: u.code, text: `${u.level === 'VILLAGE' ? '\u3000\u3000' : '\u3000'}${u.name}`, 'data-level': u.level
  })));
  replaceChildren(select, options);
  select.value = st.unit || st.home.code;
  select.disabled = false;
}

function renderPage(node, context) {
  unmountPage();
  const client = createClient((context && context.api) || {});
  const feedback = createFeedback();
  const st = pageState = { alive: true, unit: '', home: null, units: [], names: {}, active: TABS[0].key, panes: {},
    sla: { from: daysAgo(SLA_DEFAULT_DAYS), to: today() }, rankingSeq: 0, rankingOpen: false };
  const unitCode = () => st.unit || (st.home && st.home.code) || '';
  const unitName = () => st.names[unitCode()] || '';
  const ctx = { unitCode, sla: st.sla, xlsxHref: (view, extra) => client.href(`/export/${view}.xlsx`, Object.assign({ unit: unitCode() }, extra)) };

  const select = h('select', { className: 'form-control input-sm lyd-unit-select', ly: 'unit-select', disabled: true, 'aria-label': '单位' },
    [h('option', { value: '', text: '加载中…' })]);
  select.addEventListener('change', () => { // 换单位：四个视图（以及打开着的月度通报）都按新单位重新加载
    st.unit = select.value;
    feedback.clear();
    TABS.forEach(loadPane);
    if (st.rankingOpen) loadRanking();
  });
  const chartNote = h('p', { className: 'lyd-chart-note lyd-no-print', ly: 'chart-note', hidden: true, text: '图表组件加载失败，以下仅显示表格。' });

  // 标签页与各自的内容区；内容在数据到达后整体替换
  const tabBar = h('div', { className: 'lyd-tabs lyd-no-print', role: 'tablist' });
  const panes = h('div', { className: 'lyd-panes' });
  TABS.forEach((tab) => {
    const content = h('div', { className: 'lyd-pane-content' }, [note('加载中…')]);
    const extra = tab.key === 'sla' ? slaFilter(st, () => loadPane(tab)) : null;
    const pane = h('div', { className: 'lyd-pane', ly: `pane-${tab.key}`, role: 'tabpanel', hidden: tab.key !== st.active }, [extra, content]);
    const tabButton = h('button', {
      type: 'button', className: `lyd-tab${tab.key === st.active ? ' active' : ''}`, ly: `tab-${tab.key}`, role: 'tab',
      'aria-selected': String(tab.key === st.active), text: tab.label, onClick: () => activate(tab.key)
    });
    st.panes[tab.key] = { pane, content, button: tabButton, seq: 0 };
    tabBar.appendChild(tabButton);
    panes.appendChild(pane);
  });

  function activate(key) {
    if (st.rankingOpen) setRankingMode(false);
    st.active = key;
    TABS.forEach((tab) => {
      const p = st.panes[tab.key];
      p.pane.hidden = tab.key !== key;
      p.button.classList.toggle('active', tab.key === key);
      p.button.setAttribute('aria-selected', String(tab.key === key));
    });
    drawCharts(st.panes[key].pane);
  }

  function loadPane(tab) {
    const p = st.panes[tab.key];
    const seq = ++p.seq;
    disposeCharts(p.content);
    replaceChildren(p.content, [note('加载中…')]);
    client.get(tab.path, Object.assign({ unit: st.unit }, tab.params ? tab.params(st) : {})).then((data) => {
      if (!st.alive || seq !== p.seq) return;
      replaceChildren(p.content, tab.render(data || {}, ctx));
      if (!p.pane.hidden && !st.rankingOpen) drawCharts(p.content);
    }, (err) => {
      if (!st.alive || seq !== p.seq) return;
      replaceChildren(p.content, [note('加载失败', 'load-failed')]);
      feedback.error(messageOf(err));
    });
  }

  // 月度通报：可打印的一页；打开时隐藏标签页，打印样式隐藏 Cockpit 的页头页脚
  const ranking = createRankingView(st, ctx, () => loadRanking(), () => setRankingMode(false));
  function setRankingMode(on) {
    st.rankingOpen = on;
    root.classList.toggle('lyd-ranking-mode', on);
    ranking.node.hidden = !on;
    document.body.classList.toggle('lyd-print-ranking', on);
    if (on) loadRanking();
    else drawCharts(st.panes[st.active].pane);
  }
  function loadRanking() {
    const seq = ++st.rankingSeq;
    const month = ranking.month.value.trim();
    if (month && !/^\d{4}-\d{2}$/.test(month)) return feedback.error('月份应为“年-月”，如 2026-11');
    ranking.loading();
    return client.get('/ranking', { unit: st.unit, month }).then((data) => {
      if (st.alive && seq === st.rankingSeq) ranking.show(data || {}, unitName());
    }, (err) => {
      if (!st.alive || seq !== st.rankingSeq) return;
      ranking.failed();
      feedback.error(messageOf(err));
    });
  }

  const root = h('div', { className: 'lyd-page', ly: 'dashboard' }, [
    h('div', { className: 'lyd-header lyd-no-print' }, [
      h('h2', { className: 'lyd-title', text: '村级治理看板' }),
      h('label', { className: 'lyd-unit' }, [h('span', { text: '单位' }), select]),
      button('ranking-open', '月度通报', 'btn-primary btn-sm lyd-ranking-open', () => setRankingMode(true))
    ]),
    feedback.node, chartNote, tabBar, panes, ranking.node
  ]);
  replaceChildren(node, [root]);
  st.root = root;
  st.onResize = () => { if (!st.rankingOpen) drawCharts(st.panes[st.active].pane); };
  window.addEventListener('resize', st.onResize);

  // 单位列表与四个视图并行加载：不带 unit 时后端取当前用户所在单位
  client.get('/units').then((data) => {
    if (!st.alive) return;
    st.home = data.home || null;
    st.units = list(data.units);
    if (!st.home) return;
    [st.home].concat(st.units).forEach((u) => { st.names[u.code] = u.name; });
    unitOptions(st, select);
    if (st.rankingOpen) ranking.retitle(unitName());
  }, (err) => {
    if (!st.alive) return;
    replaceChildren(select, [h('option', { value: '', text: '单位列表加载失败' })]);
    feedback.error(messageOf(err));
  });
  TABS.forEach(loadPane);
  loadECharts().then((lib) => {
    if (!st.alive) return;
    charts.lib = lib;
    chartNote.hidden = !!lib;
    root.classList.toggle('lyd-no-charts', !lib);
    if (lib && !st.rankingOpen) drawCharts(st.panes[st.active].pane);
  });
}

/** 办理时效的起止日期；改动后校验并重新加载。 */
function slaFilter(st, reload) {
  const hint = h('span', { className: 'lyd-filter-error', role: 'alert' });
  const input = (ly, key) => h('input', { type: 'date', className: 'form-control input-sm', ly, value: st.sla[key], max: today(), onChange: (e) => {
    st.sla[key] = e.target.value;
    if (!st.sla.from || !st.sla.to) return (hint.textContent = '请选择开始和结束日期');
    if (st.sla.from > st.sla.to) return (hint.textContent = '开始日期不能晚于结束日期');
    hint.textContent = '';
    return reload();
  } });
  return h('div', { className: 'lyd-filter' }, [h('label', {}, [h('span', { text: '办结时间从' }), input('sla-from', 'from')]),
    h('label', {}, [h('span', { text: '至' }), input('sla-to', 'to')]), h('span', { className: 'lyd-hint', text: `默认最近${SLA_DEFAULT_DAYS}天` }), hint]);
}

/** 月度通报视图：工具栏（不打印）+ 通报正文（标题、生成日期、排名表）。 */
function createRankingView(st, ctx, reload, close) {
  const month = h('input', { type: 'month', className: 'form-control input-sm', ly: 'ranking-month', 'aria-label': '通报月份', onChange: reload });
  const printHint = h('p', { className: 'lyd-hint lyd-no-print', ly: 'print-hint', hidden: true,
    text: '浏览器没有弹出打印对话框时，请按 Ctrl+P（Mac 为 ⌘+P）打印本页。' });
  const print = button('ranking-print', '打印', 'btn-primary btn-sm', () => {
    // Cockpit 默认的 CSP sandbox 不含 allow-modals 时，window.print() 会被浏览器静默忽略，这时提示用快捷键打印
    let started = false;
    const mark = () => { started = true; };
    window.addEventListener('beforeprint', mark, { once: true });
    window.print();
    setTimeout(() => { window.removeEventListener('beforeprint', mark); printHint.hidden = started; }, 300);
  });
  const title = h('h1', { className: 'lyd-ranking-title', ly: 'ranking-title' });
  const generated = h('p', { className: 'lyd-ranking-date', ly: 'ranking-date' });
  const body = h('div', { className: 'lyd-ranking-body' });
  let current = null;
  const titleText = (unitName, m) => `${unitName || ''}${chineseDate(m)}抓党建促乡村振兴工作通报`;
  const node = h('section', { className: 'lyd-ranking', ly: 'ranking', hidden: true }, [
    h('div', { className: 'lyd-ranking-toolbar lyd-no-print' }, [
      button('ranking-close', '‹ 返回看板', 'btn-default btn-sm', close),
      h('label', { className: 'lyd-filter' }, [h('span', { text: '通报月份' }), month]),
      print
    ]),
    printHint,
    h('div', { className: 'lyd-ranking-sheet' }, [title, generated, body])
  ]);
  return {
    node, month,
    loading: () => replaceChildren(body, [note('加载中…')]),
    failed: () => replaceChildren(body, [note('加载失败', 'load-failed')]),
    retitle: (unitName) => { if (current) title.textContent = titleText(unitName, current.month); },
    show: (data, unitName) => {
      current = data;
      if (data.month) month.value = data.month;
      title.textContent = titleText(unitName, data.month);
      generated.textContent = `生成日期：${chineseDate(today())}`;
      replaceChildren(body, [
        h('p', { className: 'lyd-ranking-rule', text: '得分 = 本月办结环节数 − 10 × 当前逾期事项数（逾期整顿村、部门答复逾期、公示逾期）；得分相同按区划代码排列。' }),
        tableBlock(ctx, {
          name: 'ranking', title: `${chineseDate(data.month)}各乡镇排名`, file: '月度通报', xlsx: 'ranking', xlsxParams: { month: data.month },
          rows: list(data.townships), key: (r) => r.townshipCode,
          rowClass: (r) => ((r.overdueCases || 0) + (r.overdueAnswers || 0) + (r.overdueDisclosures || 0) > 0 ? 'lyd-overdue' : ''),
          columns: [num('名次', 'rank'), str('乡镇', 'townshipName'), num('逾期整顿村', 'overdueCases'), num('部门答复逾期', 'overdueAnswers'),
            num('公示逾期', 'overdueDisclosures'), num('本月办结环节', 'completedSteps'), num('得分', 'score')]
        })
      ]);
    }
  };
}

/* ---------- 顶部导航 ---------- */

function renderNavigation(node) {
  replaceChildren(node, [h('a', { href: PAGE_HASH, className: 'lyd-nav-link', ly: 'nav-link', text: '村级治理看板' })]);
}

/* ---------- Cockpit 首页卡片 ---------- */

let summarySeq = 0;

function renderSummary(node, context) {
  const seq = ++summarySeq;
  const client = createClient((context && context.api) || {});
  const feedback = createFeedback();
  const specs = [
    { key: 'rectifying', label: '整顿中的村', path: '/rectification', value: METRICS.rectifying, title: METRICS.rectifyingTitle },
    { key: 'overdue-cases', label: '逾期未完成整顿', path: '/rectification', value: METRICS.overdueCases, danger: true },
    { key: 'vettings-open', label: '人选审查在办', path: '/vetting', value: METRICS.vettingsOpen },
    { key: 'answers-overdue', label: '部门答复逾期', path: '/vetting', value: METRICS.answersOverdue, danger: true },
    { key: 'disclosures-overdue', label: '公示逾期未结束', path: '/register', value: METRICS.disclosuresOverdue, danger: true }
  ];
  const row = h('div', { className: 'lyd-tiles' }, specs.map((s) => tile(s.key, s.label, '…')));
  const unitLabel = h('span', { className: 'lyd-summary-unit' });
  replaceChildren(node, [h('div', { className: 'lyd-summary', ly: 'summary' }, [
    h('div', { className: 'lyd-summary-head' }, [
      h('h3', { className: 'lyd-summary-title' }, ['村级治理看板', unitLabel]),
      h('a', { href: PAGE_HASH, className: 'btn btn-default btn-sm', ly: 'summary-link', text: '进入看板 ›' })
    ]),
    feedback.node, row
  ])]);

  const requests = {};
  specs.forEach((s) => { if (!requests[s.path]) requests[s.path] = client.get(s.path); });
  specs.forEach((s, i) => requests[s.path].then((data) => {
    if (seq === summarySeq) row.replaceChild(tile(s.key, s.label, s.value(data || {}), { danger: s.danger, title: s.title && s.title(data || {}) }), row.children[i]);
  }, (err) => {
    if (seq !== summarySeq) return;
    row.replaceChild(tile(s.key, s.label, null), row.children[i]);
    feedback.error(messageOf(err));
  }));
  client.get('/units').then((data) => {
    if (seq === summarySeq && data.home && data.home.name) unitLabel.textContent = `（${data.home.name}）`;
  }, () => {}); // 单位名只作标题补充，失败时保持静默
}

/* ---------- 插件注册 ---------- */

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
  unmount: () => { summarySeq += 1; }
}];
