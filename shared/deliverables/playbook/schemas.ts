import { z } from 'zod';
import { Id } from '../../domain/ids.ts';
import { LIMITS } from '../../domain/limits.ts';
import { OrderKey } from '../../core/order.ts';
import {
  CLEAR_STEPS,
  COMPLAINT_TYPES,
  LINE_KINDS,
  PLAYBOOK_LIMITS as L,
  PRINCIPLES,
  REMEDY_STRATEGIES,
  SCORE_MAX,
  SCORE_MIN,
  SEVERITIES,
} from './vocabulary.ts';

const text = (max: number) => z.string().trim().max(max, 'tooLong');
const Name = text(LIMITS.shortText).min(1, 'required');
const Note = text(200);
const LongText = text(LIMITS.longText);
const whole = (max: number) => z.number('notANumber').int('wholeNumber').min(0, 'negative').max(max, 'atMost');

export const ComplaintType = z.enum(COMPLAINT_TYPES);
export const Severity = z.enum(SEVERITIES);
export const ClearStep = z.enum(CLEAR_STEPS);
export const Principle = z.enum(PRINCIPLES);
export const RemedyStrategy = z.enum(REMEDY_STRATEGIES);
export const LineKind = z.enum(LINE_KINDS);

/** One script line: what to say in a CLEAR step, or what never to say there. Empty lines are refused, not stored. */
export const LineText = text(L.lineText).min(1, 'required');

export const ScenarioFields = z.object({
  title: Name,
  description: LongText,
  type: ComplaintType,
  severity: Severity,
  /** How the customer feels when the complaint arrives, and what they really want beneath what they say. */
  emotion: Note,
  realNeed: Note,
  firstResponseMinutes: whole(L.firstResponseMinutesMax),
  resolutionHours: whole(L.resolutionHoursMax),
  followUpDays: whole(L.followUpDaysMax),
  /** How handling this case well turns a detractor (0–6) into a promoter (9–10). */
  promoterNote: LongText,
});
export type ScenarioFields = z.infer<typeof ScenarioFields>;

/** What each of the five principles asks of the handler in this scenario (empty: not yet written). */
export const PrincipleNote = Note;
export const PrincipleNotes = z.record(Principle, PrincipleNote);
/** The recovery strategies chosen for the scenario, each with its concrete remedy. */
export const RemedyText = text(400).min(1, 'required');
export const Remedies = z.partialRecord(RemedyStrategy, RemedyText);

export const Scenario = ScenarioFields.extend({
  id: Id,
  artifactId: Id,
  order: OrderKey,
  principles: PrincipleNotes,
  remedies: Remedies,
});
export type Scenario = z.infer<typeof Scenario>;

export const ScriptLine = z.object({ id: Id, scenarioId: Id, step: ClearStep, kind: LineKind, text: LineText, order: OrderKey });
export type ScriptLine = z.infer<typeof ScriptLine>;

/** Money: never negative, at most two decimals, and not absurdly large. */
export const Amount = z
  .number('notANumber')
  .min(0, 'negative')
  .max(L.amountMax, 'atMost')
  .refine((n) => Math.round(n * 100) / 100 === n, 'decimals');

/**
 * An authorization tier: who may offer what compensation, for amounts from `minAmount` up to `maxAmount`, and when
 * the case goes up to management. Tiers are shown in the order of their amounts (see rules.ts).
 */
export const TierFields = z.object({
  role: Name,
  offer: Note,
  minAmount: Amount,
  maxAmount: Amount,
  escalateWhen: Note,
});
export type TierFields = z.infer<typeof TierFields>;
export const Tier = TierFields.extend({ id: Id, artifactId: Id });
export type Tier = z.infer<typeof Tier>;

/** A complaint KPI (first-response timeliness, closure rate, repeat-complaint rate…) with the target the team sets. */
export const KpiFields = z.object({ name: Name, definition: Note, target: text(40) });
export const Kpi = KpiFields.extend({ id: Id, artifactId: Id, order: OrderKey });
export type Kpi = z.infer<typeof Kpi>;

/** A classroom role-play round: one scenario, who plays the customer and the handler, who observes, how long. */
export const RoundFields = z.object({
  scenarioId: Id,
  customer: Name,
  handler: Name,
  observers: z.array(Name).max(L.observersPerRound, 'tooMany'),
  minutes: z.number('notANumber').int('wholeNumber').min(1, 'atLeastOne').max(L.roundMinutesMax, 'atMost'),
});
export type RoundFields = z.infer<typeof RoundFields>;
export const Round = RoundFields.extend({
  id: Id,
  artifactId: Id,
  order: OrderKey,
  /** Host times (ISO) when the clock was started and stopped; null before. */
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});
export type Round = z.infer<typeof Round>;

export const Score = z.number('notANumber').int('scoreRange').min(SCORE_MIN, 'scoreRange').max(SCORE_MAX, 'scoreRange');
export const StepScores = z.record(ClearStep, Score);
export const PrincipleScores = z.record(Principle, Score);

/** One observer's sheet for a round: a score for every CLEAR step and every principle, and a comment. */
export const ScoreSheetFields = z.object({
  observer: Name,
  steps: StepScores,
  principles: PrincipleScores,
  comment: LongText,
});
export type ScoreSheetFields = z.infer<typeof ScoreSheetFields>;
export const ScoreSheet = ScoreSheetFields.extend({ id: Id, roundId: Id });
export type ScoreSheet = z.infer<typeof ScoreSheet>;

/** 投诉处理手册's entities. */
export const playbookCollections = {
  scenarios: Scenario,
  scriptLines: ScriptLine,
  tiers: Tier,
  kpis: Kpi,
  rounds: Round,
  scoreSheets: ScoreSheet,
};
