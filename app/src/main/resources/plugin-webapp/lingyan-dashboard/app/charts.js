/* ECharts：运行时从 Spring Boot 的 webjar 路径加载，失败时只显示表格；图表在容器可见时才绘制。 */

import { h } from './common.js';

const ECHARTS_URL = '/webjars/echarts/5.3.1/dist/echarts.min.js';
const ECHARTS_TIMEOUT_MS = 15000;
const PALETTE = ['#b5152b', '#e6a23c', '#3a7bd5', '#5cb85c', '#8e6fbf', '#17a2b8', '#8c8c8c'];

let echartsPromise = null;
let lib = null; // 加载成功后的 echarts

/** 注入一次 <script>，等到 window.echarts 可用；失败或超时返回 null（下次打开页面时再试）。 */
export function loadECharts() {
  if (window.echarts && typeof window.echarts.init === 'function') return Promise.resolve(lib = window.echarts);
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
      lib = ok && window.echarts && typeof window.echarts.init === 'function' ? window.echarts : null;
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

/** 图表卡片：选项先挂在容器上，容器可见时才初始化（隐藏标签页里的 ECharts 宽度为 0）。 */
export function chartCard(title, option, height) {
  const box = h('div', { className: 'lyd-chart', ly: 'chart', style: `height:${height || 260}px` });
  box.lydOption = option;
  return h('div', { className: 'lyd-chart-card' }, [h('h5', { className: 'lyd-chart-title', text: title }), box]);
}

/** 初始化 root 内可见的图表；已初始化的只调整尺寸。 */
export function drawCharts(root) {
  if (lib && root) root.querySelectorAll('.lyd-chart').forEach((box) => {
    const existing = box.offsetWidth ? lib.getInstanceByDom(box) : null;
    if (existing) existing.resize();
    else if (box.offsetWidth) lib.init(box).setOption(box.lydOption);
  });
}

export function disposeCharts(root) {
  if (lib && root) root.querySelectorAll('.lyd-chart').forEach((box) => { const c = lib.getInstanceByDom(box); if (c) c.dispose(); });
}

const AXIS_TOOLTIP = { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true };
const GRID = { left: 8, right: 24, top: 36, bottom: 8, containLabel: true };
const shorten = (text, max) => (String(text).length > max ? `${String(text).slice(0, max)}…` : String(text));

/** 柱状图。series：[{ name, data, stack? }]；horizontal 时类目在纵轴（适合长名称）。 */
export function barOption(categories, series, horizontal) {
  const categoryAxis = { type: 'category', data: categories, inverse: !!horizontal,
    axisLabel: horizontal ? { formatter: (v) => shorten(v, 14) } : { interval: 0, formatter: (v) => shorten(v, 8), hideOverlap: true } };
  const valueAxis = { type: 'value', minInterval: 1 };
  return {
    color: PALETTE, tooltip: AXIS_TOOLTIP, grid: GRID, legend: series.length > 1 ? { top: 0 } : undefined,
    xAxis: horizontal ? valueAxis : categoryAxis, yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data, stack: s.stack, barMaxWidth: 36 }))
  };
}

export const pieOption = (data) => ({
  color: PALETTE, tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）', confine: true }, legend: { top: 0, type: 'scroll' },
  series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '58%'], data, label: { formatter: '{b}\n{c}' } }]
});

export const barHeight = (n) => Math.max(220, n * 30 + 70);

export const chartGrid = (cards) => h('div', { className: 'lyd-charts' }, cards.filter(Boolean));
