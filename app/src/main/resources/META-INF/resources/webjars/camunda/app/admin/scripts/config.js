// Lingyan: admin settings. Chinese browsers get zh-CN (served from ../locales/zh-CN.json), others English.
export default {
  app: {
    name: '管理',
    vendor: '领雁'
  },
  locales: {
    availableLocales: ['zh-CN', 'en'],
    fallbackLocale: 'en'
  }
};
