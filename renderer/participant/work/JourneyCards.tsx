import { useState } from 'react';
import { blankCard } from '../../../shared/deliverables/journey/schemas.ts';
import { newId } from '../../../shared/domain/ids.ts';
import type { SubOp } from '../../../shared/protocol/ops.ts';
import { CardEditor } from '../../journey/CardEditor.tsx';
import { useArtifactsOf, useJourneyView } from '../../journey/journey-hooks.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useSubmit } from '../../sync/hooks.ts';
import { useIdentity } from '../ParticipantContext.tsx';
import { useMe, useRoomTeams } from '../room-hooks.ts';
import { CardReadOnly } from './CardReadOnly.tsx';
import { useEditorsOf } from './editors.ts';
import '../../journey/journey.css';

/** 成果2 on a phone: my team's map (or a shared one) as a list of stages and moments; a tapped moment opens its editor. */
export function JourneyCards({ locked }: { locked: boolean }) {
  const { t } = useUi();
  const me = useMe();
  const teams = useRoomTeams();
  const maps = useArtifactsOf('journey');
  const [chosen, setChosen] = useState<string | null>(null);
  const map = maps.find((a) => a.id === chosen) ?? maps.find((a) => me?.teamId && a.teamId === me.teamId) ?? maps[0] ?? null;
  const nameOf = (teamId: string | null, title: string) => title || teams.find((x) => x.id === teamId)?.name || t('journey.wholeWorkshop');
  if (!map) return <p className="placeholder">{t('participant.work.noJourney')}</p>;
  return (
    <div className="p-journey">
      {maps.length > 1 ? (
        <div className="p-segments" role="group" aria-label={t('journey.mapsLabel')}>
          {maps.map((a) => (
            <button key={a.id} type="button" className="btn btn-small" aria-pressed={a.id === map.id} onClick={() => setChosen(a.id)}>
              {nameOf(a.teamId, a.title)}
            </button>
          ))}
        </div>
      ) : null}
      <StageList key={map.id} artifactId={map.id} locked={locked} />
    </div>
  );
}

function StageList({ artifactId, locked }: { artifactId: string; locked: boolean }) {
  const { t } = useUi();
  const { workshopId } = useIdentity();
  const submit = useSubmit();
  const view = useJourneyView(artifactId);
  const [open, setOpen] = useState<string | null>(null);
  const edit = (...ops: SubOp[]) => {
    if (ops.length === 1) submit(ops[0]!);
    else if (ops.length > 1) submit({ type: 'batch', payload: { workshopId, ops } });
  };
  const editors = useEditorsOf();
  if (!view) return null;
  return (
    <ol className="p-stages">
      {view.stages.map(({ stage, cards }) => (
        <li key={stage.id} className="p-card p-stage">
          <h3 className="p-stage-name">{stage.name}</h3>
          <ul className="p-moments">
            {cards.map((card) => (
              <li key={card.id}>
                {open === card.id ? (
                  locked ? (
                    <CardReadOnly card={card} onClose={() => setOpen(null)} />
                  ) : (
                    <CardEditor cardId={card.id} edit={edit} onClose={() => setOpen(null)} />
                  )
                ) : (
                  <button type="button" className="btn p-moment" onClick={() => setOpen(card.id)}>
                    <span className="p-moment-title">{card.touchpoint || t('participant.work.untitled')}</span>
                    <span className="p-moment-emotion">{card.emotion > 0 ? `+${card.emotion}` : card.emotion}</span>
                    {editors(card.id).length ? <span className="p-moment-editors">✎ {editors(card.id).join('、')}</span> : null}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="btn btn-quiet p-wide"
            disabled={locked}
            onClick={() => {
              const cardId = newId();
              edit({ type: 'card.add', payload: { workshopId, stageId: stage.id, cardId, fields: blankCard(t('journey.newCard')) } });
              setOpen(cardId);
            }}
          >
            ＋ {t('participant.work.addMoment', { stage: stage.name })}
          </button>
        </li>
      ))}
    </ol>
  );
}
