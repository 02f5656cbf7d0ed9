import { StepMinutes, type AgendaStep } from '../../shared/deliverables/agenda/schemas.ts';
import { formatClock, type ScheduleRow } from '../../shared/rules/agenda-schedule.ts';
import { CommitField } from '../components/CommitField.tsx';
import { useUi } from '../i18n/useUi.ts';
import { useSubmit } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { useGoTo } from './agenda-hooks.ts';
import { stepContent } from './step-content.ts';

/** One step of the agenda: its planned time, title, minutes (editable), time spent, and what the trainer can do. */
export function AgendaRow({ step, row, first, last, onMove }: { step: AgendaStep; row: ScheduleRow; first: boolean; last: boolean; onMove(direction: -1 | 1): void }) {
  const { t, lang } = useUi();
  const workshopId = useWorkshopId();
  const submit = useSubmit();
  const goTo = useGoTo();
  const title = stepContent(step, lang).title;
  const update = (patch: { minutes?: number; skipped?: boolean; title?: string }) =>
    submit({ type: 'agenda.step.update', payload: { workshopId, stepId: step.id, patch } });
  const status = row.status === 'upcoming' ? null : t(`course.agenda.${row.status}`);
  return (
    <tr className={`agenda-row agenda-${row.status}`} aria-current={row.status === 'current' ? 'step' : undefined} data-step-id={step.id}>
      <td className="agenda-clock">{formatClock(row.plannedStart)}</td>
      <th scope="row" className="agenda-title">
        {status ? <span className="agenda-badge">{status}</span> : null}
        {step.sectionId === null ? <span className="agenda-badge agenda-badge-custom">{t('course.agenda.custom')}</span> : null}
        <span className="agenda-name">{title}</span>
      </th>
      <td className="agenda-minutes">
        <CommitField
          label={t('course.agenda.minutesOf', { title })}
          hideLabel
          numeric
          value={String(step.minutes)}
          validate={(draft) => (StepMinutes.safeParse(Number(draft)).success ? null : '1–240')}
          onCommit={(draft) => update({ minutes: Number(draft) })}
        />
      </td>
      <td className="agenda-spent">{row.spentMinutes > 0 ? t('course.agenda.spentValue', { n: Math.round(row.spentMinutes) }) : '—'}</td>
      <td>
        <div className="agenda-actions">
        <button type="button" className="btn btn-small" onClick={() => goTo(step)} disabled={row.status === 'current' || step.skipped}>
          {t('course.agenda.go')}
        </button>
        <button type="button" className="btn btn-small" aria-pressed={step.skipped} onClick={() => update({ skipped: !step.skipped })}>
          {step.skipped ? t('course.agenda.unskip') : t('course.agenda.skip')}
        </button>
        <button type="button" className="btn btn-small btn-icon" aria-label={t('course.agenda.up')} title={t('course.agenda.up')} disabled={first} onClick={() => onMove(-1)}>
          ↑
        </button>
        <button type="button" className="btn btn-small btn-icon" aria-label={t('course.agenda.down')} title={t('course.agenda.down')} disabled={last} onClick={() => onMove(1)}>
          ↓
        </button>
        {step.sectionId === null ? (
          <button type="button" className="btn btn-small btn-danger-outline" onClick={() => submit({ type: 'agenda.step.remove', payload: { workshopId, stepId: step.id } })}>
            {t('course.agenda.remove')}
          </button>
        ) : null}
        </div>
      </td>
    </tr>
  );
}
