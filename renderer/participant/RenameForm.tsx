import { useState, type FormEvent } from 'react';
import { DisplayName } from '../../shared/deliverables/classroom/schemas.ts';
import { useUi } from '../i18n/useUi.ts';
import { useDisplayName, useSubmit } from '../sync/hooks.ts';
import { useIdentity } from './ParticipantContext.tsx';

/** A new display name: the room's list (the participant row) and who-is-here (presence) both follow at once. */
export function RenameForm({ current, onDone }: { current: string; onDone(): void }) {
  const { t } = useUi();
  const { workshopId, participantId } = useIdentity();
  const submit = useSubmit();
  const { setName } = useDisplayName();
  const [draft, setDraft] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const save = (e: FormEvent) => {
    e.preventDefault();
    const parsed = DisplayName.safeParse(draft);
    if (!parsed.success) return setError(t(parsed.error.issues[0]?.message === 'tooLong' ? 'participant.join.nameTooLong' : 'participant.join.nameRequired'));
    if (parsed.data !== current) {
      submit({ type: 'participant.rename', payload: { workshopId, participantId, name: parsed.data } });
      setName(parsed.data);
    }
    onDone();
  };
  return (
    <form className="p-rename" onSubmit={save}>
      <label className="field">
        <span className="field-label">{t('participant.join.name')}</span>
        <input className={`input${error ? ' input-invalid' : ''}`} value={draft} autoFocus maxLength={60} aria-invalid={Boolean(error)} onChange={(e) => setDraft(e.target.value)} />
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </label>
      <div className="p-rename-actions">
        <button type="submit" className="btn btn-primary">
          {t('participant.rename.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('participant.rename.cancel')}
        </button>
      </div>
    </form>
  );
}
