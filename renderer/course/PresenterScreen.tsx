import { useUi } from '../i18n/useUi.ts';
import { workshopHref } from '../routing.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { neighbour, timerMinutesOf, useAgendaClock, useAgendaSteps, useGoTo } from './agenda-hooks.ts';
import { usePresentKeys } from './present-keys.ts';
import { stepContent } from './step-content.ts';
import { TimerControls, TimerDisplay, useToggleTimer } from './Timer.tsx';
import './course.css';

const Notes = ({ heading, lines }: { heading: string; lines: string[] }) =>
  lines.length ? (
    <section className="presenter-notes">
      <h3>{heading}</h3>
      <ul>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </section>
  ) : null;

/**
 * The trainer's second window: notes for the current step, what comes next, and the timer. It follows the host's
 * current step, so it stays in step with the projection in any window or tab.
 */
export function PresenterScreen() {
  const { t, lang } = useUi();
  const workshopId = useWorkshopId();
  const steps = useAgendaSteps();
  const clock = useAgendaClock();
  const goTo = useGoTo();
  const toggleTimer = useToggleTimer();
  const current = steps.find((s) => s.id === clock?.currentStepId) ?? null;
  const content = current ? stepContent(current, lang) : null;
  const next = neighbour(steps, current?.id ?? null, 1);
  const prev = neighbour(steps, current?.id ?? null, -1);
  usePresentKeys({ next: () => next && goTo(next), prev: () => prev && goTo(prev), timer: toggleTimer, exit: () => window.close() });

  return (
    <div className="presenter" data-testid="presenter">
      <header className="presenter-head">
        <h1>{t('course.presenter.title')}</h1>
        <a className="btn btn-small" href={workshopHref(workshopId, 'agenda')}>
          {t('deliverable.agenda.short')}
        </a>
      </header>
      <div className="presenter-grid">
        <div>
          <h2 className="presenter-current" data-testid="presenter-current">{content?.title ?? t('course.present.noStep')}</h2>
          {content ? (
            <>
              <Notes heading={t('course.presenter.say')} lines={content.say} />
              <Notes heading={t('course.presenter.ask')} lines={content.ask} />
              <Notes heading={t('course.presenter.pitfalls')} lines={content.pitfalls} />
              {content.cases.map((c) => (
                <Notes key={c.title} heading={`${t('course.present.cases')}: ${c.title}`} lines={c.facts} />
              ))}
            </>
          ) : null}
        </div>
        <aside>
          <TimerDisplay />
          <TimerControls resetMinutes={current ? timerMinutesOf(current) : null} />
          <div className="presenter-nav">
            <button type="button" className="btn" disabled={!prev} onClick={() => prev && goTo(prev)}>
              ← {t('course.presenter.prev')}
            </button>
            <button type="button" className="btn btn-primary" disabled={!next} onClick={() => next && goTo(next)}>
              {t('course.presenter.nextButton')} →
            </button>
          </div>
          <p className="presenter-next">
            <span>{t('course.presenter.next')}: </span>
            <strong data-testid="presenter-next">{next ? stepContent(next, lang).title : t('course.presenter.none')}</strong>
          </p>
        </aside>
      </div>
    </div>
  );
}
