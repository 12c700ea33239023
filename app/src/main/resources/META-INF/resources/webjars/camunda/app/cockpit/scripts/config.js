// Lingyan: cockpit settings. Chinese browsers (zh, zh-CN …) get Simplified Chinese from ../locales/zh.json, others English: Camunda matches only the language part of the browser's locale.
export default {
  app: {
    name: '监督',
    vendor: '领雁'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
