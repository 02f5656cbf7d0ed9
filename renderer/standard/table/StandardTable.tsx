import { useState } from 'react';
import { DIMENSIONS } from '../../../shared/domain/dimensions.ts';
import type { PostType } from '../../../shared/domain/library.ts';
import type { Post } from '../../../shared/domain/standard.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { useIndicatorsOf } from '../../workshop/workshop-hooks.ts';
import { PostDetails } from '../posts/PostDetails.tsx';
import { PostTypeSelect } from '../suggest/PostTypeSelect.tsx';
import { DimensionSection } from './DimensionSection.tsx';
import { DimensionWeightsBar } from './DimensionWeightsBar.tsx';
import { IssuesPanel } from './IssuesPanel.tsx';

interface Props {
  post: Post;
  postType: PostType;
  onPostType(type: PostType): void;
}

/** The editable standard of one post: its name, the check, the dimension weights, then each dimension's indicators. */
export function StandardTable({ post, postType, onPostType }: Props) {
  const workshopId = useWorkshopId();
  const indicators = useIndicatorsOf(post.id);
  // The indicator just added takes the focus, so the class can type its name at once.
  const [focusId, setFocusId] = useState<string | null>(null);
  return (
    <div className="standard-table">
      <PostDetails workshopId={workshopId} post={post} indicatorCount={indicators.length} />
      <div className="table-overview">
        <DimensionWeightsBar workshopId={workshopId} post={post} />
        <IssuesPanel post={post} indicators={indicators} />
      </div>
      <PostTypeSelect value={postType} onChange={onPostType} />
      {DIMENSIONS.map((dimension) => (
        <DimensionSection
          key={dimension}
          post={post}
          dimension={dimension}
          postType={postType}
          focusId={focusId}
          onAdded={setFocusId}
        />
      ))}
    </div>
  );
}
