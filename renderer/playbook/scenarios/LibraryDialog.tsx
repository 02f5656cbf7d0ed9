import type { ScenarioTemplate } from '../../../shared/deliverables/playbook/library.ts';
import type { Language } from '../../../shared/domain/workshop.ts';
import { COMPLAINT_TYPES } from '../../../shared/deliverables/playbook/vocabulary.ts';
import { playbookWords } from '../../../shared/deliverables/playbook/words.ts';
import { SCENARIO_TEMPLATES } from '../../../templates/complaint-scenarios.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { useUi } from '../../i18n/useUi.ts';

interface Props {
  /** Titles already in the playbook: their library entries show as added. */
  taken: ReadonlySet<string>;
  /** The workshop's language, which an added scenario's title is written in. */
  language: Language;
  onUse(template: ScenarioTemplate): void;
  onClose(): void;
}

/** The scenario library grouped by complaint type; each entry is added with one button. */
export function LibraryDialog({ taken, language, onUse, onClose }: Props) {
  const { t, lang } = useUi();
  const words = playbookWords(lang);
  return (
    <Dialog title={t('playbook.libraryTitle')} onClose={onClose} wide>
      <p>{t('playbook.libraryIntro')}</p>
      <div className="scenario-library">
        {COMPLAINT_TYPES.map((type) => (
          <section key={type} aria-label={words.type[type]}>
            <h3>{words.type[type]}</h3>
            <ul>
              {SCENARIO_TEMPLATES.filter((s) => s.fields.type === type).map((s) => {
                const title = s.name[lang];
                const added = taken.has(s.name[language]);
                return (
                  <li key={s.id} className="library-entry">
                    <div>
                      <strong>{title}</strong>
                      <span className="library-industry">{words.industry[s.industry]}</span>
                      <p className="library-description">{s.fields.description[lang]}</p>
                    </div>
                    <button type="button" className="btn btn-small" disabled={added} onClick={() => onUse(s)}>
                      {added ? t('playbook.added') : t('playbook.use', { title })}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
