/** 成果3 screen words (zh-CN); keys must match i18n.en.ts. */
export const strategyZh = {
  motStrategy: {
    heading: '关键时刻实施策略',
    strategies: '实施策略',
    strategiesLabel: '本工作坊的实施策略',
    newStrategy: '新建实施策略',
    none: '还没有实施策略。新建一份，然后在每个要素下写出具体措施。',
    aim: '目标：',
    addMeasure: '添加措施',
    action: '措施',
    owner: '责任人',
    timeline: '完成时间',
    kpi: '衡量成效的 KPI',
    moveUp: '上移',
    moveDown: '下移',
    remove: '删除措施',
    noMeasures: '尚无措施。',
    measureLabel: '{{element}} 第 {{n}} 项措施',
  },
};
