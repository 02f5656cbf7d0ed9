import { memo, useState } from 'react';
import { DIMENSIONS } from '../../../shared/domain/dimensions.ts';
import type { PostType } from '../../../shared/domain/library.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { usePost } from '../../workshop/workshop-hooks.ts';
import { PostDetails } from '../posts/PostDetails.tsx';
import { PostTypeSelect } from '../suggest/PostTypeSelect.tsx';
import { DimensionSection } from './DimensionSection.tsx';
import { DimensionWeightsBar } from './DimensionWeightsBar.tsx';
import { IssuesPanel } from './IssuesPanel.tsx';

interface Props {
  postId: string;
  postType: PostType;
  onPostType(type: PostType): void;
}

/**
 * The editable standard of one post: its name, the check, the dimension weights, then each dimension's indicators.
 * It reads only the post itself; each part below reads its own slice, so another person's edit of one indicator
 * re-renders that row and the totals over it, not the five sections (typing stays fast while others edit).
 */
export const StandardTable = memo(function StandardTable({ postId, postType, onPostType }: Props) {
  const workshopId = useWorkshopId();
  const post = usePost(postId);
  // The indicator just added takes the focus, so the class can type its name at once.
  const [focusId, setFocusId] = useState<string | null>(null);
  if (!post) return null;
  return (
    <div className="standard-table">
      <PostDetails workshopId={workshopId} post={post} />
      <div className="table-overview">
        <DimensionWeightsBar workshopId={workshopId} post={post} />
        <IssuesPanel post={post} />
      </div>
      <PostTypeSelect value={postType} onChange={onPostType} />
      {DIMENSIONS.map((dimension) => (
        <DimensionSection
          key={dimension}
          postId={post.id}
          dimension={dimension}
          postType={postType}
          focusId={focusId}
          onAdded={setFocusId}
        />
      ))}
    </div>
  );
});
