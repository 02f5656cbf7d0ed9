import { useUi } from '../i18n/useUi.ts';
import { formatDay } from '../library/format.ts';
import { libraryHref } from '../routing.ts';
import { NamePrompt } from './NamePrompt.tsx';
import { PresenceList } from './PresenceList.tsx';
import { useWorkshopMeta } from './workshop-hooks.ts';

/** Which workshop this is (name, company, trainer, dates), the way back, and who else is here. */
export function WorkshopHeader() {
  const { t, lang } = useUi();
  const w = useWorkshopMeta();
  const facts = [
    w.company,
    w.trainer ? t('workshop.trainerLine', { name: w.trainer }) : '',
    [w.startDate, w.endDate].filter(Boolean).map((d) => formatDay(d, lang)).join(' – '),
  ].filter(Boolean);
  return (
    <header className="workshop-header">
      <a className="btn btn-small back-link" href={libraryHref()}>
        <span aria-hidden="true">← </span>
        {t('workshop.back')}
      </a>
      <div className="workshop-title">
        <h1>{w.name}</h1>
        {facts.length > 0 ? <p className="workshop-facts">{facts.join(' · ')}</p> : null}
      </div>
      <PresenceList />
      <NamePrompt />
    </header>
  );
}
