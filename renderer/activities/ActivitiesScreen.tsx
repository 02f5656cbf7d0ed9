import { useState } from 'react';
import { ExportDocButton } from '../workshop/ExportDocButton.tsx';
import { useUi } from '../i18n/useUi.ts';
import { useConnection } from '../sync/hooks.ts';
import { useAgendaClock, useAgendaSteps } from '../course/agenda-hooks.ts';
import { stepContent } from '../course/step-content.ts';
import { useActiveActivityId, useActivitiesNewestFirst, useActivity } from './activity-hooks.ts';
import { ActivityControls } from './ActivityControls.tsx';
import { ActivityListItem } from './ActivityListItem.tsx';
import { manualDraft } from './presets.ts';
import { usePresetWords } from './use-step-presets.ts';
import { ProjectedActivity } from './ProjectedActivity.tsx';
import { ActivityResults } from './results/ActivityResults.tsx';
import { StartActivityDialog } from './StartActivityDialog.tsx';
import './activities.css';

/**
 * Every live activity of the workshop, newest first, with its state; the chosen one's controls and live results beside
 * the list, a big view of them for the projector, a start by hand, and the Word record of them all.
 */
export function ActivitiesScreen() {
  const { t, lang } = useUi();
  const activities = useActivitiesNewestFirst();
  const activeId = useActiveActivityId();
  const steps = useAgendaSteps();
  const currentStepId = useAgendaClock()?.currentStepId ?? null;
  const words = usePresetWords();
  const [chosen, setChosen] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [projecting, setProjecting] = useState(false);
  const trainer = useConnection().role === 'trainer';
  const selectedId = activities.some((a) => a.id === chosen) ? chosen : (activeId ?? activities[0]?.id ?? null);
  const selected = useActivity(selectedId);
  const stepTitle = (stepId: string | null) => {
    const step = stepId ? steps.find((s) => s.id === stepId) : undefined;
    return step ? stepContent(step, lang).title : null;
  };

  return (
    <section className="activities" aria-labelledby="activities-title">
      <div className="activities-head">
        <h2 id="activities-title">{t('activities.screen.title')}</h2>
        {trainer ? (
          <>
            <button type="button" className="btn btn-primary" onClick={() => setStarting(true)}>
              + {t('activities.screen.newActivity')}
            </button>
            <ExportDocButton
              deliverable="activities"
              fallbackName={t('activities.screen.title')}
              words={{
                button: t('activities.export.button'),
                busy: t('activities.export.busy'),
                done: (name) => t('activities.export.done', { name }),
                failed: (status) => t('activities.export.failed', { status }),
              }}
            />
          </>
        ) : null}
      </div>
      <p className="activities-intro">{t('activities.screen.intro')}</p>
      {activities.length === 0 ? (
        <p className="placeholder">{t('activities.screen.empty')}</p>
      ) : (
        <div className="activities-body">
          <ul className="activities-list" aria-label={t('activities.screen.listLabel')}>
            {activities.map((a) => (
              <ActivityListItem key={a.id} activity={a} selected={a.id === selectedId} active={a.id === activeId} stepTitle={stepTitle(a.stepId)} onSelect={() => setChosen(a.id)} />
            ))}
          </ul>
          <div className="activities-detail">
            {selected ? (
              <>
                {trainer ? <ActivityControls activity={selected} onProject={() => setProjecting(true)} onRemoved={() => setChosen(null)} /> : null}
                <ActivityResults activity={selected} />
              </>
            ) : (
              <p className="placeholder">{t('activities.screen.selectHint')}</p>
            )}
          </div>
        </div>
      )}
      {starting ? <StartActivityDialog draft={manualDraft('npsPoll', words, null, currentStepId)} chooseKind onClose={() => setStarting(false)} onStarted={setChosen} /> : null}
      {projecting && selectedId ? <ProjectedActivity activityId={selectedId} onClose={() => setProjecting(false)} /> : null}
    </section>
  );
}
