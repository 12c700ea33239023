/*
 * 证据材料：整个事项各环节上传的材料（文件名即下载链接），以及在当前任务上上传材料。
 * 超过 10MB 的文件在浏览器端直接拒绝；后端会再校验一次大小、类型和内容。
 */
import { h, replaceChildren, placeholder, button, heading, messageOf, formatTime, submit, field } from './shared.js';

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024; // 与后端上限一致
const ATTACHMENT_ACCEPT = '.jpg,.jpeg,.png,.pdf,.doc,.docx,.xls,.xlsx';

/** 字节数 → KB / MB（保留一位小数）。 */
function formatSize(bytes) {
  if (typeof bytes !== 'number' || !isFinite(bytes) || bytes < 0) return '';
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** 以 data URL 读取文件，返回去掉“data:…;base64,”前缀后的 Base64 内容。 */
function readAsBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result || '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error('文件读取失败，请重新选择文件'));
    reader.readAsDataURL(file);
  });
}

/** 材料列表：文件名为下载链接（普通 GET，由会话 Cookie 认证），其下为大小、环节、上传人、时间与说明。 */
function renderAttachments(list, items, hrefOf) {
  if (!items.length) return placeholder(list, '暂无材料');
  return replaceChildren(list, items.map((a) => h('li', { className: 'ly-item ly-attachment', ly: 'attachment-item', 'data-name': a.name }, [
    h('div', { className: 'ly-attachment-head' }, [
      h('a', { className: 'ly-attachment-link', ly: 'attachment-link', href: hrefOf(a.id), download: a.name || true, text: a.name || '（未命名文件）' }),
      h('span', { className: 'ly-attachment-size', text: formatSize(a.size) })
    ]),
    h('div', { className: 'ly-attachment-meta' }, [
      a.step ? h('span', { className: 'ly-step', text: a.step }) : null,
      h('span', { className: 'ly-item-meta', text: `${a.uploaderName || '—'} 上传 · ${formatTime(a.createdAt)}` })
    ]),
    a.description ? h('div', { className: 'ly-note', text: a.description }) : null
  ])));
}

/**
 * “证据材料”一节。load() 重新加载列表；disable() 在任务离开当前用户后停用上传；
 * onUploaded 在上传成功后调用（上传会在审批记录中留下“上传材料”一条）。
 */
export function createEvidence(client, taskPath, feedback, onUploaded) {
  const list = h('ul', { className: 'ly-list ly-attachments', ly: 'attachments' });
  const contentHref = (id) => `${client.base}/attachments/${encodeURIComponent(id)}/content`;
  const load = () => client.list(`${taskPath}/attachments`).then((items) => renderAttachments(list, items, contentHref), (err) => {
    placeholder(list, '材料加载失败');
    feedback.error(messageOf(err));
  });
  const tooLarge = (file) => file.size > MAX_UPLOAD_BYTES;
  const fileInput = h('input', { type: 'file', className: 'ly-file', ly: 'attachment-file', accept: ATTACHMENT_ACCEPT, onChange: () => {
    const file = fileInput.files && fileInput.files[0];
    if (file && tooLarge(file)) feedback.error('文件超过10MB，请压缩后再上传');
    else feedback.clear();
  } });
  const descriptionInput = h('input', { type: 'text', className: 'form-control', ly: 'attachment-description', maxlength: 500, placeholder: '选填，不超过500字，例如：整改后现场照片' });
  const uploadBtn = button('attachment-upload', '上传', 'btn-primary btn-sm', () => {
    const file = fileInput.files && fileInput.files[0];
    if (!file) return feedback.error('请选择要上传的文件');
    if (tooLarge(file)) return feedback.error('文件超过10MB，请压缩后再上传');
    const description = descriptionInput.value.trim();
    return submit(uploadBtn, feedback, () => readAsBase64(file).then((contentBase64) => client.post(`${taskPath}/attachments`, {
      name: file.name, type: file.type || 'application/octet-stream', contentBase64, description
    })), () => {
      fileInput.value = '';
      descriptionInput.value = '';
      feedback.success(`已上传：${file.name}`);
      load();
      onUploaded();
    });
  });
  const node = h('section', { className: 'ly-section' }, [
    heading('证据材料', button('attachments-refresh', '刷新', 'btn-link btn-xs ly-refresh', () => load())),
    list,
    h('div', { className: 'ly-upload' }, [
      field('上传材料', fileInput, { hint: '支持 jpg、png、pdf、Word、Excel 文件，单个不超过 10MB' }),
      field('材料说明', descriptionInput),
      h('div', { className: 'ly-panel-actions' }, [uploadBtn])
    ])
  ]);
  placeholder(list, '加载中…');
  const disable = () => [uploadBtn, fileInput].forEach((b) => { b.disabled = true; });
  return { node, load, disable };
}
