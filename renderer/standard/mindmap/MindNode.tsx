import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { MIND_BOX, MIND_STYLE, mindLabelLines, type MindKind } from '../../../shared/charts/mindmap-layout.ts';

export type MindNodeData = {
  kind: MindKind;
  label: string;
  weightLabel: string;
  warn: boolean;
  warnText: string;
  /** Indicators folded away under a dimension, shown as a count. */
  folded: number;
  foldedText: string;
  selected: boolean;
  /** Being edited here: the name, or the weight (starting from a typed digit, if any). */
  editing: { field: 'name' | 'weight'; start: string; label: string; error: string | null } | null;
  /** The edit ends: the typed text to save, or null to cancel; false when the text was refused. */
  onEditEnd(text: string | null): boolean;
};
export type MindFlowNode = Node<MindNodeData, 'mind'>;

/**
 * One box of the mind map, drawn with the font sizes, padding and line breaks the shared layout measured,
 * so the text fits the box it was given. A node that needs work gets a dashed border, a ⚠ badge and words.
 * The selected box is outlined; the one being renamed or weighted holds a text field.
 */
export function MindNode({ id, data }: NodeProps<MindFlowNode>) {
  const style = MIND_STYLE[data.kind];
  const lines = mindLabelLines(data);
  return (
    <div
      className={`mind-node mind-${data.kind}${data.warn ? ' mind-warn' : ''}${data.selected ? ' mind-selected' : ''}`}
      data-topic-id={id}
      style={{
        fontSize: style.fontSize,
        fontWeight: style.bold ? 700 : 400,
        lineHeight: MIND_BOX.lineHeight,
        padding: `0 ${MIND_BOX.paddingX}px`,
        gap: MIND_BOX.weightGap,
      }}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} className="mind-handle" />
      {data.editing ? (
        <TopicEditor editing={data.editing} onEnd={data.onEditEnd} />
      ) : (
        <>
          <span className="mind-label">
            {lines.map((line, i) => (
              <span key={i} className="mind-line">
                {line}
              </span>
            ))}
          </span>
          {data.weightLabel ? <span className="mind-weight">{data.weightLabel}</span> : null}
        </>
      )}
      {data.folded ? (
        <span className="mind-folded">
          <span aria-hidden="true">▸ </span>
          {data.foldedText}
        </span>
      ) : null}
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

function TopicEditor({ editing, onEnd }: { editing: NonNullable<MindNodeData['editing']>; onEnd(text: string | null): boolean }) {
  const [text, setText] = useState(editing.start);
  const ref = useRef<HTMLInputElement>(null);
  // Esc or Enter already ended the edit: the blur that follows when the field goes away must not end it again.
  const ended = useRef(false);
  const end = (value: string | null): void => {
    if (ended.current) return;
    // Set first: saving moves the focus, and the blur that causes arrives while onEnd is still running.
    ended.current = true;
    // A refused text keeps the field open for another try.
    ended.current = onEnd(value);
  };
  useEffect(() => {
    ref.current?.focus();
    if (editing.field === 'name') ref.current?.select();
  }, [editing.field]);
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      end(text);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      end(null);
    }
    // Keys typed here are the topic's text, not the map's shortcuts.
    e.stopPropagation();
  };
  return (
    <span className="mind-editor">
      <input
        ref={ref}
        className="nodrag nopan mind-input"
        aria-label={editing.label}
        aria-invalid={Boolean(editing.error)}
        value={text}
        inputMode={editing.field === 'weight' ? 'decimal' : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => end(text)}
      />
      {editing.error ? (
        <span className="mind-error" role="alert">
          ⚠ {editing.error}
        </span>
      ) : null}
    </span>
  );
}
