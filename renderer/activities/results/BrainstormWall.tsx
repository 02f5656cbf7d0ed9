import type { Activity } from '../../../shared/deliverables/activities/schemas.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useNotes } from '../activity-hooks.ts';

/** Every note of a brainstorm as a card: its text as plain text (never HTML), its author unless anonymous. */
export function BrainstormWall({ brainstorm }: { brainstorm: Activity }) {
  const { t } = useUi();
  const notes = useNotes(brainstorm.id);
  return (
    <div className="act-wall-box">
      <p className="act-count" data-testid="activity-count" aria-live="polite">
        {t('activities.results.notes', { count: notes.length })}
      </p>
      {notes.length === 0 ? (
        <p className="placeholder">{t('activities.results.noNotes')}</p>
      ) : (
        <ul className="act-wall" data-testid="activity-notes">
          {notes.map((n) => (
            <li key={n.id} className="act-note">
              <span className="act-note-text">{n.text}</span>
              <span className="act-note-author">{brainstorm.anonymous || n.authorId === null ? t('activities.results.anonymous') : n.authorName}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
