import { useState, type FormEvent } from 'react';
import { useUi } from '../i18n/useUi.ts';
import { useDisplayName } from '../sync/hooks.ts';

/** The host accepts names up to this length in its messages (as the name dialog does). */
const NAME_MAX = 40;

/**
 * On entering a workshop without a name, ask for one in the header, so the others see "第3组 王芳" instead of "?".
 * It asks without blocking: the page works meanwhile, and "later" hides it for this visit.
 */
export function NamePrompt() {
  const { t } = useUi();
  const { name, setName } = useDisplayName();
  const [draft, setDraft] = useState('');
  const [later, setLater] = useState(false);
  if (name || later) return null;
  const save = (e: FormEvent): void => {
    e.preventDefault();
    const next = draft.trim().slice(0, NAME_MAX);
    if (next) setName(next);
  };
  return (
    <form className="name-prompt" onSubmit={save} aria-label={t('namePrompt.label')}>
      <label htmlFor="name-prompt-input" className="name-prompt-label">
        {t('namePrompt.question')}
      </label>
      <input
        id="name-prompt-input"
        className="input"
        type="text"
        value={draft}
        maxLength={NAME_MAX}
        autoComplete="nickname"
        placeholder={t('namePrompt.placeholder')}
        onChange={(e) => setDraft(e.target.value)}
      />
      <button type="submit" className="btn btn-primary btn-small" disabled={!draft.trim()}>
        {t('namePrompt.save')}
      </button>
      <button type="button" className="btn btn-quiet btn-small" onClick={() => setLater(true)}>
        {t('namePrompt.later')}
      </button>
    </form>
  );
}
