import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { defaultClassroom, type Classroom, type ClassroomFields, type Participant } from '../../shared/deliverables/classroom/schemas.ts';
import type { ClassroomState } from '../../shared/protocol/classroom.ts';
import type { Reason } from '../../shared/protocol/reasons.ts';
import { useDocSelector, useSubmit } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { closeClassroom, fetchClassroom, openClassroom, type ClassroomAnswer } from './classroom-api.ts';

/** Everyone who joined this workshop, in the order they joined. */
export function useParticipants(): Participant[] {
  const workshopId = useWorkshopId();
  return (
    useDocSelector(workshopId, (doc) =>
      Object.values(doc.participants).sort((a, b) => a.joinedAt.localeCompare(b.joinedAt) || a.id.localeCompare(b.id)),
    ) ?? []
  );
}

/** How the trainer runs this workshop's room (lock, shared and projected teams). */
export function useRoomSettings(): Classroom {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => doc.classrooms[workshopId] ?? null) ?? defaultClassroom(workshopId);
}

/** Changes some of the room's settings (classroom.update). */
export function useUpdateRoom(): (patch: Partial<z.infer<typeof ClassroomFields>>) => void {
  const workshopId = useWorkshopId();
  const submit = useSubmit();
  return useCallback((patch) => void submit({ type: 'classroom.update', payload: { workshopId, patch } }), [submit, workshopId]);
}

export interface RoomListener {
  /** null until the host has answered once. */
  state: ClassroomState | null;
  busy: boolean;
  /** The last refusal; `null` inside means the host could not be reached or answered something unreadable. */
  failure: { reason: Reason | null } | null;
  open(address: string): void;
  close(): void;
  refresh(): void;
}

/** The classroom listener on the host: its addresses, and whether (and where) it is open. */
export function useRoomListener(): RoomListener {
  const workshopId = useWorkshopId();
  const [state, setState] = useState<ClassroomState | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<RoomListener['failure']>(null);

  const settle = useCallback((answer: ClassroomAnswer) => {
    setBusy(false);
    if (answer.ok) {
      setState(answer.state);
      setFailure(null);
    } else setFailure({ reason: answer.reason });
  }, []);
  const run = useCallback(
    (call: () => Promise<ClassroomAnswer>) => {
      setBusy(true);
      void call().then(settle);
    },
    [settle],
  );

  // Read again whenever the window comes back to the front: another window may have opened or closed the room.
  useEffect(() => {
    let live = true;
    const read = () => void fetchClassroom().then((answer) => live && settle(answer));
    read();
    window.addEventListener('focus', read);
    return () => {
      live = false;
      window.removeEventListener('focus', read);
    };
  }, [settle]);

  return {
    state,
    busy,
    failure,
    open: (address) => run(() => openClassroom({ workshopId, address })),
    close: () => run(() => closeClassroom(workshopId)),
    refresh: () => run(fetchClassroom),
  };
}
