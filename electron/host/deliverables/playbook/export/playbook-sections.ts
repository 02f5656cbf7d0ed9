import type { FileChild } from 'docx';
import type { Scenario } from '../../../../../shared/deliverables/playbook/schemas.ts';
import type { PlaybookView, ScenarioView } from '../../../../../shared/deliverables/playbook/view.ts';
import { CLEAR_STEPS, PRINCIPLES, REMEDY_STRATEGIES } from '../../../../../shared/deliverables/playbook/vocabulary.ts';
import type { PlaybookWords } from '../../../../../shared/deliverables/playbook/words.ts';
import type { Language } from '../../../../../shared/domain/workshop.ts';
import { cellLines, heading, para, strong, table, type CellText } from '../../../export/docx-blocks.ts';
import { docWords, fill } from '../../../export/doc-words.ts';
import type { PlaybookDocWords } from './playbook-words.ts';

export interface PlaybookContext {
  lang: Language;
  view: PlaybookView;
  company: string;
  team: string | null;
  w: PlaybookDocWords;
  d: PlaybookWords;
}

const money = (ctx: PlaybookContext, n: number) => new Intl.NumberFormat(ctx.lang === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: 2 }).format(n);

const limitsOf = (ctx: PlaybookContext, s: Scenario) => ({
  first: fill(ctx.w.minutes, { n: s.firstResponseMinutes }),
  resolve: fill(ctx.w.hours, { n: s.resolutionHours }),
  followUp: fill(ctx.w.days, { n: s.followUpDays }),
});

/** Lines of one cell, one paragraph each; a dash where the class wrote none. */
const lines = (texts: string[]): CellText => (texts.length ? texts.flatMap((t) => cellLines(t)) : '—');

export function purposeSection(ctx: PlaybookContext): FileChild[] {
  const company = ctx.company || docWords(ctx.lang).noCompany;
  return [
    heading(ctx.w.purpose, 1),
    para(fill(ctx.w.purposeText, { company })),
    ...(ctx.team ? [para(fill(ctx.w.purposeTeam, { team: ctx.team }))] : []),
  ];
}

export function principlesSection(ctx: PlaybookContext): FileChild[] {
  const { w, d } = ctx;
  return [
    heading(w.principles, 1),
    para(w.principlesIntro),
    table(
      [
        { header: w.colPrinciple, width: 1, align: 'center' },
        { header: w.colRequirement, width: 4 },
      ],
      PRINCIPLES.map((p) => [{ text: d.principle[p].name, bold: true }, d.principle[p].hint]),
    ),
    para(w.clearIntro, { before: 240 }),
    table(
      [
        { header: w.colStep, width: 1.6 },
        { header: w.colMeaning, width: 4 },
      ],
      CLEAR_STEPS.map((s) => [{ text: `${d.step[s].letter}  ${d.step[s].name}`, bold: true }, d.step[s].hint]),
    ),
  ];
}

export function flowSection(ctx: PlaybookContext): FileChild[] {
  const { w, d } = ctx;
  const scenarios = ctx.view.scenarios.map((v) => v.scenario);
  return [
    heading(w.flow, 1),
    ...w.flowSteps.map((step, i) => para(`${i + 1}. ${step}`)),
    heading(w.timeLimits, 2),
    scenarios.length
      ? table(
          [
            { header: w.colScenario, width: 3 },
            { header: w.colType, width: 1.4, align: 'center' },
            { header: w.colSeverity, width: 1, align: 'center' },
            { header: w.colFirstResponse, width: 1.2, align: 'center' },
            { header: w.colResolution, width: 1.2, align: 'center' },
            { header: w.colFollowUp, width: 1.2, align: 'center' },
          ],
          scenarios.map((s) => {
            const l = limitsOf(ctx, s);
            return [s.title, d.type[s.type], d.severity[s.severity], l.first, l.resolve, l.followUp];
          }),
        )
      : para(w.noScenarios),
  ];
}

