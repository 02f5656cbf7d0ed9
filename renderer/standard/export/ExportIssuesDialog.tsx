import { useId } from 'react';
import type { Post } from '../../../shared/domain/standard.ts';
import type { WeightIssue } from '../../../shared/rules/weights.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { useUi } from '../../i18n/useUi.ts';
import { issueTextWithPost } from '../issue-text.ts';

interface Props {
  issues: readonly WeightIssue[];
  posts: readonly Post[];
  onExport(): void;
  onClose(): void;
}

/** Before exporting an unfinished standard: what is still wrong, then "export anyway" or "go back" (the default). */
export function ExportIssuesDialog({ issues, posts, onExport, onClose }: Props) {
  const { t } = useUi();
  const introId = useId();
  return (
    <Dialog title={t('export.issuesTitle')} onClose={onClose} describedBy={introId} wide>
      <p id={introId} className="dialog-message">
        {t('export.issuesIntro')}
      </p>
      <ul className="issues-list issues-list-dialog">
        {issues.map((issue, i) => (
          <li key={i}>
            <span aria-hidden="true">⚠ </span>
            {issueTextWithPost(t, issue, posts)}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" data-autofocus onClick={onClose}>
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
