import { useId } from 'react';
import type { Post } from '../../../shared/domain/standard.ts';
import type { WeightIssue } from '../../../shared/rules/weights.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { useUi } from '../../i18n/useUi.ts';
import { issueTextWithPost } from '../issue-text.ts';

interface Props {
  issues: readonly WeightIssue[];
  posts: readonly Post[];
  /** Edits kept on this page that the host has not taken (listed first: what is shown is not what is stored). */
  unsaved: number;
  onExport(): void;
  onClose(): void;
  /** "Go back": close and take the trainer to the first problem. */
  onGoBack(): void;
}

/**
 * Before exporting an unfinished standard: what is still wrong, then "export anyway" or "go back" (the default),
 * which goes to the first problem.
 */
export function ExportIssuesDialog({ issues, posts, unsaved, onExport, onClose, onGoBack }: Props) {
  const { t } = useUi();
  const introId = useId();
  return (
    <Dialog title={t('export.issuesTitle')} onClose={onClose} describedBy={introId} wide>
      <p id={introId} className="dialog-message">
        {t('export.issuesIntro')}
      </p>
      <ul className="issues-list issues-list-dialog">
        {unsaved ? (
          <li>
            <span aria-hidden="true">⚠ </span>
            {t('standardGrid.unsavedIssue', { count: unsaved })}
          </li>
        ) : null}
        {issues.map((issue, i) => (
          <li key={i}>
            <span aria-hidden="true">⚠ </span>
            {issueTextWithPost(t, issue, posts)}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button
          type="button"
          className="btn btn-primary"
          data-autofocus
          onClick={() => {
            onClose();
            onGoBack();
          }}
        >
          {t('export.goBack')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            onClose();
            onExport();
          }}
        >
          {t('export.exportAnyway')}
        </button>
      </div>
    </Dialog>
  );
}
