import { useState } from 'react';
import type { AgendaStep } from '../../shared/deliverables/agenda/schemas.ts';
import type { Activity } from '../../shared/deliverables/activities/schemas.ts';
import { useUi, type Translate } from '../i18n/useUi.ts';
import { workshopHref } from '../routing.ts';
import { useConnection } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { useActiveActivityId, useBrainstormsWithNotes, useStepActivities } from './activity-hooks.ts';
import { keepActivationKeys } from './ActivityControls.tsx';
import { ActivityState } from './ActivityState.tsx';
import type { ActivityDraft } from './presets.ts';
import { StartActivityDialog } from './StartActivityDialog.tsx';
import { useStepPresets } from './use-step-presets.ts';
import './activities.css';

/** A dot vote is named by the brainstorm it votes on (a step may have several). */
const labelOf = (t: Translate, draft: ActivityDraft, brainstorms: readonly Activity[]) =>
  draft.kind === 'dotVote'
    ? t('activities.start.dotVote', { prompt: brainstorms.find((b) => b.id === draft.sourceActivityId)?.prompt ?? '' })
    : t(`activities.start.${draft.kind}`);

/** The buttons that start a step's suggested activities, each through the dialog with its prompt filled in. */
export function StepLauncher({ step }: { step: AgendaStep | null }) {
  const { t } = useUi();
  const presets = useStepPresets(step);
  const brainstorms = useBrainstormsWithNotes();
  const { role } = useConnection();
  const [draft, setDraft] = useState<ActivityDraft | null>(null);
  if (presets.length === 0 || role !== 'trainer') return null;
  return (
    <span className="act-launchers" onKeyDown={keepActivationKeys}>
      {presets.map((p) => (
        <button key={`${p.kind}-${p.sourceActivityId ?? ''}`} type="button" className="btn act-launch" onClick={() => setDraft(p)}>
          <span aria-hidden="true">▶ </span>
          {labelOf(t, p, brainstorms)}
        </button>
      ))}
      {draft ? <StartActivityDialog draft={draft} onClose={() => setDraft(null)} /> : null}
    </span>
  );
}

/** In the agenda, under the current step: what can be started from it, and what was, with its state. */
export function StepActivities({ step }: { step: AgendaStep }) {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const started = useStepActivities(step.id);
  const activeId = useActiveActivityId();
  const presets = useStepPresets(step);
  if (presets.length === 0 && started.length === 0) return null;
  return (
    <section className="act-step" aria-label={t('activities.step.label')}>
      <h3>{t('activities.step.label')}</h3>
      <div className="act-step-launch">
        <StepLauncher step={step} />
      </div>
      {started.length > 0 ? (
        <ul className="act-step-list">
          {started.map((a) => (
            <li key={a.id}>
              <span className="act-kind">{t(`activities.kind.${a.kind}`)}</span>
              <span className="act-step-prompt">{a.prompt}</span>
              <ActivityState activity={a} active={a.id === activeId} />
            </li>
          ))}
        </ul>
      ) : null}
      <a className="btn btn-small" href={workshopHref(workshopId, 'activities')}>
        {t('activities.step.all')}
      </a>
    </section>
  );
}
