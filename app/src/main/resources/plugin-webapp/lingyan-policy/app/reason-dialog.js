/*
 * 部署和回滚前的确认对话框：写明变更理由（后端要求至少4个字），确认后提交；后端拒绝时把 message 显示在
 * 对话框里、确认按钮上方，对话框不关闭，可以改了再提交。
 * 部署前检查（规则检查、与在用版本的差异，见 checks.js）通过 options.checks 显示在理由上方；检查进行中和发现错误时
 * “确认”不可用。
 */
import { button, createFeedback, h, messageOf } from './shared.js';

/**
 * options：title 标题；summary 说明（将部署的文件、回滚到的版本）；confirmLabel 确认按钮文字；
 * checks(node) 可选，在对话框中显示部署前检查的结果，返回 Promise<{ blocking }>；submit(reason) 返回 Promise，
 * 成功后对话框关闭并调用 done(result)。
 */
export function askReason(options) {
  const feedback = createFeedback();
  const reason = h('textarea', { className: 'form-control lyp-reason', ly: 'reason', rows: 3, maxlength: 500,
    placeholder: '例如：依据县委组织部〔2026〕3号文件，验收合格线由70分提高到80分' });
  const checks = h('div', { className: 'lyp-checks', ly: 'deploy-checks' });
  const confirm = button('reason-confirm', options.confirmLabel || '确认部署', 'btn-primary', onConfirm);
  const cancel = button('reason-cancel', '取消', 'btn-default', close);
  const dialog = h('div', { className: 'lyp-dialog', role: 'dialog', 'aria-modal': 'true', ly: 'reason-dialog' }, [
    h('h4', { className: 'lyp-dialog-title', text: options.title }),
    options.summary ? h('p', { className: 'lyp-dialog-summary', ly: 'reason-summary', text: options.summary }) : null,
    checks,
    h('label', { className: 'lyp-field' }, [h('span', { text: '变更理由（必填，将记入变更记录）' }), reason]),
    feedback.node,
    h('div', { className: 'lyp-dialog-actions' }, [cancel, confirm])
  ]);
  const overlay = h('div', { className: 'lyp-overlay' }, [dialog]);
  overlay.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); });
  document.body.appendChild(overlay);
  let blocked = false;
  if (typeof options.checks === 'function') {
    blocked = true;
    confirm.disabled = true;
    Promise.resolve(options.checks(checks)).then((result) => { blocked = !!(result && result.blocking); },
      () => { blocked = false; }).then(() => { confirm.disabled = blocked; confirm.setAttribute('data-checked', 'true'); });
  }
  reason.focus();

  function close() {
    overlay.remove();
  }

  async function onConfirm() {
    const text = reason.value.trim();
    if (!text) {
      feedback.error('请填写变更理由');
      reason.focus();
      return;
    }
    confirm.disabled = cancel.disabled = true;
    confirm.textContent = '提交中…';
    try {
      const result = await options.submit(text);
      close();
      if (options.done) options.done(result);
    } catch (err) {
      feedback.error(messageOf(err));
      confirm.disabled = blocked;
    cancel.disabled = false;
      confirm.textContent = options.confirmLabel || '确认部署';
    }
  }
}
