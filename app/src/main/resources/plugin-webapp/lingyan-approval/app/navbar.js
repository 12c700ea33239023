/*
 * 顶部导航“抄送与消息”：未读角标（定时刷新），点击后打开抽屉面板：消息、抄送我的、可撤回、批量办理。
 */
import { h, replaceChildren, placeholder, messageOf, formatTime, createClient, createFeedback } from './shared.js';
import { renderCc } from './copy-urge.js';
import { renderWithdrawable } from './return-withdraw.js';
import { createBatchSection } from './batch.js';

const POLL_INTERVAL_MS = 60000;
const NOTICE_LABELS = { URGE: '催办', REMINDER: '提醒', OVERDUE: '超期', CC: '抄送', RETURN: '退回', TRANSFER: '转办', DELEGATE: '委派' };

// Tasklist 只有一个导航栏；unmount() 不带参数，所以状态放在模块级
const navbarState = { timer: null, overlay: null, onKey: null, refreshBadge: null };
const countUnread = (notifications) => notifications.filter((n) => !n.read).length;

function closeNavbarPanel() {
  const { overlay, onKey, refreshBadge } = navbarState;
  if (!overlay) return;
  document.removeEventListener('keydown', onKey);
  overlay.remove();
  Object.assign(navbarState, { overlay: null, onKey: null });
  if (refreshBadge) refreshBadge(); // 关闭面板后刷新未读角标
}

export function teardownNavbar() {
  clearInterval(navbarState.timer);
  Object.assign(navbarState, { timer: null, refreshBadge: null });
  closeNavbarPanel();
}

function renderNotice(n, client, feedback, onRead) {
  const item = h('li', {
    className: 'ly-item ly-notice' + (n.read ? '' : ' ly-unread'), ly: 'notification', 'data-id': n.id,
    role: 'button', tabindex: 0, title: n.read ? null : '点击标记为已读'
  }, [
    h('span', { className: 'label ly-tag', text: NOTICE_LABELS[n.kind] || n.kind || '消息' }),
    h('span', { className: 'ly-item-text', text: n.text }),
    h('span', { className: 'ly-time', text: formatTime(n.createdAt) })
  ]);
  const markRead = () => {
    if (n.read) return;
    client.post(`/notifications/${encodeURIComponent(n.id)}/read`).then(() => {
      n.read = true;
      item.classList.remove('ly-unread');
      item.removeAttribute('title');
      onRead();
    }, (err) => feedback.error(messageOf(err)));
  };
  item.addEventListener('click', markRead);
  item.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); markRead(); } });
  return item;
}

function openNavbarPanel(client, setUnread) {
  closeNavbarPanel();
  const feedback = createFeedback();
  const notices = h('ul', { className: 'ly-list', ly: 'notifications' });
  const ccList = h('ul', { className: 'ly-list', ly: 'cc-list' });
  const withdrawList = h('ul', { className: 'ly-list', ly: 'withdraw-list' });

  const load = (list, path, emptyText, renderItem) => {
    placeholder(list, '加载中…');
    return client.list(path).then((items) => {
      if (items.length) replaceChildren(list, items.map(renderItem));
      else placeholder(list, emptyText);
      return items;
    }, (err) => {
      placeholder(list, '加载失败');
      feedback.error(messageOf(err));
      return null;
    });
  };
  const loadWithdrawable = () => load(withdrawList, '/withdrawable', '暂无可撤回的任务',
    (w) => renderWithdrawable(w, client, feedback, loadWithdrawable));
  let notifications = [];
  load(notices, '/notifications', '暂无消息', (n) => renderNotice(n, client, feedback, () => setUnread(countUnread(notifications))))
    .then((items) => { if (items) { notifications = items; setUnread(countUnread(items)); } });
  load(ccList, '/cc', '暂无抄送给我的事项', renderCc);
  loadWithdrawable();
  const batch = createBatchSection(client, feedback);
  batch.load();

  const section = (title, list) => h('section', { className: 'ly-section' }, [h('h4', { className: 'ly-heading', text: title }), list]);
  const closeBtn = h('button', { type: 'button', className: 'close ly-close', ly: 'panel-close', 'aria-label': '关闭', text: '×', onClick: closeNavbarPanel });
  const overlay = h('div', { className: 'ly-overlay' }, [
    h('div', { className: 'ly-drawer', ly: 'panel', role: 'dialog', 'aria-modal': 'true', 'aria-label': '抄送与消息' }, [
      h('div', { className: 'ly-drawer-header' }, [h('h3', { className: 'ly-drawer-title', text: '抄送与消息' }), closeBtn]),
      h('div', { className: 'ly-drawer-body' }, [
        feedback.node, section('消息', notices), section('抄送我的', ccList), section('可撤回', withdrawList),
        section('批量办理', batch.node)
      ])
    ])
  ]);
  overlay.addEventListener('click', (e) => { if (e.target === overlay) closeNavbarPanel(); });
  navbarState.onKey = (e) => { if (e.key === 'Escape') closeNavbarPanel(); };
  document.addEventListener('keydown', navbarState.onKey);
  document.body.appendChild(overlay);
  navbarState.overlay = overlay;
  closeBtn.focus();
}

export function renderNavbar(node, context) {
  teardownNavbar();
  const client = createClient(context.api || {});
  const badge = h('span', { className: 'badge ly-badge', ly: 'navbar-badge', hidden: true, title: '未读消息数' });
  const setUnread = (count) => { badge.textContent = count > 99 ? '99+' : String(count); badge.hidden = !count; };
  const link = h('a', { href: '#', className: 'ly-navbar-link', ly: 'navbar-link', role: 'button' }, ['抄送与消息', badge]);
  link.addEventListener('click', (e) => { e.preventDefault(); openNavbarPanel(client, setUnread); });
  replaceChildren(node, [link]);

  const refreshBadge = () => {
    if (document.hidden) return;
    // 角标刷新失败时保持静默，打开面板时会显示错误
    client.list('/notifications').then((items) => setUnread(countUnread(items)), () => {});
  };
  navbarState.refreshBadge = refreshBadge;
  navbarState.timer = setInterval(refreshBadge, POLL_INTERVAL_MS);
  refreshBadge();
}
