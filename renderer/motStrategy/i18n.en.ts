import type { strategyZh } from './i18n.zh-CN.ts';

/** 成果3 screen words (en); keys must match i18n.zh-CN.ts. */
export const strategyEn: typeof strategyZh = {
  motStrategy: {
    heading: 'MOT implementation strategy',
    strategies: 'Strategies',
    strategiesLabel: 'Strategies of this workshop',
    newStrategy: 'New strategy',
    none: 'No strategy yet. Create one, then write concrete measures under each element.',
    aim: 'Aim: ',
    addMeasure: 'Add a measure',
    action: 'Measure',
    owner: 'Owner',
    timeline: 'Timeline',
    kpi: 'KPI that shows it worked',
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Remove the measure',
    noMeasures: 'No measure yet.',
    measureLabel: '{{element}} measure {{n}}',
  },
};
