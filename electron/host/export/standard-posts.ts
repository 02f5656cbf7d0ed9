import { DIMENSIONS } from '../../../shared/domain/dimensions.ts';
import { isListedChoice, type CycleKey, type DataSourceKey, type Post } from '../../../shared/domain/standard.ts';
import { percent } from '../../../shared/charts/format.ts';
import { indicatorsOf } from '../../../shared/rules/weights.ts';
import type { FileChild } from 'docx';
import type { ChartImage } from './chart-image.ts';
import { caption, heading, para, picture, strong, table, type CellText } from './docx-blocks.ts';
import { COLORS } from './docx-style.ts';
import { fill } from './doc-words.ts';
import { dimensionName, ruleSentence, type StandardContext } from './standard-context.ts';

/** The detail table (also the benches' baseline): one row per indicator, each naming its dimension (the first with its weight); empty dimensions say so. */
export function indicatorTable(ctx: StandardContext, post: Post) {
  const { w, d } = ctx;
  const rows = DIMENSIONS.flatMap((dimension): CellText[][] => {
    const list = indicatorsOf(ctx.state.indicators, post.id, dimension);
    const name = dimensionName(ctx, dimension);
    const dimCell: CellText = { text: `${name}\n${percent(post.dimensionWeights[dimension])}`, bold: true };
    if (!list.length) return [[dimCell, { text: w.noIndicators, columnSpan: 6, color: COLORS.muted }]];
    // Every row names its dimension (no merged cell): a merged cell left the rows continued on the next page blank.
    return list.map((ind, i): CellText[] => [
      i === 0 ? dimCell : { text: name, color: COLORS.muted },
      { text: ind.name, bold: true },
      ind.description,
      percent(ind.weight),
      ruleSentence(ctx, ind.scoring),
      isListedChoice('dataSource', ind.dataSource) ? d.dataSource[ind.dataSource as DataSourceKey] : ind.dataSource,
      isListedChoice('cycle', ind.cycle) ? d.cycle[ind.cycle as CycleKey] : ind.cycle,
    ]);
  });
  // English words cannot break between letters the way Chinese can, so its short columns get more room.
  const [dim, name, desc, weight, rule, source, cycle] = ctx.lang === 'en' ? [2, 2, 2.8, 1.2, 2.4, 2, 1.4] : [1.2, 2.1, 3.2, 1, 2.6, 1.6, 1.4];
  return table(
    [
      { header: w.colDimension, width: dim, align: 'center' },
      { header: w.colIndicator, width: name },
      { header: w.colDescription, width: desc },
      { header: w.colWeight, width: weight, align: 'center' },
      { header: w.colRule, width: rule },
      { header: w.colSource, width: source, align: 'center' },
      { header: w.colCycle, width: cycle, align: 'center' },
    ],
    rows,
  );
}

/** One chapter per post: what the post does, its weights, its mind map and the indicator table (no map: no indicators). */
export function postSection(ctx: StandardContext, post: Post, mindMap: ChartImage | null): FileChild[] {
  const { w } = ctx;
  const weights = DIMENSIONS.map((d) => `${dimensionName(ctx, d)} ${percent(post.dimensionWeights[d])}`).join(ctx.doc.listSeparator);
  const head = [
    heading(post.name, 1, { newPage: true }),
    // One paragraph per line the class typed.
    ...post.description.split(/\r?\n/).filter((l) => l.trim()).map((l) => para(l)),
    para([strong(w.dimensionWeights), weights]),
  ];
  if (!mindMap) return [...head, para(w.noIndicators)];
  return [
    ...head,
    heading(w.structure, 2),
    picture(mindMap, `${post.name} · ${w.structure}`, { maxWidthCm: 16, maxHeightCm: 18 }),
    caption(fill(w.mindMapCaption, { n: ctx.nextFigure(), post: post.name })),
    heading(w.details, 2),
    indicatorTable(ctx, post),
  ];
}
