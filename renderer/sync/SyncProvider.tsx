import { createContext, useEffect, useState, type ReactNode } from 'react';
import { HTTP } from '../../shared/protocol/http.ts';
import { SyncClient, type SocketLike } from './client.ts';
import { apiFetch, readToken, socketUrl, storedName } from './session.ts';

export const SyncContext = createContext<SyncClient | null>(null);

async function checkSession(): Promise<'unauthorized' | 'unreachable' | 'ok'> {
  try {
    const res = await apiFetch(HTTP.session);
    return res.status === 401 ? 'unauthorized' : 'ok';
  } catch {
    return 'unreachable';
  }
}

/** One connection to the host per page, shared by every screen through the hooks in hooks.ts. */
export function SyncProvider({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new SyncClient({
        url: socketUrl(),
        token: readToken() ?? '',
        name: storedName(),
        // The DOM's handler types carry `this` and Event subclasses; the shape the client uses is the same.
        createSocket: (url, protocols) => new WebSocket(url, protocols) as unknown as SocketLike,
        checkSession,
      }),
  );
  useEffect(() => {
    client.connect();
    return () => client.close();
  }, [client]);
  return <SyncContext.Provider value={client}>{children}</SyncContext.Provider>;
}
