/*
 * 变更记录：全省通用规则和本县规则的每次部署与回滚——谁、何时、为什么、哪些文件、变更前后在用的版本，新的在前。
 */
import { fileName, h, note } from './shared.js';

const SHOWN_FILES = 3;

/** 文件列只列文件名；随流程一起部署的表单很多时只列前几个，其余放在提示里。 */
function files(resources) {
  const names = String(resources || '').split('、').filter(Boolean).map(fileName);
  const text = names.length > SHOWN_FILES ? `${names.slice(0, SHOWN_FILES).join('、')} 等${names.length}个文件` : names.join('、');
  return h('td', { className: 'lyp-col-resources', title: names.join('\n'), text: text || '—' });
}

const cell = (key, value) => h('td', { className: `lyp-col-${key}`, text: value || '—' });

export function renderChanges(rows) {
  if (!rows.length) return note('还没有变更', 'changes-empty');
  return h('div', { className: 'table-responsive' }, [h('table', { className: 'table table-condensed table-striped lyp-table', ly: 'table-changes' }, [
    h('thead', {}, [h('tr', {}, ['时间', '操作', '适用范围', '操作人', '变更理由', '文件', '变更前', '变更后'].map((t) => h('th', { text: t })))]),
    h('tbody', {}, rows.map((row) => h('tr', { 'data-change-id': String(row.id), 'data-kind': row.kind }, [
      cell('createdAt', row.createdAt), cell('kind', row.kind), cell('scope', row.scope), cell('actorName', row.actorName),
      cell('reason', row.reason), files(row.resources), cell('versionsBefore', row.versionsBefore), cell('versionsAfter', row.versionsAfter)
    ])))
  ])]);
}
