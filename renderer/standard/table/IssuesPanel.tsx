import type { Post } from '../../../shared/domain/standard.ts';
import { weightIssues } from '../../../shared/rules/weights.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useIndicatorsOf } from '../../workshop/workshop-hooks.ts';
import { issueText } from '../issue-text.ts';

/** What still keeps this post's standard from adding up, in words; a tick when nothing does. */
export function IssuesPanel({ post }: { post: Post }) {
  const { t } = useUi();
  const indicators = useIndicatorsOf(post.id);
  const issues = weightIssues(post, indicators);
  return (
    <section className={issues.length ? 'issues issues-bad' : 'issues issues-ok'} aria-label={t('issues.heading')}>
      <h3 className="issues-heading">
        <span aria-hidden="true">{issues.length ? '⚠ ' : '✓ '}</span>
        {issues.length ? t('issues.count', { count: issues.length }) : t('issues.none')}
      </h3>
      {issues.length ? (
        <ul className="issues-list">
          {issues.map((issue) => (
            <li key={`${issue.kind}-${'dimension' in issue ? issue.dimension : ''}`}>{issueText(t, issue)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
