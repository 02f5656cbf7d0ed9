import { z } from 'zod';
import { patchFields } from '../../core/fields.ts';
import { defineOp } from '../../core/op-def.ts';
import { keyAfterLast, OrderKey } from '../../core/order.ts';
import { refuse } from '../../core/refusal.ts';
import type { Tx } from '../../core/tx.ts';
import { Id } from '../../domain/ids.ts';
import { freeId } from '../workshop/ops.ts';
import { AgendaStepFields, AgendaStepPatch, type AgendaClock } from './schemas.ts';

const inWorkshop = <S extends z.ZodRawShape>(shape: S) => z.object({ workshopId: Id, ...shape }).strict();

/** Steps a workshop's agenda may hold: the curriculum's 30-odd plus plenty of custom ones. */
export const MAX_AGENDA_STEPS = 120;
/** The longest an exercise timer may be set or extended to. */
export const MAX_TIMER_MS = 4 * 60 * 60 * 1000;

const needStep = (tx: Tx, stepId: string) =>
  tx.get('agendaSteps', stepId) ?? refuse({ code: 'unknownEntity', detail: `step ${stepId} does not exist` });

const clockOf = (tx: Tx): AgendaClock =>
  tx.get('agendaClocks', tx.workshop.id) ?? {
    id: tx.workshop.id,
    currentStepId: null,
    stepSince: null,
    timerMs: 0,
    timerElapsedMs: 0,
    timerSince: null,
  };

const msSince = (since: string | null, at: string): number => (since ? Math.max(0, Date.parse(at) - Date.parse(since)) : 0);

/** The timer with its running time folded into elapsed, paused at `at`. */
const paused = (clock: AgendaClock, at: string): AgendaClock => ({
  ...clock,
  timerElapsedMs: Math.min(clock.timerMs, clock.timerElapsedMs + msSince(clock.timerSince, at)),
  timerSince: null,
});

/** Closes the current step's running time into the time it has spent. */
function closeCurrentStep(tx: Tx, clock: AgendaClock): void {
  const current = clock.currentStepId ? tx.get('agendaSteps', clock.currentStepId) : undefined;
  if (current) tx.put('agendaSteps', { ...current, spentSeconds: current.spentSeconds + Math.round(msSince(clock.stepSince, tx.at) / 1000) });
}

const trainerOnly = { who: 'trainer' as const, ownerTeam: () => null };

/** The trainer's agenda for the room: steps, where the class is, and the exercise timer. Times are the host's. */
export const agendaOps = {
  'agenda.step.add': defineOp({
    payload: inWorkshop({ stepId: Id, fields: AgendaStepFields, order: OrderKey.optional() }),
    ...trainerOnly,
    apply(tx, { stepId, fields, order }) {
      freeId(tx, 'agendaSteps', stepId);
      const steps = tx.all('agendaSteps');
      if (steps.length >= MAX_AGENDA_STEPS) refuse({ code: 'limitReached', limit: MAX_AGENDA_STEPS });
      tx.put('agendaSteps', { id: stepId, ...fields, order: order ?? keyAfterLast(steps), skipped: false, spentSeconds: 0 });
    },
  }),
  'agenda.step.update': defineOp({
    payload: inWorkshop({ stepId: Id, patch: AgendaStepPatch }),
    ...trainerOnly,
    apply(tx, { stepId, patch }) {
      tx.put('agendaSteps', { ...needStep(tx, stepId), ...patch });
    },
    touched: ({ stepId, patch }) => patchFields(stepId, patch),
  }),
  'agenda.step.move': defineOp({
    payload: inWorkshop({ stepId: Id, order: OrderKey }),
    ...trainerOnly,
    apply(tx, { stepId, order }) {
      tx.put('agendaSteps', { ...needStep(tx, stepId), order });
    },
  }),
  'agenda.step.remove': defineOp({
    payload: inWorkshop({ stepId: Id }),
    ...trainerOnly,
    apply(tx, { stepId }) {
      needStep(tx, stepId);
      const clock = clockOf(tx);
      if (clock.currentStepId === stepId) tx.put('agendaClocks', { ...clock, currentStepId: null, stepSince: null });
      tx.del('agendaSteps', stepId);
    },
  }),
  /** Moves the room to a step (null: no step, e.g. the day is over), closing the time spent on the one it leaves. */
  'agenda.go': defineOp({
    payload: inWorkshop({ stepId: Id.nullable() }),
    ...trainerOnly,
    apply(tx, { stepId }) {
      if (stepId) needStep(tx, stepId);
      const clock = clockOf(tx);
      if (clock.currentStepId === stepId) return;
      closeCurrentStep(tx, clock);
      tx.put('agendaClocks', { ...clock, currentStepId: stepId, stepSince: stepId ? tx.at : null });
    },
  }),
  /** Sets the exercise timer's length and stops it at zero elapsed. */
  'timer.set': defineOp({
    payload: inWorkshop({ ms: z.number().int().min(0).max(MAX_TIMER_MS) }),
    ...trainerOnly,
    apply(tx, { ms }) {
      tx.put('agendaClocks', { ...clockOf(tx), timerMs: ms, timerElapsedMs: 0, timerSince: null });
    },
  }),
  'timer.start': defineOp({
    payload: inWorkshop({}),
    ...trainerOnly,
    apply(tx) {
      const clock = clockOf(tx);
      if (clock.timerSince || clock.timerElapsedMs >= clock.timerMs) return;
      tx.put('agendaClocks', { ...clock, timerSince: tx.at });
    },
  }),
  'timer.pause': defineOp({
    payload: inWorkshop({}),
    ...trainerOnly,
    apply(tx) {
      const clock = clockOf(tx);
      if (clock.timerSince) tx.put('agendaClocks', paused(clock, tx.at));
    },
  }),
  /** +1 / +5 minutes: a running timer, even one at zero, runs on for that much longer; a paused one stays paused. */
  'timer.add': defineOp({
    payload: inWorkshop({ ms: z.number().int().min(1).max(MAX_TIMER_MS) }),
    ...trainerOnly,
    apply(tx, { ms }) {
      const clock = clockOf(tx);
      const base = paused(clock, tx.at);
      tx.put('agendaClocks', { ...base, timerMs: Math.min(MAX_TIMER_MS, base.timerMs + ms), timerSince: clock.timerSince ? tx.at : null });
    },
  }),
};
