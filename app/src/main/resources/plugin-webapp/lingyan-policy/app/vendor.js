/*
 * bpmn.io 的编辑器与查看器：构建时从 npm 仓库取回的发行包（版本与 sha512 固定在 pom.xml），由 Spring 在
 * /lingyan-vendor/<包>/<版本>/ 下提供。版本号须与 pom.xml 一致（PolicyWorkbenchAssetsTest 检查这里的每个文件都在类路径上）。
 * 按需加载：第一次打开查看器或编辑器时才插入 <script> 和样式表。
 */

const ROOT = '/lingyan-vendor';
const DMN = 'dmn-js/17.10.2';
const BPMN = 'bpmn-js/18.31.1';
const FORM = 'form-js/1.10.1';
const TIMEOUT_MS = 30000;

const DMN_CSS = ['assets/diagram-js.css', 'assets/dmn-js-shared.css', 'assets/dmn-js-drd.css', 'assets/dmn-js-decision-table.css',
  'assets/dmn-js-decision-table-controls.css', 'assets/dmn-js-literal-expression.css', 'assets/dmn-js-boxed-expression.css',
  'assets/dmn-js-boxed-expression-controls.css', 'assets/dmn-font/css/dmn.css'];

/** 每个包：目录（包名/版本）、脚本与样式表（相对该目录）、脚本挂在 window 上的全局名。 */
export const BUNDLES = {
  bpmnViewer: { dir: BPMN, script: 'bpmn-navigated-viewer.production.min.js', global: 'BpmnJS',
    css: ['assets/diagram-js.css', 'assets/bpmn-js.css', 'assets/bpmn-font/css/bpmn.css'] },
  dmnViewer: { dir: DMN, script: 'dmn-viewer.production.min.js', global: 'DmnJS', css: DMN_CSS },
  dmnModeler: { dir: DMN, script: 'dmn-modeler.production.min.js', global: 'DmnJS', css: DMN_CSS },
  formEditor: { dir: FORM, script: 'form-editor.umd.js', global: 'FormEditor',
    css: ['assets/form-js.css', 'assets/form-js-editor.css', 'assets/properties-panel.css'] }
};

const url = (bundle, file) => `${ROOT}/${bundle.dir}/${file}`;

const loaded = {};
let queue = Promise.resolve();

function addStylesheet(href) {
  if (document.querySelector(`link[data-lyp-vendor="${href}"]`)) return;
  document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }))
    .setAttribute('data-lyp-vendor', href);
}

/**
 * 插入一个 UMD 包的 <script>，取走它挂在 window 上的全局对象并恢复原值：dmn-js 的查看器和建模器都叫 DmnJS，
 * 所以一次只加载一个（排队）。Cockpit 启动期间存在 RequireJS 的 define，UMD 包见到它就不挂全局，加载期间暂时移开。
 */
function injectScript(bundle) {
  return new Promise((resolve, reject) => {
    const amd = window.define;
    const hideAmd = typeof amd === 'function' && !!amd.amd;
    const previous = window[bundle.global];
    if (hideAmd) window.define = undefined;
    const script = document.createElement('script');
    const nonced = document.querySelector('script[nonce]');
    if (nonced && nonced.nonce) script.nonce = nonced.nonce; // 兼容 Cockpit 的 CSP（nonce + strict-dynamic）
    let settled = false;
    const finish = (ok) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (hideAmd && window.define === undefined) window.define = amd;
      const lib = ok ? window[bundle.global] : null;
      window[bundle.global] = previous;
      if (lib && lib !== previous) resolve(lib);
      else { script.remove(); reject(new Error('编辑器组件加载失败，请刷新页面后重试')); }
    };
    script.onload = () => finish(true);
    script.onerror = () => finish(false);
    const timer = setTimeout(() => finish(false), TIMEOUT_MS);
    Object.assign(script, { src: url(bundle, bundle.script), async: true });
    document.head.appendChild(script);
  });
}

/** 加载一个发行包（bpmnViewer / dmnViewer / dmnModeler / formEditor），返回它的全局对象；失败后下次再试。 */
export function load(name) {
  const bundle = BUNDLES[name];
  if (!loaded[name]) {
    bundle.css.forEach((file) => addStylesheet(url(bundle, file)));
    loaded[name] = queue = queue.catch(() => null).then(() => injectScript(bundle));
    loaded[name].catch(() => { delete loaded[name]; });
  }
  return loaded[name];
}
