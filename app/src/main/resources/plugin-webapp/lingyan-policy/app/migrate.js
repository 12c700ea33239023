/*
 * 迁移进行中的案件：把本县还在某个旧版本流程上办理的案件，移到另一个版本（通常是刚部署的在用版本）。
 *   迁移预检：逐个步骤列出有多少件案件停在那里、迁往新版本的哪一步、哪些案件不能迁移以及原因（引擎的原因已译成中文），
 *             什么都不改变；
 *   开始迁移：写明理由后，可以迁移的案件作为一个批处理迁移（每件案件单独处理，失败的会重试，记入变更记录），
 *             页面随后显示进度和结果。
 */
import { askReason } from './reason-dialog.js';
import { button, createFeedback, h, messageOf, note, panel, replaceChildren } from './shared.js';

const POLL_MS = 1500;
const POLL_LIMIT = 400; // 约 10 分钟后停止自动刷新，可点“刷新进度”

const label = (v) => `v${v.version}（${v.scope}${v.versionTag ? `，${v.versionTag}` : ''}，${v.deployedAt}）`;

export function openMigration(ctx, row) {
  const feedback = createFeedback();
  const chooser = h('div', { className: 'lyp-compare', ly: 'migration-chooser' }, [note('加载中…')]);
  const planArea = h('div', { ly: 'migration-plan' });
  const resultArea = h('div', { ly: 'migration-result' });
  let alive = true;
  ctx.open(panel('migration', `迁移进行中的案件：${row.name}（${row.key}）`, [], [
    note('把仍在旧版本上办理的本县案件移到另一个版本。先做迁移预检，确认无误后再开始迁移；已办结的案件不受影响。'),
    feedback.node, chooser, planArea, resultArea
  ], () => ctx.close()), () => { alive = false; });

  ctx.client.list('/versions', { kind: 'PROCESS', key: row.key }).then((versions) => {
    if (versions.length < 2) { replaceChildren(chooser, [note('这个流程只有一个版本，没有可迁移的案件', 'migration-single')]); return; }
    const target = versions.find((v) => v.definitionId === row.definitionId) || versions[0];
    const source = versions.find((v) => v.definitionId !== target.definitionId);
    const options = (chosen) => versions.map((v) => h('option', { value: v.definitionId, text: label(v), selected: v.definitionId === chosen }));
    const from = h('select', { className: 'form-control input-sm', ly: 'migration-source' }, options(source.definitionId));
    const to = h('select', { className: 'form-control input-sm', ly: 'migration-target' }, options(target.definitionId));
    const byId = (id) => versions.find((v) => v.definitionId === id);
    replaceChildren(chooser, [h('span', { text: '从' }), from, h('span', { text: '迁移到' }), to,
      button('migration-check', '迁移预检', 'btn-default btn-sm', () => check(byId(from.value), byId(to.value)))]);
  }, (err) => { replaceChildren(chooser, []); feedback.error(messageOf(err)); });

  function check(source, target) {
    feedback.clear();
    replaceChildren(resultArea, []);
    if (source.definitionId === target.definitionId) { feedback.error('请选择两个不同的版本'); return; }
    replaceChildren(planArea, [note('正在预检（逐件试迁移后撤销）…')]);
    ctx.client.post('/migrations/plan', ctx.scoped({ source: source.definitionId, target: target.definitionId })).then((plan) => {
      if (alive) replaceChildren(planArea, renderPlan(plan, `${row.name} ${label(source)}`, `${label(target)}`, () => migrate(source, target, plan)));
    }, (err) => { replaceChildren(planArea, []); feedback.error(messageOf(err)); });
  }

  function migrate(source, target, plan) {
    askReason({
      title: `迁移进行中的案件：${row.name}`,
      summary: `将 ${plan.movable.length} 件案件从 ${label(source)} 迁移到 ${label(target)}`
        + (plan.blocked ? `；另有 ${plan.blocked} 件不能迁移，留在原版本。` : '。'),
      confirmLabel: '确认迁移',
      submit: (reason) => ctx.client.post('/migrations', ctx.scoped({ source: source.definitionId, target: target.definitionId, reason })),
      done: (started) => {
        replaceChildren(planArea, []);
        follow(started.batchId, started.submitted.length);
        ctx.refresh();
      }
    });
  }

  /** 跟踪批处理直到完成：已迁移 / 失败 / 待处理，失败的列出原因。 */
  function follow(batchId, submitted) {
    let polls = 0;
    const status = h('p', { className: 'lyp-migration-status', ly: 'migration-status', text: `已提交 ${submitted} 件，正在迁移…` });
    const failures = h('div', {});
    const again = button('migration-refresh', '刷新进度', 'btn-default btn-xs', () => poll());
    replaceChildren(resultArea, [status, failures, again]);
    ctx.reveal(resultArea);
    function poll() {
      if (!alive) return;
      ctx.client.get(`/migrations/${encodeURIComponent(batchId)}`).then((result) => {
        if (!alive) return;
        status.setAttribute('data-done', String(result.done));
        status.setAttribute('data-moved', String(result.moved));
        status.setAttribute('data-failed', String(result.failed));
        status.textContent = result.done
          ? `迁移完成：${result.moved} 件已迁移${result.failed ? `，${result.failed} 件失败` : ''}。`
          : `迁移中：共 ${result.total} 件，已迁移 ${result.moved} 件，失败 ${result.failed} 件，待处理 ${result.pending} 件。`;
        replaceChildren(failures, (result.failures || []).length ? [h('ul', { className: 'lyp-lint', ly: 'migration-failures' },
          result.failures.map((f) => h('li', { className: 'lyp-lint-error', text: `案件 ${f.processInstanceId || ''}：${(f.reasons || []).join('；') || f.engineMessage}${f.willRetry ? '（将自动重试）' : ''}` })))] : []);
        if (!result.done && ++polls < POLL_LIMIT) setTimeout(poll, POLL_MS);
        else if (result.done) ctx.refresh();
      }, (err) => feedback.error(messageOf(err)));
    }
    poll();
  }
}

