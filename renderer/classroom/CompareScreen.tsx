import { useEffect, useRef, useState } from 'react';
import type { Team } from '../../shared/deliverables/workshop/schemas.ts';
import { useUi } from '../i18n/useUi.ts';
import { useTeams } from '../journey/journey-hooks.ts';
import { toggleFullscreen } from '../platform/fullscreen.ts';
import { navigate, workshopHref } from '../routing.ts';
import { useDocSelector } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { useParticipants, useRoomSettings } from './classroom-hooks.ts';
import { TopicWorkView } from './compare-columns.tsx';
import { topicForKey } from './compare-keys.ts';
import { COMPARE_TOPICS, teamWork, type CompareTopic } from './team-work.ts';
import './compare.css';

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

const PAGE_KEYS: Record<string, number | undefined> = { ArrowDown: 1, PageDown: 1, ArrowUp: -1, PageUp: -1 };

/** The projector's side-by-side view of the teams the trainer picked (up to four), one column each. */
export function CompareScreen() {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const { projectedTeamIds } = useRoomSettings();
  const teams = useTeams();
  const [topic, setTopic] = useState<CompareTopic>('journey');
  const root = useRef<HTMLDivElement>(null);
  const shown = projectedTeamIds.map((id) => teams.find((team) => team.id === id)).filter((team): team is Team => team !== undefined);
  const back = workshopHref(workshopId, 'classroom');

  const current = useRef(topic);
  current.current = topic;
  useEffect(() => {
    root.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const next = topicForKey(e.key, current.current);
      const page = PAGE_KEYS[e.key];
      if (next) setTopic(next);
      // Every column moves together, so the same moments of each team stay side by side.
      else if (page) for (const body of root.current?.querySelectorAll<HTMLElement>('.compare-body') ?? []) body.scrollBy({ top: page * body.clientHeight * 0.8 });
      else if (e.key === 'Escape') navigate(back);
      else if (e.key === 'f' || e.key === 'F') void toggleFullscreen().catch(() => undefined);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [back]);

  return (
    <div className="compare" ref={root} tabIndex={-1} aria-label={t('classroom.compare.label')}>
      <header className="compare-head">
        <div className="compare-topics" role="group" aria-label={t('classroom.compare.topicsLabel')}>
          {COMPARE_TOPICS.map((id, i) => (
            <button key={id} type="button" className="btn" aria-pressed={topic === id} onClick={() => setTopic(id)}>
              <span className="compare-key" aria-hidden="true">
                {i + 1}
              </span>
              {t(`classroom.compare.topics.${id}`)}
            </button>
          ))}
        </div>
      </header>
      {shown.length === 0 ? (
        <p className="compare-none">{t('classroom.compare.none')}</p>
      ) : (
        <div className="compare-columns" data-columns={shown.length}>
          {shown.map((team) => (
            <TeamColumn key={team.id} team={team} topic={topic} />
          ))}
        </div>
      )}
      <footer className="compare-keys-bar">
        <span>{t('classroom.compare.keys')}</span>
        <a className="btn btn-small" href={back}>
          {t('classroom.compare.back')}
        </a>
      </footer>
    </div>
  );
}

function TeamColumn({ team, topic }: { team: Team; topic: CompareTopic }) {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const members = useParticipants().filter((p) => p.teamId === team.id).length;
  const work = useDocSelector(workshopId, (doc) => teamWork(doc, team.id, topic), [team.id, topic]);
  return (
    <section className="compare-column" aria-labelledby={`compare-${team.id}`}>
      <h2 id={`compare-${team.id}`} className="compare-team">
        {team.name}
        <span className="compare-members">{t('classroom.compare.members', { count: members })}</span>
      </h2>
      <div className="compare-body">{work ? <TopicWorkView work={work} /> : null}</div>
    </section>
  );
}
