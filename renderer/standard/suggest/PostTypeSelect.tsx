import { useId } from 'react';
import { PostType } from '../../../shared/domain/library.ts';
import { INDUSTRY_POSTS } from '../../../templates/industries/industry-posts.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useWorkshopMeta } from '../../workshop/workshop-hooks.ts';

/** Which example post the suggested indicators come from; guessed from the post name, switchable. */
export function PostTypeSelect({ value, onChange }: { value: PostType; onChange(type: PostType): void }) {
  const { t } = useUi();
  const id = useId();
  // The workshop industry's own posts first, then every other example post.
  const ownPosts = INDUSTRY_POSTS[useWorkshopMeta().industry];
  const offered = [...ownPosts, ...PostType.options.filter((type) => !ownPosts.includes(type))];
  return (
    <div className="field field-inline post-type">
      <label htmlFor={id} className="field-label">
        {t('suggest.postType')}
      </label>
      <select id={id} className="input select" value={value} onChange={(e) => onChange(e.target.value as PostType)} aria-describedby={`${id}-hint`}>
        {offered.map((type) => (
          <option key={type} value={type}>
            {t(`suggest.postTypeNames.${type}`)}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="field-hint">
        {t('suggest.postTypeHint')}
      </p>
    </div>
  );
}
