import type { Language } from '../../domain/workshop.ts';
import type { StrategyElement } from './schemas.ts';

interface ElementWords {
  title: string;
  /** What management must make true under this element, as the trainer explains it. */
  aim: string;
}

/** The elements' names and aims in both languages, for the form and the Word file alike. */
export const STRATEGY_WORDS: Record<Language, Record<StrategyElement, ElementWords>> = {
  'zh-CN': {
    dailyNeeds: { title: '服务至上：满足客户每日需求', aim: '把客户每天都会遇到的需求做到稳定、可靠，不靠个人发挥。' },
    culture: { title: '服务文化：愿景与价值观', aim: '让组织的愿景和价值观落到日常行为上，营造以客户服务为重点的环境。' },
    customerFocus: { title: '专注服务：随时了解客户所需', aim: '建立持续倾听客户的渠道，让一线掌握的客户信息及时传到决策层。' },
    responsiveness: { title: '回应服务：迅速响应临时需求', aim: '客户临时提出的需求能被迅速回应，让客户感受到真诚。' },
    empowerment: { title: '服务赋权：一线有权为客户做主', aim: '明确一线员工可以当场决定的事项和额度，鼓励为客户争取职责以外的帮助。' },
    appraisal: { title: '绩效评估与客户需要保持一致', aim: '考核什么，员工就做什么：让考核指标对准客户真正在意的关键时刻。' },
    initiative: { title: '奖励让客户满意的“自作主张”', aim: '表彰和奖励员工为让客户满意而主动多做的一步，并把好做法推广开。' },
  },
  en: {
    dailyNeeds: { title: 'Service first: meet customers’ daily needs', aim: 'Make what customers need every day dependable, not a matter of who happens to be on shift.' },
    culture: { title: 'Service culture: vision and values', aim: 'Turn the vision and values into daily behaviour and build an environment centred on serving customers.' },
    customerFocus: { title: 'Focus on the customer', aim: 'Keep listening to customers all the time, and let what the front line learns reach those who decide.' },
    responsiveness: { title: 'Responsiveness to ad-hoc needs', aim: 'Answer customers’ unexpected requests quickly, so they feel the sincerity behind the service.' },
    empowerment: { title: 'Empowerment of the front line', aim: 'Say what front-line staff may decide on the spot and up to what amount, and encourage help beyond the job description.' },
    appraisal: { title: 'Appraisal aligned with customers’ needs', aim: 'People do what they are measured on: aim the appraisal at the moments of truth customers care about.' },
    initiative: { title: 'Reward initiative that pleases customers', aim: 'Recognise and reward the extra step staff take on their own to satisfy a customer, and spread good practice.' },
  },
};
