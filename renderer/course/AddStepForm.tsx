import { useState, type FormEvent } from 'react';
import { keyBetween } from '../../shared/core/order.ts';
import { StepMinutes, type AgendaStep } from '../../shared/deliverables/agenda/schemas.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import { newId } from '../../shared/domain/ids.ts';
import { useUi } from '../i18n/useUi.ts';
import { useSubmit } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';

/** A custom step (a group photo, a guest speaker), placed after the current step, or at the end of the day. */
export function AddStepForm({ day, steps, currentId }: { day: 1 | 2; steps: readonly AgendaStep[]; currentId: string | null }) {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const submit = useSubmit();
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('15');
  const valid = title.trim().length > 0 && StepMinutes.safeParse(Number(minutes)).success;

  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    const at = steps.findIndex((s) => s.id === currentId);
    const before = at >= 0 ? steps[at] : steps.at(-1);
    const after = at >= 0 ? steps[at + 1] : undefined;
    const order = keyBetween(before?.order ?? null, after?.order ?? null);
    submit({
      type: 'agenda.step.add',
      payload: { workshopId, stepId: newId(), fields: { day, sectionId: null, title: title.trim(), minutes: Number(minutes) }, order },
    });
    setTitle('');
  };

  return (
    <form className="agenda-add" onSubmit={add} aria-labelledby="agenda-add-title">
      <h3 id="agenda-add-title">{t('course.agenda.addTitle')}</h3>
      <label>
        <span>{t('course.agenda.addName')}</span>
        <input value={title} maxLength={LIMITS.shortText} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        <span>{t('course.agenda.addMinutes')}</span>
        <input inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} size={4} />
      </label>
      <button type="submit" className="btn btn-primary" disabled={!valid}>
        {t('course.agenda.add')}
      </button>
    </form>
  );
}
