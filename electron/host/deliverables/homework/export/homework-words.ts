import type { Language } from '../../../../../shared/domain/workshop.ts';

/** Everything the day-1 action plan says, in both document languages. */
const zh = {
  label: '第一天课后作业',
  title: '客户满意度提升行动计划',
  headerTitle: '第一天课后作业 客户满意度提升行动计划 1.0',
  fileStem: '第一天课后作业_客户满意度提升行动计划_1.0',
  source: '来源：满意度标准体系建设管理培训 · 第二讲 课后作业',
  purpose: '目的与方法',
  purposeText:
    '客户是否满意，取决于他感知到的价值与付出的成本。本计划由与客户直接接触的各部门管理层制定，沿客户感知满意的 8 大因素提出行动：用品牌、服务、人员、形象 4 大价值提升客户感知，用货币、时间、体力、精神 4 大成本的降低减少客户的付出。每条行动写明做什么、谁负责、何时完成、如何衡量。',
  factorsHeading: '8 大因素',
  colFactor: '因素',
  colKind: '作用',
  colLever: '方向',
  value: '价值 ▲ 提升感知',
  cost: '成本 ▼ 降低付出',
  departments: '各部门行动',
  departmentIntro: '{{name}}共 {{count}} 条行动。',
  colWhat: '行动',
  colOwner: '负责人',
  colDeadline: '完成时间',
  colMeasure: '衡量方式',
  colDepartment: '部门',
  noActions: '暂无行动。',
  noDepartments: '尚未添加部门，请在工作坊中添加部门和行动后重新导出。',
  summary: '行动汇总（按因素）',
  summaryIntro: '下表按 8 大因素汇总各部门的行动，便于看出哪些因素已有行动、哪些仍是空白。',
  summaryCount: '行动数',
  summaryDepartments: '涉及部门',
  gap: '空白：建议补充',
  notSet: '未定',
};
export type HomeworkWords = typeof zh;

const en: HomeworkWords = {
  label: 'Day 1 homework',
  title: 'Customer satisfaction action plan',
  headerTitle: 'Day 1 homework · Customer satisfaction action plan 1.0',
  fileStem: 'Day1_homework_customer_satisfaction_action_plan_1.0',
  source: 'Source: Satisfaction standard system training · lecture 2 homework',
  purpose: 'Purpose and method',
  purposeText:
    'Whether customers are satisfied depends on the value they perceive and the cost they pay. The managers of every customer-facing department wrote this plan along the 8 perceived-satisfaction factors: the four values (brand, service, people, image) raise what customers perceive; lowering the four costs (money, time, effort, worry) reduces what they give. Each action says what, who owns it, by when, and how it is measured.',
  factorsHeading: 'The 8 factors',
  colFactor: 'Factor',
  colKind: 'Effect',
  colLever: 'Direction',
  value: 'Value ▲ raises perception',
  cost: 'Cost ▼ lowers effort',
  departments: 'Actions by department',
  departmentIntro: '{{name}}: {{count}} actions.',
  colWhat: 'Action',
  colOwner: 'Owner',
  colDeadline: 'Deadline',
  colMeasure: 'Measured by',
  colDepartment: 'Department',
  noActions: 'No actions yet.',
  noDepartments: 'No departments yet: add departments and actions in the workshop, then export again.',
  summary: 'Summary of actions by factor',
  summaryIntro: 'The table gathers every department’s actions under the 8 factors, showing which factors are covered and which are still empty.',
  summaryCount: 'Actions',
  summaryDepartments: 'Departments',
  gap: 'Empty: worth an action',
  notSet: 'Not set',
};

export const homeworkWords = (lang: Language): HomeworkWords => (lang === 'en' ? en : zh);

