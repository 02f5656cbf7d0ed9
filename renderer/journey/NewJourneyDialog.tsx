import { useState } from 'react';
import { JOURNEY_TEMPLATES } from '../../templates/journeys/index.ts';
import { useUi } from '../i18n/useUi.ts';
import { NewArtifactDialog } from '../workshop/NewArtifactDialog.tsx';

/** A new journey map: whose it is, and whether it starts from an industry template or blank. */
export function NewJourneyDialog({ onCreate, onClose }: { onCreate(teamId: string | null, templateId: string | null): void; onClose(): void }) {
  const { t, lang } = useUi();
  const [templateId, setTemplateId] = useState<string | null>(null);
  return (
    <NewArtifactDialog title={t('journey.newMapTitle')} submitLabel={t('journey.create')} onCreate={(teamId) => onCreate(teamId, templateId)} onClose={onClose}>
      <fieldset className="template-choices">
        <legend>{t('journey.startFrom')}</legend>
        {[null, ...JOURNEY_TEMPLATES].map((tpl) => (
          <label key={tpl?.id ?? 'blank'} className="check template-option">
            <input type="radio" name="journey-template" checked={templateId === (tpl?.id ?? null)} onChange={() => setTemplateId(tpl?.id ?? null)} />
            {tpl ? tpl.name[lang] : t('journey.blank')}
          </label>
        ))}
      </fieldset>
    </NewArtifactDialog>
  );
}
