import type { JourneyTemplate, MomentText, TemplateMoment } from '../../shared/deliverables/journey/template.ts';

export type { JourneyTemplate, TemplateMoment };

/** Shorthand for the template files: the customer's emotion, then each text as [Chinese, English]. */
export const m = (emotion: number, texts: Record<MomentText, readonly [string, string]>): TemplateMoment => {
  const both = (f: MomentText) => ({ 'zh-CN': texts[f][0], en: texts[f][1] });
  return {
    touchpoint: both('touchpoint'),
    expectation: both('expectation'),
    standard: both('standard'),
    script: both('script'),
    wow: both('wow'),
    owner: both('owner'),
    emotion,
  };
};

/** A stage's name as [Chinese, English]. */
export const stage = (zh: string, en: string, moments: TemplateMoment[]) => ({ name: { 'zh-CN': zh, en }, moments });
