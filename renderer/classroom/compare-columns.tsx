import type { Artifact } from '../../shared/deliverables/workshop/schemas.ts';
import { STRATEGY_WORDS } from '../../shared/deliverables/motStrategy/words.ts';
import { FACTOR_TEXT } from '../../templates/concepts.ts';
import { useUi } from '../i18n/useUi.ts';
import type { ReactNode } from 'react';
import type { HomeworkWork, JourneyWork, StandardWork, StrategyWork, TopicWork } from './team-work.ts';

/** A team may hold several instances of a deliverable; each gets its title when there is more than one. */
function Instances<W extends { artifact: Artifact }>({ works, children }: { works: W[]; children(work: W): ReactNode }) {
  const { t } = useUi();
  if (works.length === 1) return <>{children(works[0]!)}</>;
  return (
    <>
      {works.map((work) => (
        <section key={work.artifact.id} className="compare-instance">
          <h3>{work.artifact.title || t('classroom.compare.untitled')}</h3>
          {children(work)}
        </section>
      ))}
    </>
  );
}

const emotionSign = (n: number): string => (n > 0 ? `+${n}` : String(n));

function Journey({ work }: { work: JourneyWork }) {
  const { t } = useUi();
  if (work.moments.length === 0) return <p className="compare-empty">{t('classroom.compare.noMoments')}</p>;
  return (
    <ol className="compare-moments">
      {work.moments.map(({ card, stage }) => (
        <li key={card.id} className="compare-moment">
          <p className="compare-moment-head">
            <span className="compare-stage">{stage}</span>
            <strong>{card.touchpoint}</strong>
            <span className={card.emotion < 0 ? 'compare-emotion compare-emotion-low' : 'compare-emotion'}>
              {t('classroom.compare.emotion', { value: emotionSign(card.emotion) })}
            </span>
          </p>
          {card.standard ? (
            <p className="compare-line">
              <span className="compare-label">{t('classroom.compare.standard')}</span> {card.standard}
            </p>
          ) : null}
          {card.script ? (
            <p className="compare-line">
              <span className="compare-label">{t('classroom.compare.script')}</span> {card.script}
            </p>
          ) : null}
          {card.wow ? (
            <p className="compare-line">
              <span className="compare-label">{t('classroom.compare.wow')}</span> {card.wow}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function Standard({ work }: { work: StandardWork }) {
  const { t } = useUi();
  return (
    <>
      {work.posts.map(({ post, indicators }) => (
        <section key={post.id} className="compare-group">
          <h3>{post.name}</h3>
          <ul>
            {indicators.map((i) => (
              <li key={i.id}>
                <span className="compare-label">{t(`dimension.${i.dimension}.name`)}</span> {i.name}{' '}
                <span className="compare-weight">{t('classroom.compare.weight', { weight: i.weight })}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function Homework({ work }: { work: HomeworkWork }) {
  const { t, lang } = useUi();
  return (
    <>
      {work.plan.departments.map(({ department, actions }) => (
        <section key={department.id} className="compare-group">
          <h3>{department.name}</h3>
          <ul>
            {actions.map((a) => (
              <li key={a.id}>
                <span className="compare-label">{FACTOR_TEXT[a.factor].name[lang]}</span> {a.what}
                {a.owner ? <span className="compare-meta"> · {t('classroom.compare.owner', { owner: a.owner })}</span> : null}
                {a.deadline ? <span className="compare-meta"> · {t('classroom.compare.deadline', { date: a.deadline })}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function Strategy({ work }: { work: StrategyWork }) {
  const { t, lang } = useUi();
  return (
    <>
      {work.elements.map(({ element, measures }) => (
        <section key={element} className="compare-group">
          <h3>{STRATEGY_WORDS[lang][element].title}</h3>
          <ul>
            {measures.map((m) => (
              <li key={m.id}>
                {m.action}
                {m.owner ? <span className="compare-meta"> · {t('classroom.compare.owner', { owner: m.owner })}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** One team's work on the chosen topic, read only and compact enough for a quarter of the projector. */
export function TopicWorkView({ work }: { work: TopicWork }) {
  const { t } = useUi();
  if (work.works.length === 0) return <p className="compare-empty">{t('classroom.compare.empty')}</p>;
  switch (work.topic) {
    case 'journey':
      return <Instances works={work.works}>{(w) => <Journey work={w} />}</Instances>;
    case 'standard':
      return <Instances works={work.works}>{(w) => <Standard work={w} />}</Instances>;
    case 'homework':
      return <Instances works={work.works}>{(w) => <Homework work={w} />}</Instances>;
    case 'motStrategy':
      return <Instances works={work.works}>{(w) => <Strategy work={w} />}</Instances>;
  }
}
