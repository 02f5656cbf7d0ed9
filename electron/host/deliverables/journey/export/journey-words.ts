import type { Language } from '../../../../../shared/domain/workshop.ts';

/** Everything 成果2's Word file says beyond the shared journey words, in both document languages. */
const zh = {
  label: '成果2',
  title: '客户体验流程脚本',
  headerTitle: '成果2 客户体验流程脚本 1.0',
  fileStem: '成果2_客户体验流程脚本_1.0',
  source: '来源：满意度标准体系建设管理培训 · 第三讲 课堂成果',
  wholeWorkshop: '全体学员',
  purpose: '说明',
  purposeText:
    '本脚本梳理客户从成交到回访全过程中的服务关键时刻：每个时刻客户期望什么、员工按什么标准做、怎么说、在哪里设计感动点、由哪个岗位负责，以及客户在这一刻的情绪。依据峰终定律，客户对整段经历的评价主要取决于最高点和结束时的感受，因此本脚本特别标明了体验高峰和结束时刻。',
  overview: '旅程总览',
  mapCaption: '图 {{n}}　{{title}}关键时刻地图',
  curveCaption: '图 {{n}}　{{title}}客户情绪曲线',
  noMoments: '本旅程尚未设计任何关键时刻。',
  stage: '阶段：{{name}}',
  colMoment: '关键时刻（触点）',
  colExpectation: '客户期望',
  colStandard: '服务标准',
  colScript: '话术',
  colWow: '感动点',
  colOwner: '责任岗位',
  colEmotion: '情绪',
  linked: '关联考核指标：',
  stageEmpty: '本阶段尚无关键时刻。',
  peakEnd: '峰终设计',
  peakIs: '体验高峰：',
  endIs: '结束时刻：',
  none: '暂无',
  checks: '检查结果',
  allGood: '旅程有设计好的正向高峰，结束时刻不是负面体验，每个阶段都有关键时刻。',
};
export type JourneyDocWords = typeof zh;

const en: JourneyDocWords = {
  label: 'Deliverable 2',
  title: 'Customer Journey Script',
  headerTitle: 'Deliverable 2 · Customer Journey Script 1.0',
  fileStem: 'Deliverable2_Customer_Journey_Script_1.0',
  source: 'Source: Customer Satisfaction Standards training · Lecture 3 class work',
  wholeWorkshop: 'Whole class',
  purpose: 'About this script',
  purposeText:
    'This script sets out the moments of truth of the customer’s journey from the deal to the follow-up visit: what the customer expects at each, the standard staff keep to, what they say, where a wow detail is designed, which post owns it, and how the customer feels. By the peak-end rule, customers judge the whole experience mostly by its high point and its end, so both are marked.',
  overview: 'Journey overview',
  mapCaption: 'Figure {{n}}  Moments of truth: {{title}}',
  curveCaption: 'Figure {{n}}  Emotion curve: {{title}}',
  noMoments: 'No moment of truth has been designed on this journey yet.',
  stage: 'Stage: {{name}}',
  colMoment: 'Moment (touchpoint)',
  colExpectation: 'Customer expectation',
  colStandard: 'Service standard',
  colScript: 'Script lines',
  colWow: 'Wow detail',
  colOwner: 'Owner',
  colEmotion: 'Emotion',
  linked: 'Evaluation indicators: ',
  stageEmpty: 'No moment of truth in this stage yet.',
  peakEnd: 'Peak and end',
  peakIs: 'Peak: ',
  endIs: 'End: ',
  none: 'None yet',
  checks: 'Checks',
  allGood: 'The journey has a designed positive peak, it does not end on a negative moment, and every stage has a moment of truth.',
};

export const journeyDocWords = (lang: Language): JourneyDocWords => (lang === 'en' ? en : zh);
