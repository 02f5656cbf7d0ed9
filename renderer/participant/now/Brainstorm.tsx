import { useState, type FormEvent } from 'react';
import { NOTE_MAX, NoteText, type Activity } from '../../../shared/deliverables/activities/schemas.ts';
import { notesOf } from '../../../shared/deliverables/activities/view.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useDocSelector, useSubmit } from '../../sync/hooks.ts';
import { useIdentity } from '../ParticipantContext.tsx';
import { useMe } from '../room-hooks.ts';
import { loadMyNotes, rememberMyNote } from './my-notes.ts';

/** Notes on the prompt: write one, see mine (and take a named one back); once revealed, the whole wall. */
export function Brainstorm({ activity }: { activity: Activity }) {
  const { t } = useUi();
  const { workshopId, participantId } = useIdentity();
  const me = useMe();
  const submit = useSubmit();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [written, setWritten] = useState(() => loadMyNotes(activity.id));
  const notes = useDocSelector(workshopId, (doc) => notesOf(doc, activity.id), [activity.id]) ?? [];
  const mine = notes.filter((n) => n.authorId === participantId || written.includes(n.id));

  const add = (e: FormEvent) => {
    e.preventDefault();
    const parsed = NoteText.safeParse(text);
    if (!parsed.success) return setError(t(parsed.error.issues[0]?.message === 'tooLong' ? 'participant.note.tooLong' : 'participant.note.empty', { max: NOTE_MAX }));
    const noteId = newId();
    const sentId = submit({
      type: 'note.add',
      payload: { workshopId, activityId: activity.id, noteId, text: parsed.data, authorId: participantId, authorName: me?.name ?? '' },
    });
    if (!sentId) return;
    rememberMyNote(activity.id, noteId);
    setWritten((w) => [...w, noteId]);
    setText('');
    setError(null);
  };

  return (
    <>
      {activity.anonymous ? <p className="p-anon">{t('participant.note.anonymous')}</p> : null}
      {activity.open ? (
        <form className="p-note-form" onSubmit={add}>
          <label className="field">
            <span className="field-label">{t('participant.note.label')}</span>
            <textarea
              className={`input textarea${error ? ' input-invalid' : ''}`}
              rows={3}
              value={text}
              aria-invalid={Boolean(error)}
              onChange={(e) => setText(e.target.value)}
            />
            <span className={error ? 'field-error' : 'field-hint'} role={error ? 'alert' : undefined}>
              {error ?? t('participant.note.count', { n: text.trim().length, max: NOTE_MAX })}
            </span>
          </label>
          <button type="submit" className="btn btn-primary btn-large p-wide">
            {t('participant.note.add')}
          </button>
        </form>
      ) : null}
      <h4 className="p-subhead">{t('participant.note.mine', { count: mine.length })}</h4>
      <ul className="p-notes" aria-label={t('participant.note.mineLabel')}>
        {mine.map((note) => (
          <li key={note.id} className="p-note">
            <p className="p-note-text">{note.text}</p>
            {note.authorId === participantId ? (
              <button
                type="button"
                className="btn btn-small btn-quiet"
                onClick={() => submit({ type: 'note.remove', payload: { workshopId, noteId: note.id } })}
              >
                {t('participant.note.remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {activity.revealed ? (
        <section className="p-results" aria-label={t('participant.results')}>
          <h4 className="p-subhead">{t('participant.note.all', { count: notes.length })}</h4>
          <ul className="p-notes">
            {notes.map((note) => (
              <li key={note.id} className="p-note">
                <p className="p-note-text">{note.text}</p>
                {note.authorName ? <p className="p-note-author">{note.authorName}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
