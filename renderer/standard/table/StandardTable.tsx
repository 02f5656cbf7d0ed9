import { memo, useCallback, useEffect, useState } from 'react';
import type { PostType } from '../../../shared/domain/library.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { usePost } from '../../workshop/workshop-hooks.ts';
import { DimensionPanel } from '../grid/DimensionPanel.tsx';
import { IndicatorPanel } from '../grid/IndicatorPanel.tsx';
import { StandardGrid, type ActiveRow, type GridRequest } from '../grid/StandardGrid.tsx';
import { PostDetails } from '../posts/PostDetails.tsx';
import { PostTypeSelect } from '../suggest/PostTypeSelect.tsx';
import { DimensionWeightsBar } from './DimensionWeightsBar.tsx';
import { IssuesPanel } from './IssuesPanel.tsx';

interface Props {
  postId: string;
  postType: PostType;
  onPostType(type: PostType): void;
  /** "Go back and fix" from the export check: the dimension to show first (a new object each time). */
  focus: GridRequest | null;
}

/**
 * The editable standard of one post: the dense grid of its indicators on the left, and beside it what does not fit a
 * row (the active indicator's description and scoring, its dimension's tools, the post's weights and checks). The
 * grid and each panel read their own slices, so another person's edit re-renders the row it touched and the sums over
 * it, not the screen (typing stays fast while others edit).
 */
export const StandardTable = memo(function StandardTable({ postId, postType, onPostType, focus }: Props) {
  const workshopId = useWorkshopId();
  const post = usePost(postId);
  const [active, setActive] = useState<ActiveRow>({ indicatorId: null, dimension: 'tangibles' });
  const [request, setRequest] = useState<GridRequest | null>(focus);
  useEffect(() => setRequest(focus), [focus]);
  const onAdd = useCallback(() => setRequest({ kind: 'add', dimension: active.dimension }), [active.dimension]);
  if (!post) return null;
  return (
    <div className="standard-table">
      <div className="grid-main">
        <StandardGrid postId={post.id} request={request} onActiveRow={setActive} />
      </div>
      <aside className="grid-side">
        {active.indicatorId ? <IndicatorPanel indicatorId={active.indicatorId} /> : null}
        <DimensionPanel key={active.dimension} postId={post.id} dimension={active.dimension} postType={postType} onAdd={onAdd} />
        <PostTypeSelect value={postType} onChange={onPostType} />
        <DimensionWeightsBar workshopId={workshopId} post={post} />
        <IssuesPanel post={post} />
        <PostDetails workshopId={workshopId} post={post} />
      </aside>
    </div>
  );
});
