import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { cardTitleLines, emotionLabel } from '../../shared/charts/journey-layout.ts';
import type { Card } from '../../shared/deliverables/journey/schemas.ts';

export type MotFlowNode = Node<
  {
    card: Card;
    label: string;
    mark: 'peak' | 'end' | null;
    selected: boolean;
    draggedBy: string | null;
    onEdit(id: string): void;
    /** The translator the label was made with: a language switch remakes the node. */
    t: unknown;
  },
  'mot'
>;

const tone = (e: number) => (e <= -2 ? 'bad' : e < 0 ? 'low' : e === 0 ? 'flat' : e === 1 ? 'good' : 'great');

/** One moment of truth: its touchpoint large, owner and emotion below; the whole card is a button that opens the editor. */
export const MotNode = memo(function MotNode({ data, width }: NodeProps<MotFlowNode>) {
  const { card, mark, selected, draggedBy } = data;
  const lines = cardTitleLines(card.touchpoint || '—', width ?? 232);
  return (
    <div className={`mot-card${mark ? ` mot-${mark}` : ''}${selected ? ' mot-selected' : ''}${draggedBy ? ' mot-remote' : ''}`}>
      <Handle type="target" position={Position.Left} />
      <button type="button" className="mot-open" aria-label={data.label} onClick={() => data.onEdit(card.id)}>
        <span className="mot-title">
          {lines.map((l, i) => (
            <span key={i}>{l}</span>
          ))}
        </span>
        <span className="mot-meta">
          <span className="mot-owner">{card.owner}</span>
          <span className={`mot-emotion mot-emotion-${tone(card.emotion)}`}>{emotionLabel(card.emotion)}</span>
        </span>
      </button>
      {draggedBy ? <span className="mot-dragger">{draggedBy}</span> : null}
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
