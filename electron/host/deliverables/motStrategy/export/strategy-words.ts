import type { Language } from '../../../../../shared/domain/workshop.ts';

/** Everything 成果3's Word file says beyond the element names and aims, in both document languages. */
const zh = {
  label: '成果3',
  title: '关键时刻实施策略',
  headerTitle: '成果3 关键时刻实施策略 1.0',
  fileStem: '成果3_关键时刻实施策略_1.0',
  source: '来源：满意度标准体系建设管理培训 · 第三讲 课堂成果',
  wholeWorkshop: '全体学员',
  purpose: '说明',
  purposeText:
    '本策略回答管理层如何保证一线在每个关键时刻都能践行服务标准：沿关键时刻管理模式的五个要素（服务至上、服务文化、专注服务、回应服务、服务赋权），再加上关键时刻原则中的“绩效评估与客户需要保持一致”和“奖励让客户满意的自作主张”，逐项列出具体措施、责任人、完成时间和衡量成效的 KPI。',
  aim: '目标：',
  colNo: '序号',
  colAction: '措施',
  colOwner: '责任人',
  colTimeline: '完成时间',
  colKpi: '衡量成效的 KPI',
  noMeasures: '本要素尚未制定措施。',
  noStrategy: '工作坊中还没有关键时刻实施策略。',
};
export type StrategyDocWords = typeof zh;

const en: StrategyDocWords = {
  label: 'Deliverable 3',
  title: 'MOT Implementation Strategy',
  headerTitle: 'Deliverable 3 · MOT Implementation Strategy 1.0',
  fileStem: 'Deliverable3_MOT_Implementation_Strategy_1.0',
  source: 'Source: Customer Satisfaction Standards training · Lecture 3 class work',
  wholeWorkshop: 'Whole class',
  purpose: 'About this strategy',
  purposeText:
    'This strategy answers how management makes sure the front line lives up to the service standards at every moment of truth: along the five elements of the MOT management model (service first, service culture, focus on the customer, responsiveness, empowerment), plus two MOT principles (appraisal aligned with customers’ needs; rewarding initiative that pleases customers), it lists concrete measures with an owner, a timeline and the KPI that shows they worked.',
  aim: 'Aim: ',
  colNo: 'No.',
  colAction: 'Measure',
  colOwner: 'Owner',
  colTimeline: 'Timeline',
  colKpi: 'KPI that shows it worked',
  noMeasures: 'No measure under this element yet.',
  noStrategy: 'The workshop has no MOT implementation strategy yet.',
};

export const strategyDocWords = (lang: Language): StrategyDocWords => (lang === 'en' ? en : zh);
