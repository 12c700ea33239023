/*
 * 历史版本：本县可见的全部版本（本县版本和全省通用版本），新的在前。可查看任一版本；本县版本可回滚：
 * 把选中的旧版本再部署一次成为最新版本（须写理由，记入变更记录）。全省通用版本只有管理员能回滚。
 */
import { askReason } from './reason-dialog.js';
import { openViewer } from './viewer.js';
import { KIND_LABEL, button, createFeedback, h, messageOf, note, panel, replaceChildren, scopeBadge, versionsText } from './shared.js';

export function openVersions(ctx, row) {
  const feedback = createFeedback();
  const body = h('div', {}, [note('加载中…')]);
  ctx.open(panel('versions', `历史版本：${KIND_LABEL[row.kind] || ''} ${row.name}（${row.key}）`, [], [feedback.node, body], () => ctx.close()));

  const mayRollBack = (v) => (ctx.me && ctx.me.administrator) || v.own;
  ctx.client.list('/versions', { kind: row.kind, key: row.key }).then((versions) => {
    if (!versions.length) { replaceChildren(body, [note('没有版本')]); return; }
    replaceChildren(body, [
      h('table', { className: 'table table-condensed lyp-table', ly: 'table-versions' }, [
        h('thead', {}, [h('tr', {}, ['版本', '版本标签', '适用范围', '部署人', '变更理由', '部署时间', '操作'].map((t) => h('th', { text: t })))]),
        h('tbody', {}, versions.map((v) => {
          const inForce = v.definitionId === row.definitionId;
          const actions = [button('view-version', '查看', 'btn-default btn-xs', () => openViewer(ctx, v))];
          if (inForce) actions.push(h('span', { className: 'label label-success lyp-badge', text: '当前在用' }));
          else if (mayRollBack(v)) actions.push(button('rollback', '回滚到此版本', 'btn-warning btn-xs', () => rollBack(v)));
          else actions.push(h('span', { className: 'lyp-muted', text: '全省通用版本由管理员维护' }));
          return h('tr', { 'data-definition-id': v.definitionId, 'data-version': String(v.version), 'data-own': String(!!v.own) }, [
            h('td', { text: `v${v.version}` }), h('td', { text: v.versionTag || '—' }), h('td', {}, [scopeBadge(v)]),
            h('td', { text: v.deployedBy }), h('td', { text: v.reason || '—' }), h('td', { text: v.deployedAt }),
            h('td', { className: 'lyp-actions' }, actions)
          ]);
        }))
      ])
    ]);
  }, (err) => { replaceChildren(body, []); feedback.error(messageOf(err)); });

  function rollBack(v) {
    askReason({
      title: `回滚 ${row.name}`,
      summary: `将 v${v.version}（${v.versionTag || '无版本标签'}，${v.scope}，${v.deployedAt}）再部署一次，成为${v.own ? '本县' : '全省通用'}的最新版本。`,
      confirmLabel: '确认回滚',
      submit: (reason) => ctx.client.post('/rollback', { definitionId: v.definitionId, reason }),
      done: (change) => ctx.done(`已回滚：${versionsText(change)}`)
    });
  }
}
