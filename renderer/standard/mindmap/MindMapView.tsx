import { useId, useMemo, useState } from 'react';
import { Controls, ReactFlow, type Edge } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { layoutMindMap } from '../../../shared/charts/mindmap-layout.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useStandardState } from '../../workshop/workshop-hooks.ts';
import { MindNode, type MindFlowNode } from './MindNode.tsx';
import './mindmap.css';

const nodeTypes = { mind: MindNode };

/**
 * The chosen post (or every post) as a left-to-right mind map: post → five dimensions → indicators, with weights.
 * Read-only: it pans and zooms, but edits stay in the table.
 */
export function MindMapView({ postId }: { postId: string }) {
  const { t, lang } = useUi();
  const state = useStandardState();
  const [all, setAll] = useState(false);
  const toggleId = useId();
  const map = useMemo(() => layoutMindMap(state, all ? null : postId, lang), [state, all, postId, lang]);

  const nodes = useMemo<MindFlowNode[]>(
    () =>
      map.nodes.map((n) => ({
        id: n.id,
        type: 'mind',
        position: { x: n.x, y: n.y },
        width: n.width,
        height: n.height,
        data: { kind: n.kind, label: n.label, weightLabel: n.weightLabel, warn: n.warn, warnText: t('mindmap.warn') },
        draggable: false,
        connectable: false,
        selectable: false,
        focusable: false,
      })),
    [map, t],
  );
  const edges = useMemo<Edge[]>(
    () =>
      map.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        type: 'smoothstep',
        focusable: false,
        // Lines only repeat the nesting the boxes' text already gives; screen readers skip them.
        ariaRole: 'presentation',
        domAttributes: { 'aria-hidden': true },
      })),
    [map],
  );

  return (
    <div className="mindmap">
      <div className="mindmap-tools">
        <div className="check">
          <input id={toggleId} type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
          <label htmlFor={toggleId}>{t('mindmap.allPosts')}</label>
        </div>
        <p className="field-hint">{t('mindmap.readOnlyHint')}</p>
      </div>
      <div className="mindmap-canvas" role="region" aria-label={t('mindmap.label')}>
        {nodes.length === 0 ? (
          <p className="placeholder">{t('mindmap.empty')}</p>
        ) : (
          <ReactFlow
            // A new scope (one post / all posts) starts fitted to the window; live edits keep the current view.
            key={all ? 'all' : postId}
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            fitView
            // A tall tree is not shrunk past legibility on the wall; the rest is a drag away.
            fitViewOptions={{ padding: 0.06, minZoom: 0.6, maxZoom: 1.2 }}
            minZoom={0.1}
            maxZoom={2.5}
            nodesDraggable={false}
            nodesConnectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            elementsSelectable={false}
            zoomOnDoubleClick={false}
            ariaLabelConfig={{
              'controls.ariaLabel': t('mindmap.controls'),
              'controls.zoomIn.ariaLabel': t('mindmap.zoomIn'),
              'controls.zoomOut.ariaLabel': t('mindmap.zoomOut'),
              'controls.fitView.ariaLabel': t('mindmap.fitView'),
              'controls.interactive.ariaLabel': t('mindmap.interactive'),
            }}
          >
            <Controls showInteractive={false} position="top-right" className="mind-controls" />
          </ReactFlow>
        )}
      </div>
    </div>
  );
}
