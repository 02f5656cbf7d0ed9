import { useEffect, useRef, useState } from 'react';
import { keyBetween } from '../../shared/core/order.ts';
import type { AgendaStep } from '../../shared/deliverables/agenda/schemas.ts';
import { daySchedule, formatClock } from '../../shared/rules/agenda-schedule.ts';
import { agendaSeedOps } from '../../templates/agenda-seed.ts';
import { useUi } from '../i18n/useUi.ts';
import { workshopHref } from '../routing.ts';
import { useConnection, useSubmit } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { StepActivities } from '../activities/StepActivities.tsx';
import { AddStepForm } from './AddStepForm.tsx';
import { AgendaRow } from './AgendaRow.tsx';
import { dayStartOf, timerMinutesOf, useAgendaClock, useAgendaSteps, useNow } from './agenda-hooks.ts';
import { TimerControls, TimerDisplay } from './Timer.tsx';
import './course.css';

const clockOfMs = (ms: number): string => {
  const d = new Date(ms);
  return formatClock(d.getHours() * 60 + d.getMinutes());
};

/**
 * The trainer's agenda for both days: planned and clock times, the current step, time actually spent, ahead or
 * behind, the projected end of the day; reorder, shorten, skip or add steps; start the projection from here.
 */
export function AgendaScreen() {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const submit = useSubmit();
  const { role } = useConnection();
  const steps = useAgendaSteps();
  const clock = useAgendaClock();
  const now = useNow(5000);
  const current = steps.find((s) => s.id === clock?.currentStepId) ?? null;
  const [day, setDay] = useState<1 | 2>(current?.day ?? 1);
  const seeded = useRef(false);

  // A new workshop gets the course's agenda the first time the trainer opens this screen.
  useEffect(() => {
    if (role !== 'trainer' || steps.length > 0 || seeded.current) return;
    seeded.current = true;
    submit({ type: 'batch', payload: { workshopId, ops: agendaSeedOps(workshopId) } });
  }, [role, steps.length, workshopId, submit]);

  if (steps.length === 0) return <p className="placeholder" role="status">{role === 'trainer' ? t('course.agenda.seeding') : t('course.agenda.empty')}</p>;

  const daySteps = steps.filter((s) => s.day === day);
  const schedule = daySchedule(daySteps, dayStartOf(day), { stepId: clock?.currentStepId ?? null, sinceMs: clock?.stepSince ? Date.parse(clock.stepSince) : null }, now);
  const move = (step: AgendaStep, direction: -1 | 1) => {
    const i = daySteps.indexOf(step);
    const [before, after] = direction === -1 ? [daySteps[i - 2], daySteps[i - 1]] : [daySteps[i + 1], daySteps[i + 2]];
    if ((direction === -1 ? after : before) === undefined) return;
    submit({ type: 'agenda.step.move', payload: { workshopId, stepId: step.id, order: keyBetween(before?.order ?? null, after?.order ?? null) } });
  };
  const drift = schedule.behindMinutes;

  return (
    <section className="agenda" aria-labelledby="agenda-title">
      <div className="agenda-head">
        <h2 id="agenda-title">{t('course.agenda.title')}</h2>
        <div className="agenda-days" role="group">
          {([1, 2] as const).map((n) => (
            <button key={n} type="button" className="btn" aria-pressed={day === n} onClick={() => setDay(n)}>
              {t('course.agenda.day', { n })}
            </button>
          ))}
        </div>
        <a className="btn btn-primary" href={workshopHref(workshopId, 'present')}>
          {t('course.agenda.present')}
        </a>
        <button type="button" className="btn" onClick={() => window.open(workshopHref(workshopId, 'presenter'), 'satisfy-presenter')}>
          {t('course.agenda.presenter')}
        </button>
      </div>
      <p className="agenda-status" role="status" data-behind={drift}>
        <strong className={drift > 0 ? 'agenda-behind' : drift < 0 ? 'agenda-ahead' : ''}>
          {schedule.projectedEndMs === null
            ? t('course.agenda.notStarted')
            : drift > 0
              ? t('course.agenda.behind', { n: drift })
              : drift < 0
                ? t('course.agenda.ahead', { n: -drift })
                : t('course.agenda.onTime')}
        </strong>
        <span>{t('course.agenda.plannedEnd', { time: formatClock(schedule.plannedEnd) })}</span>
        {schedule.projectedEndMs !== null ? <span>{t('course.agenda.projectedEnd', { time: clockOfMs(schedule.projectedEndMs) })}</span> : null}
      </p>
      <div className="agenda-timer">
        <TimerDisplay size="small" />
        <TimerControls resetMinutes={current ? timerMinutesOf(current) : null} />
      </div>
      {current ? <StepActivities step={current} /> : null}
      <table className="agenda-table">
        <thead>
          <tr>
            <th scope="col">{t('course.agenda.clock')}</th>
            <th scope="col">{t('course.agenda.step')}</th>
            <th scope="col">{t('course.agenda.planned')}</th>
            <th scope="col">{t('course.agenda.spent')}</th>
            <th scope="col">{t('course.agenda.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {daySteps.map((step, i) => (
            <AgendaRow
              key={step.id}
              step={step}
              row={schedule.rows[i]!}
              first={i === 0}
              last={i === daySteps.length - 1}
              onMove={(direction) => move(step, direction)}
            />
          ))}
        </tbody>
      </table>
      <AddStepForm day={day} steps={daySteps} currentId={current?.day === day ? current.id : null} />
    </section>
  );
}