function renderPlan(plan, source, target, onMigrate) {
  const movable = (plan.movable || []).length;
  const summary = plan.instances === 0 ? `${source} 上没有本县进行中的案件，无需迁移。`
    : `${source} 上有 ${plan.instances} 件进行中的案件：${movable} 件可以迁移到 ${target}`
      + (plan.blocked ? `，${plan.blocked} 件不能迁移（原因见下表）` : '') + '。';
  const start = button('migration-start', `开始迁移（${movable} 件）`, 'btn-primary btn-sm', onMigrate);
  start.disabled = !movable || (plan.planProblems || []).length > 0;
  return [
    h('p', { className: 'lyp-plan-summary', ly: 'migration-summary', 'data-instances': String(plan.instances),
      'data-movable': String(movable), 'data-blocked': String(plan.blocked), text: summary }),
    (plan.planProblems || []).length ? h('div', { className: 'alert alert-danger lyp-alert', ly: 'migration-problems' }, [
      h('strong', { text: '迁移方案未通过引擎校验，不能迁移：' }),
      h('ul', {}, plan.planProblems.map((p) => h('li', { text: `${p.sourceActivityId || ''}${p.targetActivityId ? ` → ${p.targetActivityId}` : ''}：${p.reason}` })))
    ]) : null,
    (plan.activities || []).length ? h('div', { className: 'table-responsive' }, [h('table', { className: 'table table-condensed lyp-table', ly: 'table-migration' }, [
      h('thead', {}, [h('tr', {}, ['停在的步骤', '案件数', '迁往', '不能迁移的案件'].map((t) => h('th', { text: t })))]),
      h('tbody', {}, plan.activities.map((a) => h('tr', { 'data-activity': a.activityId, 'data-instances': String(a.instances) }, [
        h('td', { text: a.name || a.activityId }),
        h('td', { text: String(a.instances) }),
        h('td', { text: a.mapped ? (a.targetName || a.targetActivityId) : '新版本中没有对应的步骤' }),
        h('td', {}, (a.blocked || []).length ? [h('ul', { className: 'lyp-blocked' }, a.blocked.map((b) =>
          h('li', { text: `${b.businessKey || b.processInstanceId}：${b.reason}` })))] : [h('span', { className: 'lyp-muted', text: '—' })])
      ])))
    ])]) : null,
    plan.instances ? h('div', { className: 'lyp-try-actions' }, [start]) : null
  ];
}
