import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { MIND_BOX, MIND_STYLE, mindLabelLines, type MindKind } from '../../../shared/charts/mindmap-layout.ts';

export type MindNodeData = { kind: MindKind; label: string; weightLabel: string; warn: boolean; warnText: string };
export type MindFlowNode = Node<MindNodeData, 'mind'>;

/**
 * One box of the mind map, drawn with the font sizes, padding and line breaks the shared layout measured,
 * so the text fits the box it was given. A node that needs work gets a dashed border, a ⚠ badge and words.
 */
export function MindNode({ data }: NodeProps<MindFlowNode>) {
  const style = MIND_STYLE[data.kind];
  const lines = mindLabelLines(data);
  return (
    <div
      className={`mind-node mind-${data.kind}${data.warn ? ' mind-warn' : ''}`}
      style={{
        fontSize: style.fontSize,
        fontWeight: style.bold ? 700 : 400,
        lineHeight: MIND_BOX.lineHeight,
        padding: `0 ${MIND_BOX.paddingX}px`,
        gap: MIND_BOX.weightGap,
      }}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} className="mind-handle" />
      <span className="mind-label">
        {lines.map((line, i) => (
          <span key={i} className="mind-line">
            {line}
          </span>
        ))}
      </span>
      {data.weightLabel ? <span className="mind-weight">{data.weightLabel}</span> : null}
      {data.warn ? (
        <span className="mind-warn-badge">
          <span aria-hidden="true">⚠</span>
          <span className="sr-only">{data.warnText}</span>
        </span>
      ) : null}
      <Handle type="source" position={Position.Right} isConnectable={false} className="mind-handle" />
    </div>
  );
}
