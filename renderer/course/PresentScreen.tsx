import { useEffect, useRef, useState } from 'react';
import type { ConceptTool } from '../../shared/course/curriculum.ts';
import { useUi } from '../i18n/useUi.ts';
import { toggleFullscreen } from '../platform/fullscreen.ts';
import { navigate, workshopHref } from '../routing.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { neighbour, useAgendaClock, useAgendaSteps, useGoTo } from './agenda-hooks.ts';
import { stepContent } from './step-content.ts';
import { TimerDisplay, useToggleTimer } from './Timer.tsx';
import { TOOL_PANELS } from './tools/ConceptTool.tsx';
import { DELIVERABLES } from '../workshop/deliverables.ts';
import { usePresentKeys } from './present-keys.ts';
import { StepLauncher } from '../activities/StepActivities.tsx';
import { StepLive, useStepLiveId } from '../activities/StepLive.tsx';
import './course.css';

/** What the room sees: the current step's title, key points, its concept tool, the exercise entry and the timer. */
export function PresentScreen() {
  const { t, lang } = useUi();
  const workshopId = useWorkshopId();
  const steps = useAgendaSteps();
  const clock = useAgendaClock();
  const goTo = useGoTo();
  const toggleTimer = useToggleTimer();
  const [black, setBlack] = useState(false);
  const [tool, setTool] = useState<ConceptTool | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const current = steps.find((s) => s.id === clock?.currentStepId) ?? null;
  const content = current ? stepContent(current, lang) : null;
  const liveId = useStepLiveId(current?.id ?? null);

  useEffect(() => setTool(null), [current?.id]);
  useEffect(() => root.current?.focus(), []);

  usePresentKeys({
    next: () => goTo(neighbour(steps, current?.id ?? null, 1) ?? current),
    prev: () => {
      const prev = neighbour(steps, current?.id ?? null, -1);
      if (prev) goTo(prev);
    },
    black: () => setBlack((b) => !b),
    timer: toggleTimer,
    fullscreen: () => void toggleFullscreen().catch(() => undefined),
    exit: () => navigate(workshopHref(workshopId, 'agenda')),
  });

  const showTimer = clock !== null && clock.timerMs > 0 && Boolean(content?.exercise);
  const Panel = tool ? TOOL_PANELS[tool] : null;
  return (
    <div className="present projector" ref={root} tabIndex={-1} aria-label={content ? t('course.present.label', { title: content.title }) : undefined}>
      {black ? (
        <div className="present-black" role="status" aria-label={t('course.present.black')} />
      ) : !content ? (
        <p className="present-empty">{t('course.present.noStep')}</p>
      ) : (
        <article className="present-step" data-testid="present-step">
          {content.lecture ? <p className="present-lecture">{content.lecture}</p> : null}
          <h1 className="present-title">{content.title}</h1>
          <div className="present-body">
            {Panel ? (
              <div className="present-tool">
                <Panel />
              </div>
            ) : liveId ? (
              <StepLive activityId={liveId} />
            ) : (
              <ul className="present-points">
                {content.points.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
            {showTimer ? <TimerDisplay /> : null}
          </div>
          {content.exercise ? (
            <div className="present-exercise">
              <strong>{t('course.present.exercise')}: {content.exercise.title}</strong>
              <span>{content.exercise.brief}</span>
              {DELIVERABLES.some((d) => d.id === content.exercise!.screen) ? (
                <a className="btn btn-primary" href={workshopHref(workshopId, content.exercise.screen)}>
                  {t('course.present.openExercise')}
                </a>
              ) : null}
            </div>
          ) : null}
          <div className="present-tools">
            {content.tools.map((id) => (
              <button key={id} type="button" className="btn" aria-pressed={tool === id} onClick={() => setTool(tool === id ? null : id)}>
                {t(`course.tools.${id}.title`)}
              </button>
            ))}
            <StepLauncher step={current} />
          </div>
        </article>
      )}
      <footer className="present-keys">
        <span>{t('course.present.keys')}</span>
        <a className="btn btn-small" href={workshopHref(workshopId, 'agenda')}>
          {t('course.present.exit')}
        </a>
      </footer>
    </div>
  );
}
