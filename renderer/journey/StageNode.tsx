import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';

export type StageFlowNode = Node<{ name: string; addLabel: string; onAdd(): void }, 'stage'>;

/** A stage's column behind its cards: the name on top and a button that adds a moment at the column's end. */
export const StageNode = memo(function StageNode({ data, width, height }: NodeProps<StageFlowNode>) {
  return (
    <div className="stage-column" style={{ width, height }}>
      <div className="stage-head">
        <span className="stage-name">{data.name}</span>
        <button type="button" className="btn btn-small stage-add nodrag nopan" aria-label={`${data.addLabel}: ${data.name}`} onClick={data.onAdd}>
          ＋
        </button>
      </div>
    </div>
  );
});
