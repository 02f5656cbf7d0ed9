import { useState } from 'react';
import { newId } from '../../shared/domain/ids.ts';
import { Tabs } from '../components/Tabs.tsx';
import { useUi } from '../i18n/useUi.ts';
import { useConnection, useSubmit } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { PlaybookExport } from './export/PlaybookExport.tsx';
import { MatrixPanel } from './matrix/MatrixPanel.tsx';
import { usePlaybooks, usePlaybookView, useTeams } from './playbook-hooks.ts';
import { RolePlayPanel } from './roleplay/RolePlayPanel.tsx';
import { ScenariosPanel } from './scenarios/ScenariosPanel.tsx';
import './playbook.css';

type View = 'scenarios' | 'matrix' | 'roleplay';
const VIEWS: readonly View[] = ['scenarios', 'matrix', 'roleplay'];

/** 现场作业 投诉处理手册: pick (or start) a playbook, then its scenarios, its authority matrix and KPIs, or role-play. */
export function PlaybookScreen() {
  const { t } = useUi();
  const submit = useSubmit();
  const workshopId = useWorkshopId();
  const { role } = useConnection();
  const playbooks = usePlaybooks();
  const teams = useTeams();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [owner, setOwner] = useState('');
  const [view, setView] = useState<View>('scenarios');
  const playbook = playbooks.find((p) => p.id === chosenId) ?? playbooks[0] ?? null;
  const teamName = (teamId: string | null) => (teamId ? (teams.find((x) => x.id === teamId)?.name ?? '') : t('playbook.wholeWorkshop'));

  const create = (): void => {
    const artifactId = newId();
    submit({
      type: 'artifact.add',
      payload: { workshopId, artifactId, deliverable: 'playbook', fields: { title: t('playbook.defaultTitle'), teamId: owner || null } },
    });
    setChosenId(artifactId);
  };

  return (
    <section className="playbook" aria-labelledby="playbook-heading">
      <div className="playbook-head">
        <h2 id="playbook-heading" className="sr-only">
          {t('deliverable.playbook.short')} {t('deliverable.playbook.title')}
        </h2>
        {playbooks.length > 1 ? (
          <label className="field-inline">
            <span className="field-label">{t('playbook.pickerLabel')}</span>
            <select className="input" value={playbook?.id ?? ''} onChange={(e) => setChosenId(e.target.value)}>
              {playbooks.map((p) => (
                <option key={p.id} value={p.id}>
                  {`${p.title || t('playbook.defaultTitle')} · ${teamName(p.teamId)}`}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {role === 'trainer' && teams.length ? (
          <label className="field-inline">
            <span className="field-label">{t('playbook.createFor')}</span>
            <select className="input" value={owner} onChange={(e) => setOwner(e.target.value)}>
              <option value="">{t('playbook.wholeWorkshop')}</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="button" className="btn" onClick={create}>
          <span aria-hidden="true">＋ </span>
          {t('playbook.create')}
        </button>
        {playbook ? <PlaybookExport artifactId={playbook.id} /> : null}
      </div>
      {playbook ? (
        <Tabs<View> label={t('playbook.tabsLabel')} tabs={VIEWS.map((key) => ({ key, label: t(`playbook.tabs.${key}`) }))} selected={view} onSelect={setView}>
          <PlaybookBody artifactId={playbook.id} view={view} />
        </Tabs>
      ) : (
        <p className="placeholder">{t('playbook.none')}</p>
      )}
    </section>
  );
}

function PlaybookBody({ artifactId, view }: { artifactId: string; view: View }) {
  const playbook = usePlaybookView(artifactId);
  if (!playbook) return null;
  if (view === 'matrix') return <MatrixPanel playbook={playbook} />;
  if (view === 'roleplay') return <RolePlayPanel playbook={playbook} />;
  return <ScenariosPanel playbook={playbook} />;
}
