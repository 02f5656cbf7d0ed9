import { useCallback, useRef, useState } from 'react';
import { inverseOps } from '../../shared/deliverables/journey/inverse.ts';
import type { WorkshopDoc } from '../../shared/core/doc.ts';
import type { SubOp } from '../../shared/protocol/ops.ts';
import { useClient } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';

/** Bounded, so a long session does not keep every keystroke's inverse. */
const DEPTH = 100;

/** The inverse of `ops` (undone last first), each computed from the doc before the edit. */
function inverseOf(doc: WorkshopDoc | null, ops: SubOp[]): SubOp[] | null {
  if (!doc) return null;
  const parts = ops.map((op) => inverseOps(doc, op));
  return parts.some((p) => p === null) ? null : parts.reverse().flat() as SubOp[];
}

/**
 * Sends this user's edits and remembers how to undo them: the inverse is computed from the host-confirmed doc as it
 * stood before the edit (with this page's own pending edits on top, which the user saw), so undo restores what the
 * user saw. Only this page's own edits are undone; others' later changes to other fields stay.
 */
export function useUndoableSubmit() {
  const client = useClient();
  const workshopId = useWorkshopId();
  const undo = useRef<SubOp[][]>([]);
  const redo = useRef<SubOp[][]>([]);
  const [, setDepth] = useState(0);

  const send = useCallback(
    (ops: SubOp[]): SubOp[] | null => {
      if (!ops.length) return null;
      const inverse = inverseOf(client.docView(workshopId), ops);
      client.submit(ops.length === 1 ? ops[0] : { type: 'batch', payload: { workshopId, ops } });
      return inverse;
    },
    [client, workshopId],
  );

  const edit = useCallback(
    (...ops: SubOp[]) => {
      const inverse = send(ops);
      if (inverse) undo.current = [...undo.current.slice(-DEPTH + 1), inverse];
      redo.current = [];
      setDepth((n) => n + 1);
    },
    [send],
  );

  const step = useCallback(
    (from: typeof undo, to: typeof undo) => {
      const ops = from.current.at(-1);
      if (!ops) return;
      from.current = from.current.slice(0, -1);
      const inverse = send(ops);
      if (inverse) to.current = [...to.current, inverse];
      setDepth((n) => n + 1);
    },
    [send],
  );

  return {
    edit,
    undo: useCallback(() => step(undo, redo), [step]),
    redo: useCallback(() => step(redo, undo), [step]),
    canUndo: undo.current.length > 0,
    canRedo: redo.current.length > 0,
  };
}
