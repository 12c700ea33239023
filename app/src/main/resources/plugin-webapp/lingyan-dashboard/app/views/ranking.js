/* 月度通报：可打印的一页。 */

import { button, chineseDate, h, list, note, replaceChildren, today } from '../common.js';
import { num, str, tableBlock } from '../tables.js';

/** 月度通报视图：工具栏（不打印）+ 通报正文（标题、生成日期、排名表）。 */
export function createRankingView(st, ctx, reload, close) {
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
