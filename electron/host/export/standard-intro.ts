import { dimensionExamples } from '../../../templates/industries/dimension-examples.ts';
import { DIMENSIONS } from '../../../shared/domain/dimensions.ts';
import { percent } from '../../../shared/charts/format.ts';
import { radarMax } from '../../../shared/charts/radar.ts';
import { sumWeights } from '../../../shared/rules/weights.ts';
import { DIMENSION_GUIDES } from '../../../templates/dimension-guides.ts';
import { Paragraph, TextRun, type FileChild } from 'docx';
import type { ChartImage } from './chart-image.ts';
import { bullet, caption, cellLines, heading, para, picture, table, type CellText } from './docx-blocks.ts';
import { COLORS, SIZES } from './docx-style.ts';
import { fill } from './doc-words.ts';
import { dimensionName, type StandardContext } from './standard-context.ts';

/** Chapter 1: why the standard exists, which posts it covers, how it is applied. */
export function purposeSection(ctx: StandardContext, scoringChapter: number): FileChild[] {
  const { w, posts } = ctx;
  const company = ctx.state.workshop.company || ctx.doc.noCompany;
  return [
    heading(w.purpose, 1, { newPage: true }),
    heading(w.purposeAim, 2),
    para(w.purposeAimText),
    heading(w.scope, 2),
    ...(posts.length
      ? [para(fill(w.scopeText, { company, count: posts.length })), ...posts.map((p) => bullet(p.name))]
      : [para(w.scopeNone)]),
    heading(w.usage, 2),
    ...w.usageSteps.map((step) => bullet(fill(step, { chapter: scoringChapter }))),
  ];
}

/** Chapter 2: the five SERVQUAL dimensions, defined from the course's guides and illustrated in the room's industry. */
export function dimensionsSection(ctx: StandardContext): FileChild[] {
  const rows: CellText[][] = DIMENSIONS.map((dimension) => {
    const guide = DIMENSION_GUIDES.find((g) => g.dimension === dimension);
    const definition = [
      new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: ctx.d.dimension[dimension].short, bold: true, size: SIZES.table })] }),
      ...(guide ? cellLines(guide.explanation[ctx.lang]) : []),
    ];
    const own = dimensionExamples(ctx.state.workshop.industry, dimension);
    const examples = own.length ? own.map((e) => `• ${e[ctx.lang]}`).join('\n') : ctx.doc.none;
    return [{ text: dimensionName(ctx, dimension), bold: true }, definition, examples];
  });
  return [
    heading(ctx.w.dimensions, 1, { newPage: true }),
    para(ctx.w.dimensionsIntro),
    table(
      [
        { header: ctx.w.colDimension, width: ctx.dimWidth, align: 'center' },
        { header: ctx.w.colDefinition, width: 5 },
        { header: ctx.w.colExamples, width: 3.7 },
      ],
      rows,
    ),
  ];
}

/** Chapter 3: every post's dimension weights side by side, as a table and as the radar the class saw. */
export function overviewSection(ctx: StandardContext, radar: ChartImage | null): FileChild[] {
  const { w, posts } = ctx;
  const head = [heading(w.overview, 1, { newPage: true })];
  if (!posts.length || !radar) return [...head, para(w.noPosts)];
  const rows: CellText[][] = posts.map((p) => {
    const sum = sumWeights(DIMENSIONS.map((d) => p.dimensionWeights[d]));
    const total: CellText = sum === 100 ? percent(sum) : { text: percent(sum), bold: true, color: COLORS.warn, fill: COLORS.warnFill };
    return [{ text: p.name, bold: true }, ...DIMENSIONS.map((d) => percent(p.dimensionWeights[d])), total];
  });
  return [
    ...head,
    para(w.overviewIntro),
    table(
      [
        { header: w.colPost, width: 2.6 - (ctx.dimWidth - 1.2) },
        ...DIMENSIONS.map((d) => ({ header: dimensionName(ctx, d), width: ctx.dimWidth, align: 'center' as const })),
        { header: w.colTotal, width: 1.2, align: 'center' },
      ],
      rows,
    ),
    picture(radar, w.overview, { maxWidthCm: 14, maxHeightCm: 11 }),
    caption(fill(w.radarCaption, { n: ctx.nextFigure(), max: radarMax(posts) })),
  ];
}
