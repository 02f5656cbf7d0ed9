import { useCallback, useEffect, useState } from 'react';
import { sortByOrder } from '../../shared/core/order.ts';
import type { AgendaClock, AgendaStep } from '../../shared/deliverables/agenda/schemas.ts';
import { useDocSelector, useSubmit } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { CURRICULUM, sectionById } from '../../templates/curriculum.ts';

/** Every agenda step of the open workshop, day 1 then day 2, each day in its order. */
export function useAgendaSteps(): AgendaStep[] {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => sortByOrder(Object.values(doc.agendaSteps)).sort((a, b) => a.day - b.day)) ?? [];
}

export function useAgendaClock(): AgendaClock | null {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => doc.agendaClocks[workshopId] ?? null);
}

/** The current time, re-read every `ms` (the countdown and the ahead/behind line). */
export function useNow(ms = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

/** The exercise minutes a step's timer starts with (its exercise's, else the whole step's). */
export const timerMinutesOf = (step: AgendaStep): number => {
  const exercise = step.sectionId ? sectionById(step.sectionId)?.exercise : null;
  return exercise?.minutes ?? step.minutes;
};

/** Moving the room: the step becomes current and the timer is loaded with its minutes, in one op. */
export function useGoTo(): (step: AgendaStep | null) => void {
  const workshopId = useWorkshopId();
  const submit = useSubmit();
  return useCallback(
    (step) => {
      const go = { type: 'agenda.go' as const, payload: { workshopId, stepId: step?.id ?? null } };
      if (!step) submit(go);
      else submit({ type: 'batch', payload: { workshopId, ops: [go, { type: 'timer.set', payload: { workshopId, ms: timerMinutesOf(step) * 60_000 } }] } });
    },
    [workshopId, submit],
  );
}

/** The step before or after the current one, skipping skipped steps, across both days. */
export function neighbour(steps: readonly AgendaStep[], currentId: string | null, direction: 1 | -1): AgendaStep | null {
  const live = steps.filter((s) => !s.skipped);
  const i = live.findIndex((s) => s.id === currentId);
  if (i < 0) return direction === 1 ? (live[0] ?? null) : null;
  return live[i + direction] ?? null;
}

export const dayStartOf = (day: number): string => CURRICULUM.days.find((d) => d.n === day)?.start ?? '09:00';
