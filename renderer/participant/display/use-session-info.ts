import { useCallback, useEffect, useState } from 'react';
import { SessionInfo } from '../../../shared/protocol/classroom.ts';
import { HTTP } from '../../../shared/protocol/http.ts';
import { apiFetch, forgetSessionToken, sessionToken } from '../../sync/session.ts';

export type InfoState =
  | { kind: 'loading' }
  /** No credential on this device: the link was opened without its token. */
  | { kind: 'noLink' }
  /** The host refused the credential: revoked, or for a classroom that is no longer open for its workshop. */
  | { kind: 'refused' }
  /** Nobody answered: the classroom is closed (its listener is gone) or the network is down. */
  | { kind: 'unreachable' }
  | { kind: 'ok'; workshopId: string; joinCode: string | null };

/** How often a display that cannot reach the host tries again: it runs unattended. */
const RETRY_MS = 5000;

/** Who this display is (its workshop, the code on the projector), read again on `refresh` and until it is known. */
export function useSessionInfo(): { state: InfoState; refresh(): void } {
  const [state, setState] = useState<InfoState>(() => (sessionToken() ? { kind: 'loading' } : { kind: 'noLink' }));
  const refresh = useCallback(() => {
    if (!sessionToken()) return setState({ kind: 'noLink' });
    void apiFetch(HTTP.session)
      .then(async (res) => {
        if (res.status === 401) {
          // A dead credential is not offered again at the next reload.
          forgetSessionToken();
          return setState({ kind: 'refused' });
        }
        const info = SessionInfo.safeParse(await res.json().catch(() => null));
        const workshopId = res.ok && info.success ? info.data.workshopId : null;
        setState(workshopId ? { kind: 'ok', workshopId, joinCode: info.data?.joinCode ?? null } : { kind: 'unreachable' });
      })
      .catch(() => setState({ kind: 'unreachable' }));
  }, []);
  useEffect(refresh, [refresh]);
  useEffect(() => {
    if (state.kind !== 'unreachable') return;
    const timer = setTimeout(refresh, RETRY_MS);
    return () => clearTimeout(timer);
  }, [state, refresh]);
  return { state, refresh };
}
