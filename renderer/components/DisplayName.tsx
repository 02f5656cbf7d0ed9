import { useState, type FormEvent } from 'react';
import { useUi } from '../i18n/useUi.ts';
import { useDisplayName } from '../sync/hooks.ts';
import { Dialog } from './Dialog.tsx';
import { Field } from './Field.tsx';
import { FormActions } from './FormActions.tsx';

/** The host accepts names up to this length in its messages. */
const NAME_MAX = 40;

/** The name others see beside your edits; a new one is announced at once. */
export function DisplayName() {
  const { t } = useUi();
  const { name: current, setName } = useDisplayName();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(current);
  const [error, setError] = useState<string | null>(null);

  const save = (e: FormEvent): void => {
    e.preventDefault();
    const name = draft.trim();
    if (name.length > NAME_MAX) {
      setError(t('rule.tooLong', { limit: NAME_MAX }));
      return;
    }
    setName(name);
    setOpen(false);
  };

  return (
    <>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => {
          setDraft(current);
          setOpen(true);
        }}
      >
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
            <FormActions onCancel={() => setOpen(false)} submitLabel={t('dialog.save')} />
          </form>
        </Dialog>
      ) : null}
    </>
  );
}
