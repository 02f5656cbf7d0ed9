import { percent } from '../../../shared/charts/format.ts';
import { exampleObservation, postScore, type Observation } from '../../../shared/rules/scoring.ts';
import { indicatorsOf, standardIssues } from '../../../shared/rules/weights.ts';
import type { FileChild } from 'docx';
import { bullet, callout, heading, para, strong, table, type CellText } from './docx-blocks.ts';
import { fill } from './doc-words.ts';
import { dimensionName, issueText, ruleSentence, type StandardContext } from './standard-context.ts';

function recordText(ctx: StandardContext, obs: Observation): string {
  switch (obs.kind) {
    case 'scale5':
      return fill(ctx.w.ratingRecord, { rating: obs.rating });
    case 'deduction':
      return fill(ctx.w.occurrenceRecord, { count: obs.occurrences });
    case 'passFail':
      return obs.passed ? ctx.w.passRecord : ctx.w.failRecord;
  }
}

/** The arithmetic on the first post that has indicators, with invented but plausible records. */
function workedExample(ctx: StandardContext): FileChild[] {
  const { w } = ctx;
  const post = ctx.posts.find((p) => indicatorsOf(ctx.state.indicators, p.id).length > 0);
  if (!post) return [para(w.exampleNone)];
  const own = indicatorsOf(ctx.state.indicators, post.id);
  const result = postScore(post, own, (ind) => exampleObservation(ind, own.indexOf(ind)));
  // Dimension and its weight are merged down the rows of that dimension, as in the detail tables.
  const rows: CellText[][] = result.indicators.map((s, i) => {
    const dimension = s.indicator.dimension;
    const firstOfDimension = i === 0 || result.indicators[i - 1].indicator.dimension !== dimension;
    const rowSpan = result.indicators.filter((o) => o.indicator.dimension === dimension).length;
    const merged: CellText[] = firstOfDimension
      ? [{ text: dimensionName(ctx, dimension), bold: true, rowSpan }, { text: percent(post.dimensionWeights[dimension]), rowSpan }]
      : [];
    return [...merged, s.indicator.name, percent(s.indicator.weight), recordText(ctx, s.observation), String(s.score), s.contribution.toFixed(2)];
  });
  rows.push([{ text: w.total, bold: true, columnSpan: 6 }, { text: result.total.toFixed(2), bold: true }]);
  const first = result.indicators[0];
  return [
    heading(fill(w.example, { post: post.name }), 2),
    para(fill(w.exampleIntro, { post: post.name })),
    table(
      [
        { header: w.colDimension, width: ctx.dimWidth, align: 'center' },
        { header: w.colDimensionWeight, width: 1.4, align: 'center' },
        { header: w.colIndicator, width: 2.8 },
        { header: w.colIndicatorWeight, width: 1.4, align: 'center' },
        { header: w.colRecord, width: 1.8, align: 'center' },
        { header: w.colScore, width: 1.1, align: 'center' },
        { header: w.colContribution, width: 1.3, align: 'center' },
      ],
      rows,
    ),
    para(
      fill(w.exampleStep, {
        indicator: first.indicator.name,
        dimWeight: percent(post.dimensionWeights[first.indicator.dimension]),
        weight: percent(first.indicator.weight),
        score: first.score,
        contribution: first.contribution.toFixed(2),
      }),
      { before: 160, after: 60 },
    ),
    para(fill(w.totalText, { total: result.total.toFixed(2) })),
  ];
}

/** The chapter that says how a post's score is computed, ending with a worked example. */
export function scoringSection(ctx: StandardContext): FileChild[] {
  const { w } = ctx;
  const colon = ctx.doc.colon;
  return [
    heading(w.scoring, 1, { newPage: true }),
    heading(w.formula, 2),
    para(w.formulaText, { align: 'center' }),
    para(w.formulaNote),
    bullet([strong(ctx.d.scoring.scale5 + colon), ruleSentence(ctx, { kind: 'scale5' })]),
    bullet([strong(ctx.d.scoring.deduction + colon), ruleSentence(ctx, { kind: 'deduction', pointsPerOccurrence: 1 }, w.deductionPoints)]),
    bullet([strong(ctx.d.scoring.passFail + colon), ruleSentence(ctx, { kind: 'passFail' })]),
    para(w.deductionNote),
    ...workedExample(ctx),
  ];
}

/** Listed only when weights do not add up, so a draft exported mid-class says plainly what is unfinished. */
export function issuesSection(ctx: StandardContext): FileChild[] {
  const issues = standardIssues(ctx.posts, ctx.state.indicators);
  if (!issues.length) return [];
  return [heading(ctx.w.issues, 1), callout(ctx.w.issuesTitle, issues.map((i) => issueText(ctx, i)))];
}