export function scenarioSection(ctx: PlaybookContext, { scenario: s, lines: byStep }: ScenarioView): FileChild[] {
  const { w, d } = ctx;
  const chosen = REMEDY_STRATEGIES.filter((k) => s.remedies[k]);
  return [
    heading(s.title, 1, { newPage: true }),
    heading(w.scenarioFacts, 2),
    table(
      [
        { header: w.colItem, width: 1.2 },
        { header: w.colContent, width: 5 },
      ],
      [
        [{ text: w.colType, bold: true }, `${d.type[s.type]} · ${d.severity[s.severity]}`],
        [{ text: w.description, bold: true }, s.description || '—'],
        [{ text: w.emotion, bold: true }, s.emotion || '—'],
        [{ text: w.realNeed, bold: true }, s.realNeed || '—'],
        [{ text: w.limits, bold: true }, fill(w.limitsValue, limitsOf(ctx, s))],
      ],
    ),
    heading(w.scripts, 2),
    table(
      [
        { header: w.colStep, width: 1.3 },
        { header: w.colSay, width: 3 },
        { header: w.colAvoid, width: 2.4 },
      ],
      CLEAR_STEPS.map((step) => [
        { text: `${d.step[step].letter}  ${d.step[step].name}`, bold: true },
        lines(byStep[step].say.map((l) => l.text)),
        lines(byStep[step].avoid.map((l) => l.text)),
      ]),
    ),
    heading(w.checklist, 2),
    table(
      [
        { header: w.colPrinciple, width: 1 },
        { header: w.colPoint, width: 4.4 },
        { header: w.colDone, width: 0.8, align: 'center' },
      ],
      PRINCIPLES.map((p) => [{ text: d.principle[p].name, bold: true }, s.principles[p] || d.principle[p].hint, '☐']),
    ),
    heading(w.remedies, 2),
    chosen.length
      ? table(
          [
            { header: w.colStrategy, width: 1.3 },
            { header: w.colRemedy, width: 5 },
          ],
          chosen.map((k) => [{ text: d.strategy[k].name, bold: true }, s.remedies[k]!]),
        )
      : para(w.noRemedy),
    heading(w.promoter, 2),
    para(s.promoterNote || docWords(ctx.lang).none),
  ];
}

export function matrixSection(ctx: PlaybookContext): FileChild[] {
  const { w } = ctx;
  const { tiers } = ctx.view;
  if (!tiers.length) return [heading(w.matrix, 1, { newPage: true }), para(w.matrixNone)];
  const top = tiers[tiers.length - 1].maxAmount;
  return [
    heading(w.matrix, 1, { newPage: true }),
    para(w.matrixIntro),
    table(
      [
        { header: w.colTier, width: 0.6, align: 'center' },
        { header: w.colRole, width: 1.4 },
        { header: w.colAmount, width: 1.5, align: 'center' },
        { header: w.colOffer, width: 2.2 },
        { header: w.colEscalate, width: 2.2 },
      ],
      tiers.map((t, i) => [
        String(i + 1),
        { text: t.role, bold: true },
        fill(w.amountRange, { min: money(ctx, t.minAmount), max: money(ctx, t.maxAmount) }),
        t.offer || '—',
        t.escalateWhen || '—',
      ]),
    ),
    para([strong(fill(w.matrixAbove, { max: fill(w.amountMax, { max: money(ctx, top) }) }))], { before: 160 }),
  ];
}

export function strategiesSection(ctx: PlaybookContext): FileChild[] {
  const { w, d } = ctx;
  const sep = docWords(ctx.lang).listSeparator;
  return [
    heading(w.strategies, 1),
    para(w.strategiesIntro),
    table(
      [
        { header: w.colStrategy, width: 1.2 },
        { header: w.colMeaningShort, width: 1.6 },
        { header: w.colUsedIn, width: 3.6 },
      ],
      REMEDY_STRATEGIES.map((k) => [
        { text: d.strategy[k].name, bold: true },
        d.strategy[k].hint,
        ctx.view.scenarios.filter((v) => v.scenario.remedies[k]).map((v) => v.scenario.title).join(sep) || '—',
      ]),
    ),
  ];
}

export function kpiSection(ctx: PlaybookContext): FileChild[] {
  const { w } = ctx;
  return [
    heading(w.kpis, 1),
    ...(ctx.view.kpis.length
      ? [
          para(w.kpisIntro),
          table(
            [
              { header: w.colKpi, width: 1.6 },
              { header: w.colDefinition, width: 3.4 },
              { header: w.colTarget, width: 1.2, align: 'center' },
            ],
            ctx.view.kpis.map((k) => [{ text: k.name, bold: true }, k.definition || '—', k.target || '—']),
          ),
        ]
      : [para(w.kpisNone)]),
  ];
}

