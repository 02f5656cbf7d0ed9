import type { WorkshopDoc } from '../../core/doc.ts';
import { sortByOrder } from '../../core/order.ts';
import { aggregateScores, orderTiers, type RoundScores } from './rules.ts';
import type { Kpi, Round, Scenario, ScoreSheet, ScriptLine, Tier } from './schemas.ts';
import { CLEAR_STEPS, type ClearStep, type LineKind } from './vocabulary.ts';

export type StepLines = Record<ClearStep, Record<LineKind, ScriptLine[]>>;

export interface ScenarioView {
  scenario: Scenario;
  lines: StepLines;
}

export interface RoundView {
  round: Round;
  sheets: ScoreSheet[];
  scores: RoundScores;
}

export interface PlaybookView {
  artifactId: string;
  title: string;
  scenarios: ScenarioView[];
  tiers: Tier[];
  kpis: Kpi[];
  rounds: RoundView[];
}

function linesByStep(lines: readonly ScriptLine[]): StepLines {
  const out = Object.fromEntries(CLEAR_STEPS.map((s) => [s, { say: [] as ScriptLine[], avoid: [] as ScriptLine[] }])) as StepLines;
  for (const l of sortByOrder(lines)) out[l.step][l.kind].push(l);
  return out;
}

/** One playbook as ordered lists: what its screens, its charts and its Word file read. */
/** The collections a playbook is read from. */
export type PlaybookSource = Pick<WorkshopDoc, 'artifacts' | 'scenarios' | 'scriptLines' | 'tiers' | 'kpis' | 'rounds' | 'scoreSheets'>;

export function playbookView(doc: PlaybookSource, artifactId: string): PlaybookView {
  const of = <T extends { artifactId: string }>(rows: Readonly<Record<string, T>>) =>
    Object.values(rows).filter((r) => r.artifactId === artifactId);
  const allLines = Object.values(doc.scriptLines);
  const allSheets = Object.values(doc.scoreSheets);
  return {
    artifactId,
    title: doc.artifacts[artifactId]?.title ?? '',
    scenarios: sortByOrder(of(doc.scenarios)).map((scenario) => ({
      scenario,
      lines: linesByStep(allLines.filter((l) => l.scenarioId === scenario.id)),
    })),
    tiers: orderTiers(of(doc.tiers)),
    kpis: sortByOrder(of(doc.kpis)),
    rounds: sortByOrder(of(doc.rounds)).map((round) => {
      const sheets = allSheets.filter((s) => s.roundId === round.id).sort((a, b) => (a.observer < b.observer ? -1 : a.observer > b.observer ? 1 : 0));
      return { round, sheets, scores: aggregateScores(sheets) };
    }),
  };
}
