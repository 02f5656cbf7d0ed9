import type { FileChild } from 'docx';
import type { RoundView } from '../../../../../shared/deliverables/playbook/view.ts';
import type { ChartImage } from '../../../export/chart-image.ts';
import { heading, para, picture, table } from '../../../export/docx-blocks.ts';
import { docWords, fill } from '../../../export/doc-words.ts';
import type { PlaybookContext } from './playbook-sections.ts';

/** The classroom's role-play rounds: who played whom, the score chart, and what each observer said. */
export function practiceSection(ctx: PlaybookContext, charts: (ChartImage | null)[]): FileChild[] {
  const { w } = ctx;
  const rounds = ctx.view.rounds;
  if (!rounds.length) return [];
  const titles = new Map(ctx.view.scenarios.map((v) => [v.scenario.id, v.scenario.title]));
  const sep = docWords(ctx.lang).listSeparator;
  const round = (r: RoundView, n: number): FileChild[] => {
    const chart = charts[n];
    return [
      heading(fill(w.roundTitle, { n: n + 1, scenario: titles.get(r.round.scenarioId) ?? '' }), 2),
      para(fill(w.roundCast, { customer: r.round.customer, handler: r.round.handler, observers: r.round.observers.join(sep) || '—' })),
      ...(chart && r.sheets.length
        ? [
            picture(chart, fill(w.roundTitle, { n: n + 1, scenario: titles.get(r.round.scenarioId) ?? '' }), { maxWidthCm: 15, maxHeightCm: 9 }),
            table(
              [
                { header: w.colObserver, width: 1.2 },
                { header: w.colComment, width: 5 },
              ],
              r.sheets.map((s) => [{ text: s.observer, bold: true }, s.comment || '—']),
            ),
          ]
        : [para(w.roundNoScores)]),
    ];
  };
  return [heading(w.practice, 1, { newPage: true }), para(w.practiceIntro), ...rounds.flatMap(round)];
}
