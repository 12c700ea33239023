/* 可排序表格（含导出 CSV 和 Excel）与指标磁贴。 */

import { button, h, isEmpty, list, replaceChildren, today } from './common.js';

export const num = (label, key, text) => ({ label, type: 'number', value: (r) => r[key], text });
export const str = (label, key, text) => ({ label, type: 'text', value: (r) => r[key], text });
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
export function tableBlock(ctx, spec) {
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
export const countBlock = (ctx, name, title, rows, key, labelColumn, countLabel) => tableBlock(ctx, {
  name, title, rows, key: (r) => String(r[key]), columns: [labelColumn, num(countLabel || '人数', 'count')]
});

/* ---------- 指标磁贴 ---------- */

/** 指标磁贴；danger / warn 时数值大于 0 显示为红色 / 橙色。 */
export function tile(key, label, value, opts) {
  const o = opts || {};
  const level = Number(value) > 0 ? (o.danger ? ' lyd-tile-danger' : o.warn ? ' lyd-tile-warn' : '') : '';
  return h('div', { className: `lyd-tile${level}`, ly: 'tile', 'data-key': key, title: o.title }, [
    h('div', { className: 'lyd-tile-value', text: isEmpty(value) ? '—' : String(value) }),
    h('div', { className: 'lyd-tile-label', text: label })
  ]);
}

export const tiles = (items) => h('div', { className: 'lyd-tiles' }, items);
