import { byOrder } from '../../../shared/core/order.ts';
import type { Dimension } from '../../../shared/domain/dimensions.ts';
import type { Post, ScoringRule } from '../../../shared/domain/standard.ts';
import type { WorkshopState } from '../../../shared/domain/state.ts';
import type { Language } from '../../../shared/domain/workshop.ts';
import type { DomainStrings } from '../../../shared/i18n/domain.zh-CN.ts';
import { domainResources } from '../../../shared/i18n/resources.ts';
import type { WeightIssue } from '../../../shared/rules/weights.ts';
import { docWords, fill, type DocWords } from './doc-words.ts';
import { standardWords, type StandardWords } from './standard-words.ts';

/** What every part of 成果1 needs: the state, its language's words, posts in course order, a figure counter. */
export interface StandardContext {
  state: WorkshopState;
  lang: Language;
  w: StandardWords;
  d: DomainStrings;
  doc: DocWords;
  posts: Post[];
  nextFigure: () => number;
  /** Relative width of a column of dimension names: English ones run up to "Responsiveness". */
  dimWidth: number;
}

export function standardContext(state: WorkshopState): StandardContext {
  const lang = state.workshop.language;
  let figure = 0;
  return {
    state,
    lang,
    w: standardWords(lang),
    d: domainResources[lang],
    doc: docWords(lang),
    posts: [...state.posts].sort(byOrder),
    nextFigure: () => ++figure,
    dimWidth: lang === 'en' ? 2 : 1.2,
  };
}

export const dimensionName = (ctx: StandardContext, dimension: Dimension): string => ctx.d.dimension[dimension].name;

/** The scoring rule as a sentence a supervisor can apply; `points` overrides the deduction (e.g. "N" in the legend). */
export function ruleSentence(ctx: StandardContext, rule: ScoringRule, points?: string): string {
  switch (rule.kind) {
    case 'scale5':
      return ctx.d.scoring.scale5Rule;
    case 'deduction':
      return fill(ctx.d.scoring.deductionRule, { points: points ?? rule.pointsPerOccurrence });
    case 'passFail':
      return ctx.d.scoring.passFailRule;
  }
}

export function issueText(ctx: StandardContext, issue: WeightIssue): string {
  const post = ctx.posts.find((p) => p.id === issue.postId)?.name ?? '';
  const values = {
    sum: 'sum' in issue ? issue.sum : '',
    dimension: 'dimension' in issue ? dimensionName(ctx, issue.dimension) : '',
  };
  return fill(ctx.w.issueLine, { post, text: fill(ctx.d.issue[issue.kind], values) });
}
