import type { Language } from '../../domain/workshop.ts';

/**
 * The journey's words that shared code needs in both languages (default stages, the curve's marks, the trainer's
 * warnings), so the screen and the Word file say the same thing.
 */
export const JOURNEY_WORDS = {
  'zh-CN': {
    defaultStages: ['成交', '交付/开通', '使用', '服务/维修', '回访'],
    peak: '峰值',
    end: '终点',
    emotion: '情绪',
    untitled: (n: number) => `关键时刻 ${n}`,
    warning: {
      noPositivePeak: '这条旅程还没有设计出一个正向高峰：客户记住的是最高点和结束时的感受。挑一个关键时刻，写下它的感动点，让它达到 +2 以上。',
      negativeEnd: (touchpoint: string) =>
        `旅程结束在一个负面时刻（“${touchpoint}”）：结束的感受会改写客户对整段经历的记忆。请重新设计最后一个关键时刻，让客户带着好感离开。`,
      emptyStage: (stage: string) => `“${stage}”阶段还没有任何关键时刻：客户在这里也会和我们接触，请至少找出一个触点。`,
    },
  },
  en: {
    defaultStages: ['Deal', 'Delivery / activation', 'Use', 'Service / repair', 'Follow-up visit'],
    peak: 'Peak',
    end: 'End',
    emotion: 'Emotion',
    untitled: (n: number) => `Moment ${n}`,
    warning: {
      noPositivePeak:
        'This journey has no designed positive peak yet: customers remember the high point and the end. Pick one moment, write its wow detail and lift it to +2 or more.',
      negativeEnd: (touchpoint: string) =>
        `The journey ends on a negative moment ("${touchpoint}"): how it ends rewrites the memory of everything before. Redesign the last moment so the customer leaves with a good feeling.`,
      emptyStage: (stage: string) => `The "${stage}" stage has no moment of truth yet: the customer meets us here too. Find at least one touchpoint.`,
    },
  },
} satisfies Record<Language, unknown>;

export const journeyWords = (lang: Language) => JOURNEY_WORDS[lang];
