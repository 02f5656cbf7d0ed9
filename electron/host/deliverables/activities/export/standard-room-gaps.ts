import type { FileChild } from 'docx';
import { percent } from '../../../../../shared/charts/format.ts';
import type { Language } from '../../../../../shared/domain/workshop.ts';
import { round2 } from '../../../../../shared/rules/weights.ts';
import { heading, para, strong, table, type CellText, type Column } from '../../../export/docx-blocks.ts';
import { fill } from '../../../export/doc-words.ts';
import { COLORS } from '../../../export/docx-style.ts';
import { dimensionName, type StandardContext } from '../../../export/standard-context.ts';
import { largestShortfall } from './poll-sections.ts';
import { rating, signedGap } from './record-context.ts';
import { fillCount, recordWords, type Counted } from './record-words.ts';
import type { RoomGaps } from './servqual-gaps.ts';

const zh = {
  heading: '课堂评分：期望与感知差距',
  intro:
    '课堂上 {{count}} 名学员站在顾客的角度，按 1–7 分为各维度的期望和实际感知打分（活动「{{prompt}}」）。差距 = 感知 − 期望，负值表示服务未达期望。可对照上文的权重阅读：差距大而权重低的维度，值得在标准中再斟酌。' as Counted,
  colWeight: '各岗位平均权重',
  shortfall: '差距最大的维度是{{dimension}}（{{gap}}），平均权重为 {{weight}}。',
  shortfallNoPosts: '差距最大的维度是{{dimension}}（{{gap}}）。',
  noShortfall: '各维度的感知均达到或超过期望。',
};
type Words = typeof zh;
const en: Words = {
  heading: 'The room’s ratings: expectation vs perception',
  intro: {
    one: 'In class, one participant rated each dimension from the customer’s side, from 1 to 7, for what they expect and what they actually perceive (activity “{{prompt}}”). Gap = perception − expectation; negative where the service falls short. Read it against the weights above: a dimension with a large gap and a low weight deserves a second look in the standard.',
    other:
      'In class, {{count}} participants rated each dimension from the customer’s side, from 1 to 7, for what they expect and what they actually perceive (activity “{{prompt}}”). Gap = perception − expectation; negative where the service falls short. Read it against the weights above: a dimension with a large gap and a low weight deserves a second look in the standard.',
  },
  colWeight: 'Mean weight across posts',
  shortfall: 'The largest shortfall is in {{dimension}} ({{gap}}), with a mean weight of {{weight}}.',
  shortfallNoPosts: 'The largest shortfall is in {{dimension}} ({{gap}}).',
  noShortfall: 'Perception meets or exceeds expectation on every dimension.',
};
const words = (lang: Language): Words => (lang === 'en' ? en : zh);

/**
 * A section for 成果1's weight overview: the room's SERVQUAL gaps per dimension beside the mean weight the posts give
 * that dimension, so the standard's emphasis can be checked against what the class felt.
 */
export function roomGapsSection(ctx: StandardContext, room: RoomGaps): FileChild[] {
  const w = words(ctx.lang);
  const posts = ctx.posts;
  const meanWeight = (d: RoomGaps['rows'][number]['key']) => round2(posts.reduce((sum, p) => sum + p.dimensionWeights[d], 0) / posts.length);
  const worst = largestShortfall(room.rows);
  const r = recordWords(ctx.lang);
  const columns: Column[] = [
    { header: ctx.w.colDimension, width: 2 },
    { header: r.colExpectation, width: 1.5, align: 'center' },
    { header: r.colPerception, width: 1.5, align: 'center' },
    { header: r.colGap, width: 1.5, align: 'center' },
    ...(posts.length ? [{ header: w.colWeight, width: 2, align: 'center' as const }] : []),
  ];
  const rows = room.rows.map((row): CellText[] => [
    { text: dimensionName(ctx, row.key), bold: true },
    rating(row.expectation),
    rating(row.perception),
    row === worst ? { text: signedGap(row.gap), bold: true, color: COLORS.warn, fill: COLORS.warnFill } : signedGap(row.gap),
    ...(posts.length ? [percent(meanWeight(row.key))] : []),
  ]);
  const summary = worst
    ? fill(posts.length ? w.shortfall : w.shortfallNoPosts, { dimension: dimensionName(ctx, worst.key), gap: signedGap(worst.gap), weight: posts.length ? percent(meanWeight(worst.key)) : '' })
    : w.noShortfall;
  return [
    // On a page of its own: after the overview's radar, the table would otherwise break across two pages.
    heading(w.heading, 2, { newPage: true }),
    para(fillCount(w.intro, room.respondents, { count: room.respondents, prompt: room.poll.prompt })),
    table(columns, rows),
    para(worst ? [strong(summary)] : summary, { before: 160 }),
  ];
}
