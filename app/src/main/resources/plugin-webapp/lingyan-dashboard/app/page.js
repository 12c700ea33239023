/*
 * 看板页面（cockpit.route，#/lingyan-dashboard）：单位选择、四个标签页（每页一个模块，见 views/）和月度通报。
 * 换单位时各标签页和打开着的月度通报按新单位重新加载；只显示最后一次请求的结果。
 */

import { button, createClient, createFeedback, h, list, messageOf, note, replaceChildren } from './common.js';
import { disposeCharts, drawCharts, loadECharts } from './charts.js';
import { createRankingView } from './views/ranking.js';
import { renderRectification } from './views/rectification.js';
import { renderRegister } from './views/register.js';
import { defaultPeriod, renderSla, slaFilter } from './views/sla.js';
import { renderVetting } from './views/vetting.js';

const TABS = [
  { key: 'rectification', label: '整顿台账', path: '/rectification', render: renderRectification },
  { key: 'vetting', label: '人选审查', path: '/vetting', render: renderVetting },
  { key: 'register', label: '议事决策', path: '/register', render: renderRegister },
  { key: 'sla', label: '办理时效', path: '/sla', render: renderSla, params: (st) => ({ from: st.sla.from, to: st.sla.to }) }
];

// Cockpit 同时只显示一个看板页；unmount() 不带参数，所以状态放在模块级
let pageState = null;

export function unmountPage() {
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

export function renderPage(node, context) {
  unmountPage();
  const client = createClient((context && context.api) || {});
  const feedback = createFeedback();
  const st = pageState = { alive: true, unit: '', home: null, units: [], names: {}, active: TABS[0].key, panes: {},
    sla: defaultPeriod(), rankingSeq: 0, rankingOpen: false };
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
  // 工作日历缺少某年节假日安排时的提示（后端 /units 的 calendarWarning）
  const calendarNote = h('div', { className: 'alert alert-warning lyd-no-print', ly: 'calendar-warning', role: 'status', hidden: true });
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
    feedback.node, calendarNote, chartNote, tabBar, panes, ranking.node
  ]);
  replaceChildren(node, [root]);
  st.root = root;
  st.onResize = () => { if (!st.rankingOpen) drawCharts(st.panes[st.active].pane); };
  window.addEventListener('resize', st.onResize);

  // 单位列表与四个视图并行加载：不带 unit 时后端取当前用户所在单位
  client.get('/units').then((data) => {
    if (!st.alive) return;
    st.home = data.home || null;
    calendarNote.textContent = data.calendarWarning || '';
    calendarNote.hidden = !data.calendarWarning;
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
    chartNote.hidden = !!lib;
    root.classList.toggle('lyd-no-charts', !lib);
    if (lib && !st.rankingOpen) drawCharts(st.panes[st.active].pane);
  });
}
