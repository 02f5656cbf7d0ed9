import { createContext, useEffect, useState, type ReactNode } from 'react';
import { HTTP } from '../../shared/protocol/http.ts';
import { SyncClient, type SocketLike } from './client.ts';
import { indexedDbOutbox } from './outbox-idb.ts';
import { apiFetch, sessionToken, socketUrl, startSession, storedName } from './session.ts';

export const SyncContext = createContext<SyncClient | null>(null);

async function checkSession(): Promise<'unauthorized' | 'unreachable' | 'ok'> {
  try {
    const res = await apiFetch(HTTP.session);
    return res.status === 401 ? 'unauthorized' : 'ok';
  } catch {
    return 'unreachable';
  }
}

/**
 * One connection to the host per page, shared by every screen through the hooks in hooks.ts. `outbox` names where
 * unsent edits wait: a participant's must never be resent by a trainer's page on the same origin, nor the reverse.
 */
export function SyncProvider({ children, outbox }: { children: ReactNode; outbox?: string }) {
  const [client] = useState(
    () =>
      new SyncClient({
        url: socketUrl(),
        token: sessionToken,
        name: storedName(),
        // The DOM's handler types carry `this` and Event subclasses; the shape the client uses is the same.
        createSocket: (url, protocols) => new WebSocket(url, protocols) as unknown as SocketLike,
        checkSession,
        outbox: indexedDbOutbox(outbox),
      }),
  );
  useEffect(() => {
    let live = true;
    void Promise.all([startSession(), client.restore()]).then(() => {
      if (live) client.connect();
    });
    return () => {
      live = false;
      client.close();
    };
  }, [client]);
  useEffect(() => {
    // A phone shown again after sleeping, or back on the network, checks its socket at once instead of in a while.
    const wake = () => {
      if (document.visibilityState === 'visible') client.checkAlive();
    };
    document.addEventListener('visibilitychange', wake);
    window.addEventListener('online', wake);
    return () => {
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('online', wake);
    };
  }, [client]);
  return <SyncContext.Provider value={client}>{children}</SyncContext.Provider>;
}
