/*
 * 编辑器界面的中文。dmn-js 通过 translate 服务翻译自己的界面（命中策略、当/且/则、右键菜单……）；
 * form-js 1.x 没有翻译服务：组件名取自各字段类型的 config.label（加载后改写），分组名与属性面板的文字
 * 在渲染后按原文逐字替换（只替换与词典完全相同的文字，表单作者写的内容不受影响）。
 */

const DMN_ZH = {
  'Hit policy': '命中策略', 'Hit policy:': '命中策略：',
  'Unique': '唯一（Unique）', 'First': '首条（First）', 'Priority': '优先级（Priority）', 'Any': '任意（Any）',
  'Collect': '汇集（Collect）', 'Collect (Sum)': '汇集求和（Sum）', 'Collect (Min)': '汇集最小值（Min）',
  'Collect (Max)': '汇集最大值（Max）', 'Collect (Count)': '汇集计数（Count）', 'Rule order': '规则顺序（Rule order）',
  'Output order': '输出顺序（Output order）',
  'No overlap is possible and all rules are disjoint. Only a single rule can be matched': '规则互不重叠，只能命中一条规则',
  'Rules may overlap. The first matching rule will be chosen': '规则可以重叠，取第一条命中的规则',
  'Rules may overlap. The one with the highest priority will be chosen': '规则可以重叠，取优先级最高的规则',
  'Rules may overlap. Their output have to match': '规则可以重叠，命中规则的输出必须相同',
  'Collects the values of all matching rules': '汇集所有命中规则的输出',
  'Collects the values of all matching rules and sums up to a single value': '汇集所有命中规则的输出并求和',
  'Collects the values of all matching rules and uses the lowest value': '汇集所有命中规则的输出并取最小值',
  'Collects the values of all matching rules and uses the highest value': '汇集所有命中规则的输出并取最大值',
  'Collects the values of all matching rules and counts the number of them': '汇集所有命中规则并计数',
  'Collects the values of all matching rules in rule order': '按规则顺序汇集所有命中规则的输出',
  'When': '当', 'And': '且', 'Then': '则', 'Annotation': '注释', 'Annotations': '注释',
  'Add rule': '添加规则', 'Add rule above': '在上方添加规则', 'Add rule below': '在下方添加规则', 'Remove rule': '删除规则',
  'Copy rule': '复制规则', 'Cut rule': '剪切规则', 'Paste rule above': '粘贴到上方', 'Paste rule below': '粘贴到下方', 'Move rule': '移动规则',
  'Add input': '添加输入', 'Add output': '添加输出',
  'Add input column left': '在左侧添加输入列', 'Add input column right': '在右侧添加输入列', 'Remove input column': '删除输入列',
  'Copy input column': '复制输入列', 'Cut input column': '剪切输入列', 'Paste input column left': '粘贴到左侧', 'Paste input column right': '粘贴到右侧',
  'Add output column left': '在左侧添加输出列', 'Add output column right': '在右侧添加输出列', 'Remove output column': '删除输出列',
  'Copy output column': '复制输出列', 'Cut output column': '剪切输出列', 'Paste output column left': '粘贴到左侧', 'Paste output column right': '粘贴到右侧',
  'Add cell description': '添加单元格说明', 'Remove cell description': '删除单元格说明',
  'Input': '输入', 'Output': '输出', 'Input label': '输入名称', 'Input label: ': '输入名称：', 'Input expression': '输入表达式',
  'Input expression: ': '输入表达式：', 'Input values': '输入取值', 'Input type': '输入类型',
  'Output label': '输出名称', 'Output label: ': '输出名称：', 'Output name': '输出变量', 'Output name: ': '输出变量：',
  'Output values': '输出取值', 'Output type': '输出类型', 'Type': '类型', 'Expression language': '表达式语言',
  'Expression language:': '表达式语言：', 'Expression language: {expressionLanguageLabel}': '表达式语言：{expressionLanguageLabel}',
  'Change cell expression language': '更改单元格的表达式语言', 'Expression': '表达式', 'Enter expression': '输入表达式',
  'Editing not supported for set expression language': '此表达式语言不支持在此编辑',
  'Edit string': '编辑文本', 'Edit number': '编辑数值', 'Edit boolean': '编辑是/否', 'Edit date': '编辑日期', 'Edit time': '编辑时间',
  'Edit date and time': '编辑日期时间', 'Edit duration': '编辑期限', 'Edit input': '编辑输入', 'Edit output': '编辑输出',
  'Edit': '编辑', 'Delete': '删除', 'Value': '值', 'Values': '取值', 'Yes': '是', 'No': '否', 'Set value': '设置值',
  'Comparison': '比较', 'Range': '区间', 'Comparison operator': '比较运算符', 'Equals': '等于', 'Less': '小于',
  'Less or equals': '小于等于', 'Greater': '大于', 'Greater or equals': '大于等于', 'Include': '包含', 'Exclude': '排除',
  'Range start value': '区间起点', 'Range end value': '区间终点', 'Range start operator': '起点运算符', 'Range end operator': '终点运算符',
  'Match one': '匹配其中之一', 'Match none': '都不匹配', 'Exactly': '恰好', 'Before': '早于', 'After': '晚于', 'Between': '介于',
  'Boolean value': '是/否', 'String value': '文本', 'Date value': '日期', 'Time value': '时间', 'Date and time value': '日期时间',
  'Duration value': '期限', 'Test type': '判断方式', 'Custom values': '自定义取值', 'Predefined values': '预设取值',
  'Add predefined values': '添加预设取值', 'Clear predefined values': '清除预设取值', 'Add values': '添加取值',
  'No values': '无取值', 'Strings must be in double quotes': '文本须用英文双引号括起来',
  'Decision name': '决策名称', 'Decision name: ': '决策名称：', 'View DRD': '查看决策需求图', 'Variable name': '变量名',
  'Variable name:': '变量名：', 'Variable type': '变量类型', 'Variable type:': '变量类型：', 'Literal expression': '文字表达式',
  'Use today': '今天', 'Use now': '现在', 'Resize': '调整宽度', 'Search in diagram': '在图中搜索'
};

