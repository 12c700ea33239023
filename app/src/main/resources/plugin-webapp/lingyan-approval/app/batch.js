/* 领雁审批插件：导航面板中的“批量办理”一节（流程模型允许批量办理的环节）。 */
import { h, replaceChildren, button, messageOf, formatTime, submit, field, textArea } from './shared.js';

/**
 * “批量办理”：按同类环节分组列出可一并办理的任务，勾选后填写同一意见一次办完。
 * 办理结果列表保留在分组上方；办理后重新加载分组，已办完的任务随之消失。
 */
export function createBatchSection(client, feedback) {
  const resultSlot = h('div', { className: 'ly-batch-result-slot' });
  const groupsBox = h('div', { className: 'ly-batch-groups' });
  const node = h('div', { className: 'ly-batch', ly: 'batch-list' }, [resultSlot, groupsBox]);
  const notice = (text, ly) => replaceChildren(groupsBox, [h('p', { className: 'ly-empty', ly, text })]);
  let loadSeq = 0; // 连续多次加载时只采用最后一次的结果

  function showResults(group, results) {
    const titles = {};
    (group.tasks || []).forEach((t) => { titles[t.id] = t.caseTitle || t.id; });
    const okCount = results.filter((r) => r && r.ok).length;
    const failCount = results.length - okCount;
    const summary = `“${group.name || '批量办理'}”办理结果：成功 ${okCount} 项` + (failCount ? `，未办理 ${failCount} 项` : '')
      + (okCount ? '。已办理的任务已离开您的待办，请刷新任务列表' : '');
    replaceChildren(resultSlot, [h('div', { className: 'ly-batch-result-box' }, [
      h('div', { className: 'ly-batch-result-title', text: summary }),
      h('ul', { className: 'ly-list ly-batch-result', ly: 'batch-result' }, results.filter(Boolean).map((r) => h('li', {
        className: 'ly-batch-result-item ' + (r.ok ? 'ly-batch-ok' : 'ly-batch-fail'), 'data-task-id': r.taskId, 'data-ok': String(!!r.ok)
      }, [
        h('span', { className: 'ly-batch-result-case', text: titles[r.taskId] || r.taskId || '（未知任务）' }),
        ' ',
        h('span', { className: 'ly-batch-result-status', text: r.ok ? '✓ 已办理' : `✗ ${r.message || '办理失败'}` })
      ])))
    ])]);
  }

  function renderGroup(group) {
    const tasks = group.tasks || [];
    const noteLabel = group.noteLabel || '办理意见';
    const boxes = [];
    const all = h('input', { type: 'checkbox', ly: 'batch-all' });
    const syncAll = () => {
      const checked = boxes.filter((b) => b.checked).length;
      all.checked = checked > 0 && checked === boxes.length;
      all.indeterminate = checked > 0 && checked < boxes.length;
    };
    all.addEventListener('change', () => { boxes.forEach((b) => { b.checked = all.checked; }); syncAll(); });
    const taskItems = tasks.map((t) => {
      const box = h('input', { type: 'checkbox', ly: 'batch-task', value: t.id, onChange: syncAll });
      boxes.push(box);
      const text = [t.caseTitle || '（未命名事项）', t.villageName, t.due ? `截止 ${formatTime(t.due)}` : '']
        .filter(Boolean).join(' · ');
      return h('li', { className: 'ly-batch-task-item' }, [h('label', { className: 'ly-check ly-batch-task' }, [box, h('span', { text })])]);
    });
    const note = textArea('batch-note', `请填写${noteLabel}`);
    note.required = true;
    note.setAttribute('aria-required', 'true');
    const submitBtn = button('batch-submit', '批量办理', 'btn-primary btn-sm', () => {
      const taskIds = boxes.filter((b) => b.checked).map((b) => b.value);
      if (!taskIds.length) return feedback.error('请选择要办理的任务');
      const text = note.value.trim();
      if (!text) return feedback.error(`请填写${noteLabel}`);
      let results = [];
      return submit(submitBtn, feedback, () => client.post('/batch-complete', { taskIds, note: text })
        .then((data) => { results = Array.isArray(data) ? data : []; }), () => {
        feedback.clear();
        showResults(group, results);
        load();
      });
    });
    return h('div', { className: 'ly-batch-group', ly: 'batch-group', 'data-name': group.name }, [
      h('h5', { className: 'ly-batch-group-title', text: `${group.name || '（未命名环节）'}（${tasks.length}项）` }),
      group.label ? h('div', { className: 'ly-batch-explain', text: `批量办理将：${group.label}` }) : null,
      h('label', { className: 'ly-check ly-batch-all' }, [all, h('span', { text: '全选' })]),
      h('ul', { className: 'ly-list ly-batch-tasks' }, taskItems),
      field(noteLabel, note, { required: true }),
      h('div', { className: 'ly-panel-actions' }, [submitBtn])
    ]);
  }

  function load() {
    const seq = ++loadSeq;
    notice('加载中…');
    return client.list('/batchable').then((groups) => {
      if (seq !== loadSeq) return;
      const usable = groups.filter((g) => g && Array.isArray(g.tasks) && g.tasks.length);
      if (usable.length) replaceChildren(groupsBox, usable.map(renderGroup));
      else notice('暂无可批量办理的任务', 'batch-empty');
    }, (err) => {
      if (seq !== loadSeq) return;
      notice('加载失败');
      feedback.error(messageOf(err));
    });
  }

  return { node, load };
}
