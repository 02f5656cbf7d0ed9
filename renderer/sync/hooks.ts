import { useCallback, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { CollectionName, EntityOf, WorkshopDoc } from '../../shared/core/doc.ts';
import type { FieldRef } from '../../shared/core/fields.ts';
import type { LibraryState } from '../../shared/domain/state.ts';
import type { ByeReason, Peer } from '../../shared/protocol/messages.ts';
import type { OpInput } from '../../shared/protocol/ops.ts';
import type { Reason } from '../../shared/protocol/reasons.ts';
import type { Role } from '../../shared/protocol/session.ts';
import type { Notice, Status, SyncClient } from './client.ts';
import { storeName } from './session.ts';
import { SyncContext } from './SyncProvider.tsx';

export type { Notice } from './client.ts';

export function useClient(): SyncClient {
  const client = useContext(SyncContext);
  if (!client) throw new Error('SyncProvider is missing above this component');
  return client;
}

export function useConnection(): { status: Status; reason?: Reason; pending: number; role: Role | null } {
  const client = useClient();
  const status = useSyncExternalStore(client.subscribe, () => client.status);
  const reason = useSyncExternalStore(client.subscribe, () => client.reason);
  const pending = useSyncExternalStore(client.subscribe, () => client.pending);
  const role = useSyncExternalStore(client.subscribe, () => client.role);
  return { status, reason, pending, role };
}

export function useLibrary(): LibraryState | null {
  const client = useClient();
  useEffect(() => client.watchLibrary(), [client]);
  return useSyncExternalStore(client.subscribe, () => client.libraryView());
}

/** Subscribes to a workshop while mounted; returns whether it has arrived and whether it was deleted. */
export function useWatchWorkshop(workshopId: string): { ready: boolean; gone: boolean } {
  const client = useClient();
  useEffect(() => client.watchWorkshop(workshopId), [client, workshopId]);
  const ready = useSyncExternalStore(client.subscribe, () => client.docView(workshopId) !== null);
  const gone = useSyncExternalStore(client.subscribe, () => client.isGone(workshopId));
  return { ready, gone };
}

const shallowEqual = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  return false;
};

/**
 * Reads a slice of a workshop. The component re-renders only when the slice changes (by identity, or element by
 * element for arrays), so an edit elsewhere in the workshop leaves it alone. `select` must not depend on anything
 * but the doc and what is listed in `deps`.
 */
export function useDocSelector<T>(workshopId: string, select: (doc: WorkshopDoc) => T, deps: readonly unknown[] = []): T | null {
  const client = useClient();
  const last = useRef<{ doc: WorkshopDoc; deps: readonly unknown[]; value: T } | null>(null);
  const read = (): T | null => {
    const doc = client.docView(workshopId);
    if (!doc) return null;
    const prev = last.current;
    if (prev && prev.doc === doc && shallowEqual(prev.deps, deps)) return prev.value;
    const value = select(doc);
    const kept = prev && shallowEqual(prev.value, value) ? prev.value : value;
    last.current = { doc, deps, value: kept };
    return kept;
  };
  return useSyncExternalStore(client.subscribe, read);
}

/** One entity of a workshop, by id; re-renders only when that entity changes. */
export function useEntity<C extends CollectionName>(workshopId: string, collection: C, id: string): EntityOf<C> | null {
  return useDocSelector(workshopId, (doc) => (doc[collection] as Record<string, EntityOf<C>>)[id] ?? null, [collection, id]) ?? null;
}

export function useSubmit(): (op: OpInput) => string | null {
  const client = useClient();
  return useCallback((op: OpInput) => client.submit(op), [client]);
}

export function useNotices(): { notices: readonly Notice[]; dismiss(id: string): void } {
  const client = useClient();
  const notices = useSyncExternalStore(client.subscribe, () => client.notices);
  return { notices, dismiss: useCallback((id: string) => client.dismiss(id), [client]) };
}

/** The others in a workshop; from the presence store, so it re-renders presence only. */
export function usePresence(workshopId: string): Peer[] {
  const client = useClient();
  return useSyncExternalStore(client.presence.subscribe, () => client.presence.peersOf(workshopId));
}

/** The name the others see, and a setter that announces a new one at once and remembers it. */
export function useDisplayName(): { name: string; setName(name: string): void } {
  const client = useClient();
  const name = useSyncExternalStore(client.subscribe, () => client.name);
  const setName = useCallback(
    (next: string) => {
      storeName(next);
      client.setName(next);
    },
    [client],
  );
  return { name, setName };
}

/** Call with the field on focus and null on blur, so presence shows it and overwrites can be reported. */
export function useReportEditing(workshopId: string | null): (editing: FieldRef | null) => void {
  const client = useClient();
  return useCallback((editing: FieldRef | null) => workshopId && client.reportEditing(workshopId, editing), [client, workshopId]);
}

/** Why the host ended this page's connection for good (null while it has not), and a way to try again. */
export function useEnded(): { ended: ByeReason | null; retrying: boolean; retry(): void } {
  const client = useClient();
  const ended = useSyncExternalStore(client.subscribe, () => client.ended);
  const retrying = useSyncExternalStore(client.subscribe, () => client.retrying);
  return { ended, retrying, retry: useCallback(() => client.connect(), [client]) };
}

/** Now by the host's clock, re-read every `ms`: a countdown on a device whose own clock is off still agrees with the room. */
export function useHostNow(ms = 250): number {
  const client = useClient();
  const [now, setNow] = useState(() => client.hostNow());
  useEffect(() => {
    const timer = setInterval(() => setNow(client.hostNow()), ms);
    return () => clearInterval(timer);
  }, [client, ms]);
  return now;
}