/** dmn-js 的 translate 服务，{占位符} 原样替换。 */
const dmnTranslateModule = {
  translate: ['value', (template, replacements) => String(DMN_ZH[template] || template)
    .replace(/{([^}]+)}/g, (all, key) => (replacements && key in replacements ? replacements[key] : all))]
};

/** dmn-js 查看器或建模器的选项：每种视图都带中文的 translate 服务（dmn-js 不把 common 中的模块传给各视图）。 */
export function dmnOptions(container) {
  const options = { container };
  ['drd', 'decisionTable', 'literalExpression', 'boxedExpression'].forEach((view) => {
    options[view] = { additionalModules: [dmnTranslateModule] };
  });
  return options;
}

const FORM_FIELD_ZH = {
  textfield: '文本框', textarea: '多行文本', number: '数字', datetime: '日期时间', checkbox: '复选框', checklist: '复选框组',
  radio: '单选按钮组', select: '下拉选择', taglist: '标签列表', text: '文字说明', image: '图片', button: '按钮', group: '分组',
  dynamiclist: '动态列表', table: '表格', html: 'HTML', iframe: '内嵌网页', spacer: '空白', separator: '分隔线', expression: '计算值'
};

const FORM_ZH = {
  'Components': '组件', 'Search components': '搜索组件', 'No components found.': '没有找到组件',
  'Input': '输入', 'Selection': '选择', 'Presentation': '展示', 'Containers': '容器', 'Action': '操作',
  'Drag and drop components here to start designing.': '把左侧的组件拖到这里开始设计表单。', 'Drag and drop components here.': '把组件拖到这里。',
  'Build your form': '设计表单', 'Form': '表单', 'Properties': '属性',
  'General': '常规', 'Condition': '条件', 'Validation': '校验', 'Appearance': '外观', 'Layout': '布局', 'Serialization': '序列化',
  'Constraints': '约束', 'Custom properties': '自定义属性', 'Options source': '选项来源', 'Static options': '固定选项',
  'Dynamic options': '动态选项', 'Options expression': '选项表达式', 'Input values key': '选项变量',
  'Field label': '字段标签', 'Group label': '分组标题', 'Field description': '字段说明', 'Key': '变量名（Key）',
  'Default value': '默认值', 'Required': '必填', 'Read only': '只读', 'Disabled': '禁用', 'Hide if': '隐藏条件', 'Deactivate if': '停用条件',
  'Minimum length': '最小长度', 'Maximum length': '最大长度', 'Minimum': '最小值', 'Maximum': '最大值',
  'Validation pattern': '校验格式', 'Custom regular expression': '自定义正则表达式', 'Custom': '自定义', 'Email': '电子邮件', 'Phone': '电话',
  'Label': '名称', 'Value': '值', 'Text': '文字', 'Prefix': '前缀', 'Suffix': '后缀', 'Columns': '列宽', 'Auto': '自动',
  'Decimal digits': '小数位数', 'Increment': '步长', 'Output as string': '以文本输出', 'Searchable': '可搜索',
  'Subtype': '类型', 'Date': '日期', 'Date time': '日期时间', 'Date label': '日期标签', 'Time label': '时间标签', 'Time format': '时间格式',
  'Use 24h': '24小时制', 'Time interval': '时间间隔', 'Disallow past dates': '不允许过去的日期', 'Checked': '选中', 'Not checked': '未选中',
  'Show outline': '显示边框', 'Height': '高度', 'Content': '内容', 'Path': '路径', 'Alternative text': '替代文字', 'Image source': '图片地址',
  'Header items': '表头', 'Headers source': '表头来源', 'Data source': '数据来源', 'Pagination': '分页', 'Number of rows per page': '每页行数',
  'Allow add/delete items': '允许增删条目', 'Default number of items': '默认条目数', 'Disable collapse': '不允许折叠',
  'Number of non-collapsing items': '始终展开的条目数', 'Vertical alignment': '垂直对齐', 'Top': '顶部', 'Center': '居中', 'Bottom': '底部',
  'Version tag': '版本标签', 'Compute on': '计算时机', 'Value changes': '值变化时', 'Form submission': '提交时', '<none>': '（无）',
  'Submit': '提交', 'Reset': '重置', 'Type': '类型', 'Name': '名称', 'Expression': '表达式', 'List of items': '条目'
};

