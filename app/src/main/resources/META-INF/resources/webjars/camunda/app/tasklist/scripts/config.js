// Lingyan: Tasklist settings. Chinese browsers (zh, zh-CN …) get Simplified Chinese from ../locales/zh.json, others English: Camunda matches only the language part of the browser's locale.
export default {
  app: {
    name: '待办',
    vendor: '领雁'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: '认领当前选中的任务' },
    focusFilter: { key: 'ctrl+shift+f', description: '定位到第一个筛选器' },
    focusList: { key: 'ctrl+alt+l', description: '定位到任务列表的第一项' },
    focusForm: { key: 'ctrl+alt+f', description: '定位到任务表单的第一个输入框' },
    startProcess: { key: 'ctrl+alt+p', description: '打开“发起流程”对话框' }
  }
};
