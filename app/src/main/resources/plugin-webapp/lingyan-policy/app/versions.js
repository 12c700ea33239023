/*
 * 历史版本：本县可见的全部版本（本县版本和全省通用版本），新的在前。可查看任一版本，比较任意两个版本；
 * 回滚：把选中的旧版本再部署一次成为最新版本（须写理由，记入变更记录）。县的规则管理人员对全省通用版本
 * 用“采用此版本”：它的内容部署为本县的最新版本（回到全省通用的规则）；全省通用版本本身只有管理员能回滚。
 */
import { renderDiff } from './diff.js';
import { askReason } from './reason-dialog.js';
import { openViewer } from './viewer.js';
import { KIND_LABEL, button, createFeedback, h, messageOf, note, panel, replaceChildren, scopeBadge, versionsText } from './shared.js';

export function openVersions(ctx, row) {
  const feedback = createFeedback();
  const body = h('div', {}, [note('加载中…')]);
  const compare = h('div', { className: 'lyp-compare', ly: 'compare' });
  const diffArea = h('div', { ly: 'diff-area' });
  ctx.open(panel('versions', `历史版本：${KIND_LABEL[row.kind] || ''} ${row.name}（${row.key}）`, [], [feedback.node, compare, body, diffArea],
    () => ctx.close()));

  const administrator = !!(ctx.me && ctx.me.administrator);
  const label = (v) => `v${v.version}（${v.scope}${v.versionTag ? `，${v.versionTag}` : ''}，${v.deployedAt}）`;
  ctx.client.list('/versions', { kind: row.kind, key: row.key }).then((versions) => {
    if (!versions.length) { replaceChildren(body, [note('没有版本')]); return; }
    renderCompare(versions);
    replaceChildren(body, [
      h('table', { className: 'table table-condensed lyp-table', ly: 'table-versions' }, [
        h('thead', {}, [h('tr', {}, ['版本', '版本标签', '适用范围', '部署人', '变更理由', '部署时间', '操作'].map((t) => h('th', { text: t })))]),
        h('tbody', {}, versions.map((v) => {
          const inForce = v.definitionId === row.definitionId;
          const actions = [button('view-version', '查看', 'btn-default btn-xs', () => openViewer(ctx, v))];
          if (!inForce) actions.push(button('compare-in-force', '与在用版本比较', 'btn-default btn-xs', () => showDiff(v, row)));
          if (inForce) actions.push(h('span', { className: 'label label-success lyp-badge', text: '当前在用' }));
          else if (v.own || (administrator && !ctx.county())) actions.push(button('rollback', '回滚到此版本', 'btn-warning btn-xs', () => rollBack(v)));
          else actions.push(button('adopt', '采用此版本', 'btn-warning btn-xs', () => adopt(v)));
          return h('tr', { 'data-definition-id': v.definitionId, 'data-version': String(v.version), 'data-own': String(!!v.own) }, [
            h('td', { text: `v${v.version}` }), h('td', { text: v.versionTag || '—' }), h('td', {}, [scopeBadge(v)]),
            h('td', { text: v.deployedBy }), h('td', { text: v.reason || '—' }), h('td', { text: v.deployedAt }),
            h('td', { className: 'lyp-actions' }, actions)
          ]);
        }))
      ])
    ]);
  }, (err) => { replaceChildren(body, []); feedback.error(messageOf(err)); });

  /** 任意两个版本的比较：从（原）→ 到（新），默认上一个版本 → 在用版本。 */
  function renderCompare(versions) {
    if (versions.length < 2) { replaceChildren(compare, []); return; }
    const options = (chosen) => versions.map((v) => h('option', { value: v.definitionId, text: label(v), selected: v.definitionId === chosen }));
    const current = versions.find((v) => v.definitionId === row.definitionId) || versions[0];
    const previous = versions.find((v) => v.definitionId !== current.definitionId);
    const from = h('select', { className: 'form-control input-sm', ly: 'compare-from' }, options(previous.definitionId));
    const to = h('select', { className: 'form-control input-sm', ly: 'compare-to' }, options(current.definitionId));
    const byId = (id) => versions.find((v) => v.definitionId === id);
    replaceChildren(compare, [h('span', { text: '比较' }), from, h('span', { text: '→' }), to,
      button('compare', '比较', 'btn-default btn-sm', () => showDiff(byId(from.value), byId(to.value)))]);
  }

  function showDiff(from, to) {
    feedback.clear();
    replaceChildren(diffArea, [note('正在比较…')]);
    ctx.client.get('/diff', { from: from.definitionId, to: to.definitionId }).then((report) => {
      replaceChildren(diffArea, [h('h4', { className: 'lyp-diff-title', text: `${label(from)} → ${label(to)}` }), renderDiff(report)]);
      ctx.reveal(diffArea);
    }, (err) => { replaceChildren(diffArea, []); feedback.error(messageOf(err)); });
  }

  /** 县采用一个全省通用版本：把它的内容部署为本县的最新版本。 */
  function adopt(v) {
    askReason({
      title: `采用全省通用版本：${row.name}`,
      summary: `将全省通用的 v${v.version}（${v.versionTag || '无版本标签'}，${v.deployedAt}）部署为${ctx.me.countyName}的最新版本，本县此后按它办理。`
        + '以后全省通用版本再有修改，不会自动适用于本县，需要时再次“采用”。',
      confirmLabel: '确认采用',
      submit: (reason) => ctx.client.post('/rollback', ctx.scoped({ definitionId: v.definitionId, reason })),
      done: (change) => ctx.done(`已采用：${versionsText(change)}`)
    });
  }

  function rollBack(v) {
    askReason({
      title: `回滚 ${row.name}`,
      summary: `将 v${v.version}（${v.versionTag || '无版本标签'}，${v.scope}，${v.deployedAt}）再部署一次，成为${v.own ? '本县' : '全省通用'}的最新版本。`,
      confirmLabel: '确认回滚',
      submit: (reason) => ctx.client.post('/rollback', ctx.scoped({ definitionId: v.definitionId, reason })),
      done: (change) => ctx.done(`已回滚：${versionsText(change)}`)
    });
  }
}