/** 把 form-js 各字段类型的组件名改成中文：在编辑器模块初始化时调用，组件面板渲染时读取这些名称。 */
export function translateFormFields(registry) {
  Object.keys(FORM_FIELD_ZH).forEach((type) => {
    const field = registry.get(type);
    if (field && field.config) field.config.label = FORM_FIELD_ZH[type];
  });
}

const ATTRIBUTES = ['placeholder', 'title'];

function translateNode(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.data.trim();
    // 只在文字确实改变时赋值：赋相同的值也会触发观察器，形成死循环
    if (text && FORM_ZH[text] && FORM_ZH[text] !== text) node.data = node.data.replace(text, FORM_ZH[text]);
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE || node.classList.contains('fjs-form')) return;
  ATTRIBUTES.forEach((name) => {
    const value = node.getAttribute(name);
    if (value && FORM_ZH[value] && FORM_ZH[value] !== value) node.setAttribute(name, FORM_ZH[value]);
  });
  node.childNodes.forEach(translateNode);
}

/**
 * 翻译 container 内 form-js 渲染出的界面文字，并在它重新渲染时继续翻译；返回停止观察的函数。
 * 表单画布（.fjs-form）里是表单作者写的内容，不翻译。
 */
export function translateFormEditorChrome(container) {
  const outsideForm = (node) => !(node.parentElement || node).closest('.fjs-form');
  const observer = new MutationObserver((mutations) => mutations.forEach((m) => {
    if (m.type === 'characterData' && outsideForm(m.target)) translateNode(m.target);
    else if (m.type === 'attributes' && outsideForm(m.target)) translateNode(m.target);
    else m.addedNodes.forEach((n) => { if (outsideForm(n)) translateNode(n); });
  }));
  translateNode(container);
  observer.observe(container, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });
  return () => observer.disconnect();
}
