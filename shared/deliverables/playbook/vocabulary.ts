/**
 * The course's words for complaint handling (lecture 4), as code keys. Order matters: it is the order the
 * screens, the Word file and the charts show them in.
 */
export const COMPLAINT_TYPES = [
  'productQuality',
  'repeatRepair',
  'slowResponse',
  'staffAttitude',
  'brokenPromise',
  'billing',
  'handoverDefect',
  'safety',
] as const;
export type ComplaintType = (typeof COMPLAINT_TYPES)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** CLEAR: Control emotions, Listen, Establish empathy, Apologize, Resolve. */
export const CLEAR_STEPS = ['control', 'listen', 'empathy', 'apologize', 'resolve'] as const;
export type ClearStep = (typeof CLEAR_STEPS)[number];

/** The five principles of handling a complaint: 迅速, 倾听, 道歉, 感谢, 满意. */
export const PRINCIPLES = ['prompt', 'listen', 'apologize', 'thank', 'satisfy'] as const;
export type Principle = (typeof PRINCIPLES)[number];

/** The six service-recovery strategies: 提前告知, 全程跟进, 承诺兑现, 态度真诚, 程序优化, 细节到位. */
export const REMEDY_STRATEGIES = ['informAhead', 'followThrough', 'keepPromise', 'sincerity', 'improveProcess', 'details'] as const;
export type RemedyStrategy = (typeof REMEDY_STRATEGIES)[number];

export const LINE_KINDS = ['say', 'avoid'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/** An observer rates each CLEAR step and each principle from 1 (missed) to 5 (exemplary). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export const PLAYBOOK_LIMITS = {
  /** One script line is a sentence or two said aloud, not a paragraph. */
  lineText: 200,
  linesPerScenario: 80,
  scenariosPerPlaybook: 40,
  tiersPerPlaybook: 10,
  kpisPerPlaybook: 12,
  roundsPerPlaybook: 60,
  observersPerRound: 8,
  scoresPerRound: 20,
  /** Money offered by a tier, in the workshop's currency: generous, but a typo of extra zeros is caught. */
  amountMax: 10_000_000,
  roundMinutesMax: 30,
  firstResponseMinutesMax: 7 * 24 * 60,
  resolutionHoursMax: 90 * 24,
  followUpDaysMax: 365,
} as const;
