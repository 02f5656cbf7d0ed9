import type { Post } from '../../../shared/domain/standard.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { useUi } from '../../i18n/useUi.ts';

interface Props {
  posts: readonly Post[];
  /** Per post, in the same order: complete and balanced? */
  balanced: readonly boolean[];
  selectedId: string | null;
  onSelect(postId: string): void;
  onAdd(): void;
}

/** The workshop's service posts as a row of big buttons (the chosen one pressed), each with its check state. */
export function PostPicker({ posts, balanced, selectedId, onSelect, onAdd }: Props) {
  const { t } = useUi();
  const full = posts.length >= LIMITS.postsPerWorkshop;
  return (
    <div className="post-picker">
      <h2 className="post-picker-heading" id="posts-heading">
        {t('standard.postsHeading')}
      </h2>
      {posts.length > 0 ? (
        <ul className="post-chips" aria-labelledby="posts-heading">
          {posts.map((post, index) => {
            const ok = balanced[index] ?? false;
            return (
              <li key={post.id}>
                <button
                  type="button"
                  className={`post-chip${post.id === selectedId ? ' post-chip-selected' : ''}`}
                  aria-pressed={post.id === selectedId}
                  onClick={() => onSelect(post.id)}
                >
                  <span className="post-chip-name">{post.name}</span>
                  <span className={ok ? 'chip-state chip-ok' : 'chip-state chip-bad'}>
                    <span aria-hidden="true">{ok ? '✓' : '⚠'}</span>
                    <span className="sr-only">{ok ? t('standard.postBalanced') : t('standard.postHasIssues')}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <button type="button" className="btn btn-primary" onClick={onAdd} disabled={full} title={full ? t('standard.limitPosts', { limit: LIMITS.postsPerWorkshop }) : undefined}>
        <span aria-hidden="true">＋ </span>
        {t('standard.addPost')}
      </button>
      {full ? <p className="field-hint">{t('standard.limitPosts', { limit: LIMITS.postsPerWorkshop })}</p> : null}
    </div>
  );
}
