import { useCallback, useContext, useEffect, useSyncExternalStore } from 'react';
import type { LibraryState, WorkshopState } from '../../shared/domain/state.ts';
import type { Peer, Role } from '../../shared/protocol/messages.ts';
import type { OpInput } from '../../shared/protocol/ops.ts';
import type { Reason } from '../../shared/protocol/reasons.ts';
import type { FieldRef } from '../../shared/rules/touched-fields.ts';
import type { Notice, Status, SyncClient } from './client.ts';
import { storeName } from './session.ts';
import { SyncContext } from './SyncProvider.tsx';

export type { Notice } from './client.ts';

function useClient(): SyncClient {
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

export function useWorkshop(workshopId: string): { state: WorkshopState | null; gone: boolean } {
  const client = useClient();
  useEffect(() => client.watchWorkshop(workshopId), [client, workshopId]);
  const state = useSyncExternalStore(client.subscribe, () => client.workshopView(workshopId).state);
  const gone = useSyncExternalStore(client.subscribe, () => client.workshopView(workshopId).gone);
  return { state, gone };
}

export function useSubmit(): (op: OpInput) => string {
  const client = useClient();
  return useCallback((op: OpInput) => client.submit(op), [client]);
}

export function useNotices(): { notices: readonly Notice[]; dismiss(id: string): void } {
  const client = useClient();
  const notices = useSyncExternalStore(client.subscribe, () => client.notices);
  return { notices, dismiss: useCallback((id: string) => client.dismiss(id), [client]) };
}

export function usePresence(workshopId: string): Peer[] {
  const client = useClient();
  return useSyncExternalStore(client.subscribe, () => client.peers(workshopId));
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
export function useReportEditing(): (editing: FieldRef | null) => void {
  const client = useClient();
  return useCallback((editing: FieldRef | null) => client.reportEditing(editing), [client]);
}
