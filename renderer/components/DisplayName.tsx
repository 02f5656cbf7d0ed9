import { useState, type FormEvent } from 'react';
import { useUi } from '../i18n/useUi.ts';
import { useConnection } from '../sync/hooks.ts';
import { Dialog } from './Dialog.tsx';
import { Field } from './Field.tsx';

/** Where the sync client reads the name it announces to the others (renderer/sync/SyncProvider.tsx). */
const NAME_KEY = 'satisfy.displayName';
/** The host accepts names up to this length in its hello message. */
const NAME_MAX = 40;

function storedName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

/**
 * The name others see beside your edits. The connection announces it when it opens, so a new name takes effect by
 * reloading the page — offered only when no change is waiting to be sent, so nothing typed is lost.
 */
export function DisplayName() {
  const { t } = useUi();
  const { pending } = useConnection();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(storedName);
  const [error, setError] = useState<string | null>(null);
  const current = storedName();

  const save = (e: FormEvent): void => {
    e.preventDefault();
    const name = draft.trim();
    if (name.length > NAME_MAX) {
      setError(t('rule.tooLong', { limit: NAME_MAX }));
      return;
    }
    try {
      localStorage.setItem(NAME_KEY, name);
    } catch {
      // Without storage the name cannot outlive this page; nothing else to do.
    }
    window.location.reload();
  };

  return (
    <>
      <button type="button" className="btn btn-small" onClick={() => setOpen(true)}>
        {current ? t('name.button', { name: current }) : t('name.unset')}
      </button>
      {open ? (
        <Dialog title={t('name.title')} onClose={() => setOpen(false)}>
          <form className="form" onSubmit={save} noValidate>
            <Field label={t('name.label')} hint={t('name.hint')} error={error}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  type="text"
                  value={draft}
                  maxLength={NAME_MAX + 10}
                  autoComplete="nickname"
                  data-autofocus
                  onChange={(e) => {
                    setDraft(e.target.value);
                    setError(null);
                  }}
                />
              )}
            </Field>
            {pending > 0 ? (
              <p className="field-hint" role="status">
                {t('name.waiting', { count: pending })}
              </p>
            ) : null}
            <div className="dialog-actions">
              <button type="button" className="btn" onClick={() => setOpen(false)}>
                {t('dialog.cancel')}
              </button>
              <button type="submit" className="btn btn-primary" disabled={pending > 0}>
                {t('dialog.save')}
              </button>
            </div>
          </form>
        </Dialog>
      ) : null}
    </>
  );
}
