import type { FileChild } from 'docx';
import type { Activity } from '../../../../../shared/deliverables/activities/schemas.ts';
import { pollNps, ratingGaps, type DimensionGap } from '../../../../../shared/deliverables/activities/view.ts';
import type { ChartImage } from '../../../export/chart-image.ts';
import { caption, para, picture, strong, table, type CellText } from '../../../export/docx-blocks.ts';
import { fill } from '../../../export/doc-words.ts';
import { COLORS } from '../../../export/docx-style.ts';
import { clip, decimal, rating, share, signedGap, type RecordContext } from './record-context.ts';
import { fillCount } from './record-words.ts';

/** An NPS poll: the count, the three shares, the score, and the 0–10 distribution as a picture. */
export function npsBody(ctx: RecordContext, activity: Activity, chart: ChartImage | null): FileChild[] {
  const { w } = ctx;
  const r = pollNps(ctx.doc, activity.id);
  if (r.nps === null) return [para(w.noAnswers)];
  const people = (n: number, pct: number) => fill(w.people, { n, pct: share(pct) });
  const nps = decimal(r.nps);
  return [
    para(fillCount(w.npsSentence, r.count, { count: r.count, nps, promoters: share(r.promoterPct), detractors: share(r.detractorPct) })),
    table(
      [
        { header: w.npsCount, width: 1.4, align: 'center' },
        { header: w.promoters, width: 2.2, align: 'center' },
        { header: w.passives, width: 2.2, align: 'center' },
        { header: w.detractors, width: 2.2, align: 'center' },
        { header: w.npsValue, width: 1.6, align: 'center' },
      ],
      [[String(r.count), people(r.promoters, r.promoterPct), people(r.passives, r.passivePct), people(r.detractors, r.detractorPct), { text: nps, bold: true }]],
    ),
    ...(chart
      ? [picture(chart, w.npsValue, { maxWidthCm: 15, maxHeightCm: 8.5 }), caption(fill(w.npsCaption, { n: ctx.nextFigure(), prompt: clip(activity.prompt, 30) }))]
      : []),
  ];
}

/** The dimension the room felt most short-changed on (the most negative gap), or null when none fell short. */
export function largestShortfall<G extends DimensionGap>(gaps: readonly G[]): G | null {
  let worst: G | null = null;
  for (const g of gaps) if (g.gap !== null && g.gap < 0 && (!worst || g.gap < worst.gap!)) worst = g;
  return worst;
}

/** A rating poll: mean expectation, perception and gap per dimension, the largest shortfall named, and the radar. */
export function ratingBody(ctx: RecordContext, activity: Activity, chart: ChartImage | null): FileChild[] {
  const { w } = ctx;
  const gaps = ratingGaps(ctx.doc, activity);
  const answered = Object.values(ctx.doc.responses).filter((r) => r.activityId === activity.id).length;
  if (!answered) return [para(w.noAnswers)];
  const worst = largestShortfall(gaps);
  const rows = gaps.map((g): CellText[] => {
    const short = g === worst;
    return [
      { text: g.dimension, bold: true },
      rating(g.expectation),
      rating(g.perception),
      short ? { text: signedGap(g.gap), bold: true, color: COLORS.warn, fill: COLORS.warnFill } : signedGap(g.gap),
      String(g.answers),
    ];
  });
  return [
    para(fillCount(w.ratingIntro, answered, { count: answered })),
    table(
      [
        { header: w.colDimension, width: 3 },
        { header: w.colExpectation, width: 1.5, align: 'center' },
        { header: w.colPerception, width: 1.5, align: 'center' },
        { header: w.colGap, width: 1.5, align: 'center' },
        { header: w.colAnswers, width: 1.2, align: 'center' },
      ],
      rows,
    ),
    para(worst ? [strong(fill(w.shortfall, { dimension: worst.dimension, gap: Math.abs(worst.gap!).toFixed(2) }))] : w.noShortfall, { before: 160 }),
    ...(chart
      ? [picture(chart, w.colGap, { maxWidthCm: 14.5, maxHeightCm: 12 }), caption(fill(w.gapCaption, { n: ctx.nextFigure(), prompt: clip(activity.prompt, 30) }))]
      : []),
  ];
}
