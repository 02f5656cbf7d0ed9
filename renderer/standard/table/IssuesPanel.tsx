import type { Post } from '../../../shared/domain/standard.ts';
import { weightIssues } from '../../../shared/rules/weights.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { useIndicatorsOf } from '../../workshop/workshop-hooks.ts';
import { useUnsavedCount } from '../grid/drafts.ts';
import { issueText } from '../issue-text.ts';

/** What still keeps this post's standard from adding up (or from being saved), in words; a tick when nothing does. */
export function IssuesPanel({ post }: { post: Post }) {
  const { t } = useUi();
  const indicators = useIndicatorsOf(post.id);
  const issues = weightIssues(post, indicators);
  const unsaved = useUnsavedCount(useWorkshopId(), post.id);
  const count = issues.length + (unsaved ? 1 : 0);
  return (
    <section className={count ? 'issues issues-bad' : 'issues issues-ok'} aria-label={t('issues.heading')}>
      <h3 className="issues-heading">
        <span aria-hidden="true">{count ? '⚠ ' : '✓ '}</span>
        {count ? t('issues.count', { count }) : t('issues.none')}
      </h3>
      {count ? (
        <ul className="issues-list">
          {unsaved ? <li>{t('standardGrid.unsavedIssue', { count: unsaved })}</li> : null}
          {issues.map((issue) => (
            <li key={`${issue.kind}-${'dimension' in issue ? issue.dimension : ''}`}>{issueText(t, issue)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
