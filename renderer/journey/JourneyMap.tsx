import {
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Connection,
  type Edge,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { dropTarget, emotionLabel, JOURNEY_BOX, layoutJourney } from '../../shared/charts/journey-layout.ts';
import { keyBetween } from '../../shared/core/order.ts';
import type { JourneyView } from '../../shared/deliverables/journey/view.ts';
import { blankCard } from '../../shared/deliverables/journey/schemas.ts';
import { newId } from '../../shared/domain/ids.ts';
import type { SubOp } from '../../shared/protocol/ops.ts';
import { useUi } from '../i18n/useUi.ts';
import { useClient } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { MotNode, type MotFlowNode } from './MotNode.tsx';
import { useRemoteDrags } from './remote-drags.ts';
import { StageNode, type StageFlowNode } from './StageNode.tsx';

const nodeTypes = { mot: MotNode, stage: StageNode };
/** At most this many drag positions a second go to the others (the host relays up to 30/s). */
const DRAG_MS = 50;

interface Props {
  view: JourneyView;
  title: string;
  selectedId: string | null;
  marks: { peak: string | null; end: string | null };
  onEdit(cardId: string): void;
  edit(...ops: SubOp[]): void;
}

/** The place a card dropped among the other cards of a stage, as an order key between its new neighbours. */
function orderAt(view: JourneyView, stageId: string, index: number, dragged: string): string {
  const others = view.stages.find((s) => s.stage.id === stageId)?.cards.filter((c) => c.id !== dragged) ?? [];
  return keyBetween(others[index - 1]?.order ?? null, others[index]?.order ?? null);
}

function JourneyCanvas({ view, title, selectedId, marks, onEdit, edit }: Props) {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const client = useClient();
  const flow = useReactFlow();
  const layout = useMemo(() => layoutJourney(view), [view]);
  const remote = useRemoteDrags();
  const [dragging, setDragging] = useState<{ id: string; x: number; y: number } | null>(null);
  const lastSent = useRef(0);
  const cache = useRef(new Map<string, MotFlowNode>());

  const addCard = useCallback(
    (stageId: string) => {
      const cardId = newId();
      edit({ type: 'card.add', payload: { workshopId, stageId, cardId, fields: blankCard(t('journey.newCard')) } });
      onEdit(cardId);
    },
    [edit, onEdit, t, workshopId],
  );

  const nodes = useMemo(() => {
    const stages: StageFlowNode[] = layout.stages.map((s) => ({
      id: `stage:${s.stage.id}`,
      type: 'stage',
      position: { x: s.x, y: 0 },
      width: s.width,
      height: s.height,
      data: { name: s.stage.name, addLabel: t('journey.addCard'), onAdd: () => addCard(s.stage.id) },
      draggable: false,
      selectable: false,
      deletable: false,
      focusable: false,
      zIndex: 0,
    }));
    const previous = cache.current;
    const cards: MotFlowNode[] = layout.cards.map((box) => {
      const own = dragging?.id === box.card.id ? dragging : null;
      const other = own ? undefined : remote.get(box.card.id);
      const position = own ?? other ?? { x: box.x, y: box.y };
      const mark = box.card.id === marks.peak ? 'peak' : box.card.id === marks.end ? 'end' : null;
      const selected = box.card.id === selectedId;
      const draggedBy = other ? other.name || '…' : null;
      // The same node object when nothing it shows changed, so an edit re-renders one card, not three hundred.
      const old = previous.get(box.card.id);
      if (
        old &&
        old.data.card === box.card &&
        old.position.x === position.x &&
        old.position.y === position.y &&
        old.data.mark === mark &&
        old.data.selected === selected &&
        old.data.draggedBy === draggedBy &&
        old.data.onEdit === onEdit &&
        old.data.t === t
      )
        return old;
      return {
        id: box.card.id,
        type: 'mot',
        position,
        width: box.width,
        height: box.height,
        data: {
          card: box.card,
          label: t('journey.cardLabel', { touchpoint: box.card.touchpoint, emotion: emotionLabel(box.card.emotion) }),
          mark,
          selected,
          draggedBy,
          onEdit,
          t,
        },
        deletable: false,
        focusable: false,
        zIndex: 1,
      };
    });
    cache.current = new Map(cards.map((c) => [c.id, c]));
    return [...stages, ...cards];
  }, [layout, dragging, remote, marks.peak, marks.end, selectedId, onEdit, t, addCard]);

  const edges = useMemo<Edge[]>(
    () => layout.links.map((l) => ({ id: l.id, source: l.from, target: l.to, type: 'smoothstep', markerEnd: { type: 'arrowclosed' as never } })),
    [layout],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      for (const c of changes) {
        if (c.type !== 'position' || !c.position) continue;
        if (c.dragging) {
          setDragging({ id: c.id, ...c.position });
          const now = performance.now();
          if (now - lastSent.current >= DRAG_MS) {
            lastSent.current = now;
            client.sendVolatile(workshopId, { kind: 'drag', entityId: c.id, ...c.position });
          }
        }
      }
    },
    [client, workshopId],
  );

  const onNodeDragStop = useCallback(
    (_: unknown, node: { id: string; position: { x: number; y: number } }) => {
      setDragging(null);
      const target = dropTarget(layout, node.position.x, node.position.y, node.id);
      const card = view.stages.flatMap((s) => s.cards).find((c) => c.id === node.id);
      if (!target || !card) return;
      // Dropped where it was: the cards before it are the same, nothing to send.
      const before = view.stages.find((s) => s.stage.id === card.stageId)!.cards.indexOf(card);
      if (card.stageId === target.stageId && before === target.index) return;
      edit({ type: 'card.move', payload: { workshopId, cardId: card.id, stageId: target.stageId, order: orderAt(view, target.stageId, target.index, card.id) } });
    },
    [edit, layout, view, workshopId],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (!c.source || !c.target || c.source === c.target) return;
      if (layout.links.some((l) => l.from === c.source && l.to === c.target)) return;
      edit({ type: 'link.add', payload: { workshopId, linkId: newId(), from: c.source, to: c.target } });
    },
    [edit, layout, workshopId],
  );

  const onEdgesDelete = useCallback(
    (deleted: Edge[]) => edit(...deleted.map((e): SubOp => ({ type: 'link.remove', payload: { workshopId, linkId: e.id } }))),
    [edit, workshopId],
  );

  const focusStage = (stageId: string) => {
    const s = layout.stages.find((x) => x.stage.id === stageId);
    if (s) void flow.fitBounds({ x: s.x, y: 0, width: s.width, height: Math.min(s.height, 4 * (JOURNEY_BOX.cardHeight + JOURNEY_BOX.gapY) + JOURNEY_BOX.headerHeight) }, { padding: 0.08 });
  };

  return (
    <div className="journey-map">
      <div className="journey-map-tools">
        <button type="button" className="btn" onClick={() => void flow.fitView({ padding: 0.05 })}>
          {t('journey.fit')}
        </button>
        <span className="journey-focus" role="group" aria-label={t('journey.focusStage')}>
          {layout.stages.map((s) => (
            <button key={s.stage.id} type="button" className="btn btn-small" onClick={() => focusStage(s.stage.id)}>
              {s.stage.name}
            </button>
          ))}
        </span>
      </div>
      <div className="journey-canvas" role="region" aria-label={t('journey.mapLabel', { title })}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onEdgesDelete={onEdgesDelete}
          deleteKeyCode={['Delete', 'Backspace']}
          nodesFocusable={false}
          fitView
          fitViewOptions={{ padding: 0.05 }}
          minZoom={0.1}
          maxZoom={2}
          proOptions={{ hideAttribution: true }}
        >
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
    </div>
  );
}

/** The journey map on a canvas: stages as columns, moment cards in them, arrows between cards. */
export function JourneyMap(props: Props) {
  return (
    <ReactFlowProvider>
      <JourneyCanvas {...props} />
    </ReactFlowProvider>
  );
}
