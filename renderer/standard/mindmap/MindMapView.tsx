import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Controls, ReactFlow, type Edge, type ReactFlowInstance } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { layoutMindMap } from '../../../shared/charts/mindmap-layout.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useStandardState } from '../../workshop/workshop-hooks.ts';
import { mindKey, outline, type MindAction, type Topic } from './mind-outline.ts';
import { MindNode, type MindFlowNode } from './MindNode.tsx';
import { useMindEdit } from './use-mind-edit.ts';
import './mindmap.css';

const nodeTypes = { mind: MindNode };

/**
 * The chosen post (or every post) as a left-to-right mind map: post → five dimensions → indicators, with weights.
 * A place to work, by keyboard as in XMind (Tab child, Enter sibling, F2 rename, a digit for the weight, Del remove,
 * Space or ←/→ to fold) and by mouse (click selects, double click renames, the buttons above the map).
 */
export function MindMapView({ postId }: { postId: string }) {
  const { t, lang } = useUi();
  const state = useStandardState();
  const [all, setAll] = useState(false);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [selectedId, setSelectedId] = useState<string>(postId);
  const toggleId = useId();
  const helpId = useId();
  const canvasRef = useRef<HTMLDivElement>(null);
  const flow = useRef<ReactFlowInstance<MindFlowNode> | null>(null);
  const map = useMemo(() => layoutMindMap(state, all ? null : postId, lang, { collapsed }), [state, all, postId, lang, collapsed]);
  const topics = useMemo(
    () => (all ? state.posts.flatMap((p) => outline(state, p.id, collapsed)) : outline(state, postId, collapsed)),
    [state, all, postId, collapsed],
  );
  const selected = topics.find((x) => x.id === selectedId) ?? topics[0];
  const { editing, run, finish, startEdit } = useMindEdit(state, topics);

  const fold = (id: string, folded: boolean): void =>
    setCollapsed((now) => {
      const next = new Set(now);
      if (folded) next.add(id);
      else next.delete(id);
      return next;
    });

  /** Keeps the topic the keyboard moved to on screen, at a size the back row can read. */
  const follow = (id: string): void => {
    const node = flow.current?.getNode(id);
    if (!node || !flow.current) return;
    const zoom = Math.max(flow.current.getZoom(), 1);
    flow.current.setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, { zoom, duration: 150 });
  };

  const act = (action: MindAction, topic: Topic | undefined = selected): void => {
    if (!topic) return;
    if (action.kind === 'select') {
      setSelectedId(action.id);
      follow(action.id);
    }
    else if (action.kind === 'fold') fold(action.id, action.fold);
    else {
      const next = run(action, topic);
      if (next) setSelectedId(next);
    }
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    // Esc cancels an edit even when its field has lost the focus (a click on the canvas).
    if (editing && e.key === 'Escape') onEditEnd(null);
    if (editing || !selected || e.ctrlKey || e.metaKey || e.altKey || e.nativeEvent.isComposing) return;
    const action = mindKey(e.key, topics, selected.id, collapsed);
    if (action.kind === 'none') return;
    e.preventDefault();
    act(action);
  };

  const onSelect = useCallback((id: string, edit: boolean) => {
    setSelectedId(id);
    canvasRef.current?.focus({ preventScroll: true });
    if (edit) {
      const topic = topicsRef.current.find((x) => x.id === id);
      if (topic) startEditRef.current(topic, 'name');
    }
  }, []);
  const topicsRef = useRef(topics);
  topicsRef.current = topics;
  const startEditRef = useRef(startEdit);
  startEditRef.current = startEdit;
  const onEditEnd = (text: string | null): boolean => {
    const topic = topics.find((x) => x.id === editing?.id);
    if (!topic) return true;
    if (!finish(topic, text)) return false;
    setSelectedId(topic.id);
    canvasRef.current?.focus({ preventScroll: true });
    return true;
  };

  const nodes = useMemo<MindFlowNode[]>(
    () =>
      map.nodes.map((n) => ({
        id: n.id,
        type: 'mind',
        position: { x: n.x, y: n.y },
        width: n.width,
        height: n.height,
        data: {
          kind: n.kind,
          label: n.label,
          weightLabel: n.weightLabel,
          warn: n.warn,
          warnText: t('mindmap.warn'),
          folded: n.folded,
          foldedText: t('mindmap.folded', { count: n.folded }),
          selected: n.id === selected?.id,
          editing:
            editing?.id === n.id
              ? { ...editing, label: t(editing.field === 'name' ? 'mindmap.renameLabel' : 'mindmap.weightLabel', { name: n.label }) }
              : null,
          onEditEnd,
        },
        draggable: false,
        connectable: false,
        selectable: false,
        focusable: false,
      })),
    // onEditEnd reads the current edit; the nodes are rebuilt whenever it changes.
    [map, t, selected?.id, editing],
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
        <MindToolbar selected={selected} collapsed={collapsed} act={act} />
      </div>
      <p id={helpId} className="field-hint mindmap-help">
        {t('mindmap.keysHelp')}
      </p>
      <div
        ref={canvasRef}
        className="mindmap-canvas"
        role="region"
        aria-label={t('mindmap.label')}
        aria-describedby={helpId}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <p className="sr-only" aria-live="polite">
          {selected ? t('mindmap.selectedTopic', { name: map.nodes.find((n) => n.id === selected.id)?.label ?? '' }) : null}
        </p>
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
            // A click selects a topic, a double click renames it (the nodes take clicks only through these).
            onNodeClick={(e, n) => onSelect(n.id, e.detail > 1)}
            onInit={(instance) => {
              flow.current = instance;
            }}
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

/** The same actions as the keys, as buttons for the mouse; each names what it does to the selected topic. */
function MindToolbar({ selected, collapsed, act }: { selected: Topic | undefined; collapsed: ReadonlySet<string>; act(a: MindAction): void }) {
  const { t } = useUi();
  if (!selected) return null;
  const button = (label: string, action: MindAction, enabled = true) => (
    <button type="button" className="btn btn-small" disabled={!enabled} onClick={() => act(action)}>
      {label}
    </button>
  );
  return (
    <div className="mindmap-actions" role="toolbar" aria-label={t('mindmap.toolbar')}>
      {button(t('mindmap.addChild'), { kind: 'addChild' }, selected.kind !== 'post')}
      {button(t('mindmap.addSibling'), { kind: 'addSibling' }, selected.kind === 'indicator')}
      {button(t('mindmap.rename'), { kind: 'rename' }, selected.kind !== 'dimension')}
      {button(t('mindmap.setWeight'), { kind: 'weight', seed: '' }, selected.kind !== 'post')}
      {button(t('mindmap.remove'), { kind: 'remove' }, selected.kind === 'indicator')}
      {selected.kind === 'dimension'
        ? button(collapsed.has(selected.id) ? t('mindmap.unfold') : t('mindmap.fold'), { kind: 'fold', id: selected.id, fold: !collapsed.has(selected.id) })
        : null}
    </div>
  );
}
