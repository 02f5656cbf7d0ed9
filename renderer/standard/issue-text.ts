import type { Post } from '../../shared/domain/standard.ts';
import type { WeightIssue } from '../../shared/rules/weights.ts';
import type { Translate } from '../i18n/useUi.ts';

/** One weight issue as a sentence, with the dimension named in the reader's language. */
export function issueText(t: Translate, issue: WeightIssue): string {
  const dimension = 'dimension' in issue ? t(`dimension.${issue.dimension}.name`) : '';
  const sum = 'sum' in issue ? issue.sum : undefined;
  return t(`issue.${issue.kind}`, { dimension, sum });
}

/** The same, prefixed with the post's name, for lists that span several posts. */
export function issueTextWithPost(t: Translate, issue: WeightIssue, posts: readonly Post[]): string {
  const post = posts.find((p) => p.id === issue.postId);
  return post ? t('issues.withPost', { post: post.name, text: issueText(t, issue) }) : issueText(t, issue);
}
