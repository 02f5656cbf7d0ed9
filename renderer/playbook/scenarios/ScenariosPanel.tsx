import { useState } from 'react';
import { newId } from '../../../shared/domain/ids.ts';
import { scenarioFromTemplate, type ScenarioTemplate } from '../../../shared/deliverables/playbook/library.ts';
import type { PlaybookView } from '../../../shared/deliverables/playbook/view.ts';
import { PRINCIPLES } from '../../../shared/deliverables/playbook/vocabulary.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useSubmit } from '../../sync/hooks.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { useWorkshopMeta } from '../../workshop/workshop-hooks.ts';
import { LibraryDialog } from './LibraryDialog.tsx';
import { ScenarioEditor } from './ScenarioEditor.tsx';

/** The playbook's scenarios as a list of buttons, and the chosen one's full editor beside it. */
export function ScenariosPanel({ playbook }: { playbook: PlaybookView }) {
  const { t } = useUi();
  const submit = useSubmit();
  const workshopId = useWorkshopId();
  const { language } = useWorkshopMeta();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [library, setLibrary] = useState(false);
  const chosen = playbook.scenarios.find((s) => s.scenario.id === chosenId) ?? playbook.scenarios[0] ?? null;

  const addFromLibrary = (template: ScenarioTemplate): void => {
    const input = scenarioFromTemplate(template, { workshopId, artifactId: playbook.artifactId, language });
    submit(input);
    setChosenId(input.payload.scenarioId);
    setLibrary(false);
  };

  const addBlank = (): void => {
    const scenarioId = newId();
    submit({
      type: 'scenario.add',
      payload: {
        workshopId,
        artifactId: playbook.artifactId,
        scenarioId,
        fields: {
          title: t('playbook.blankTitle'),
          description: '',
          type: 'productQuality',
          severity: 'medium',
          emotion: '',
          realNeed: '',
          firstResponseMinutes: 30,
          resolutionHours: 24,
          followUpDays: 3,
          promoterNote: '',
        },
        principles: Object.fromEntries(PRINCIPLES.map((p) => [p, ''])) as Record<(typeof PRINCIPLES)[number], string>,
      },
    });
    setChosenId(scenarioId);
  };

  return (
    <div className="playbook-scenarios">
      <nav className="scenario-list" aria-label={t('playbook.scenariosLabel')}>
        <div className="scenario-list-actions">
          <button type="button" className="btn btn-primary" onClick={() => setLibrary(true)}>
            {t('playbook.fromLibrary')}
          </button>
          <button type="button" className="btn" onClick={addBlank}>
            {t('playbook.blank')}
          </button>
        </div>
        {playbook.scenarios.length ? (
          <ul>
            {playbook.scenarios.map(({ scenario }) => (
              <li key={scenario.id}>
                <button
                  type="button"
                  className="btn scenario-pick"
                  aria-pressed={scenario.id === chosen?.scenario.id}
                  onClick={() => setChosenId(scenario.id)}
                >
                  {scenario.title}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="placeholder">{t('playbook.noScenarios')}</p>
        )}
      </nav>
      {chosen ? <ScenarioEditor key={chosen.scenario.id} view={chosen} /> : null}
      {library ? (
        <LibraryDialog
          taken={new Set(playbook.scenarios.map((s) => s.scenario.title))}
          language={language}
          onUse={addFromLibrary}
          onClose={() => setLibrary(false)}
        />
      ) : null}
    </div>
  );
}
