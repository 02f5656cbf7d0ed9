/** Words of 成果1's grid editor (merged into the interface strings under `standardGrid`). */
export const standardGridZh = {
  standardGrid: {
    label: '指标表：每行一个指标',
    col: { dimension: '维度', name: '指标名称', weight: '权重 %', scoring: '评分规则', dataSource: '数据来源', cycle: '考核周期' },
    colDimension: '维度',
    deductionShort: '按次扣 {{points}} 分',
    notSaved: '未保存',
    unsavedCount_one: '有 {{count}} 处修改未保存',
    unsavedCount_other: '有 {{count}} 处修改未保存',
    unsavedIssue_one: '有 {{count}} 处修改未保存（标着“未保存”的格子）：改正或按 Esc 放弃',
    unsavedIssue_other: '有 {{count}} 处修改未保存（标着“未保存”的格子）：改正或按 Esc 放弃',
    emptyRow: '{{dimension}}：暂无指标',
    emptyHint: '暂无指标 · 按 Enter 添加，或在右侧插入建议指标',
    keysHelp: '方向键移动 · Enter / F2 编辑 · 直接输入即替换 · Tab 下一格 · Esc 取消 · Ctrl+Enter 在本维度添加指标',
    detailsOf: '指标详情：{{name}}',
  },
};
