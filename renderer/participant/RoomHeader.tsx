import { useState } from 'react';
import { SUPPORTED_LANGUAGES } from '../../shared/i18n/resources.ts';
import { switchLanguage } from '../i18n/setup.ts';
import { useUi } from '../i18n/useUi.ts';
import { useDocSelector, useSubmit } from '../sync/hooks.ts';
import { useIdentity } from './ParticipantContext.tsx';
import { RenameForm } from './RenameForm.tsx';
import { useMe, useRoomTeams } from './room-hooks.ts';

/** The workshop, who I am and my team (both follow the trainer's changes live), and the language switch. */
export function RoomHeader() {
  const { t, lang } = useUi();
  const { workshopId, participantId } = useIdentity();
  const submit = useSubmit();
  const me = useMe();
  const teams = useRoomTeams();
  const workshopName = useDocSelector(workshopId, (doc) => doc.workshop.name) ?? '';
  const team = teams.find((x) => x.id === me?.teamId);
  const [renaming, setRenaming] = useState(false);

  // The language is the device's; the host keeps a copy so the trainer can see who reads which.
  const choose = (code: (typeof SUPPORTED_LANGUAGES)[number]) => {
    void switchLanguage(code);
    if (me && me.language !== code) submit({ type: 'participant.setLanguage', payload: { workshopId, participantId, language: code } });
  };

  return (
    <>
      <header className="p-header">
        <div className="p-header-text">
          <p className="p-workshop">{workshopName}</p>
          <p className="p-me">
            <button type="button" className="p-me-name" aria-expanded={renaming} aria-label={t('participant.rename.open', { name: me?.name ?? '' })} onClick={() => setRenaming((r) => !r)}>
              {me?.name ?? ''} <span aria-hidden="true">✎</span>
            </button>
            <span className="p-team" aria-live="polite">
              {team ? t('participant.team.mine', { name: team.name }) : t('participant.team.none')}
            </span>
          </p>
        </div>
        <div className="p-lang p-lang-small" role="group" aria-label={t('lang.groupLabel')}>
          {SUPPORTED_LANGUAGES.map((code) => (
            <button key={code} type="button" className="btn btn-small" lang={code} aria-pressed={lang === code} onClick={() => choose(code)}>
              {t(`lang.${code}`)}
            </button>
          ))}
        </div>
      </header>
      {renaming && me ? <RenameForm current={me.name} onDone={() => setRenaming(false)} /> : null}
    </>
  );
}
