import { connect } from 'node:net';
import { WebSocket } from 'ws';
import { SyncClient, type SocketLike } from '../../../renderer/sync/client.ts';
import type { OutboxStore } from '../../../renderer/sync/outbox-store.ts';
import { HTTP } from '../../../shared/protocol/http.ts';
import type { HostMessage } from '../../../shared/protocol/messages.ts';
import type { Reason } from '../../../shared/protocol/reasons.ts';
import { wsUrl } from './fixtures.ts';

/** The real sync client plus what the host told it about each op, heard on the wire. */
export interface WireClient {
  client: SyncClient;
  /** Every ack, in arrival order (a resend after a lost ack is acknowledged again, as a duplicate). */
  acks: { opId: string; seq: number; duplicate: boolean }[];
  rejects: { opId?: string; reason: Reason }[];
}

export interface WireOptions {
  origin: string;
  /** Connect through this port (a ChaosProxy) instead of the host's own; the URL and Host header stay the host's. */
  viaPort?: number;
  token: string | (() => string);
  name?: string;
  outbox?: OutboxStore;
}

/** A SyncClient over `ws`, optionally through a proxy, recording the host's answers; not connected yet. */
export function wireClient(options: WireOptions): WireClient {
  const acks: WireClient['acks'] = [];
  const rejects: WireClient['rejects'] = [];
  const token = typeof options.token === 'string' ? () => options.token as string : options.token;
  const client = new SyncClient({
    url: wsUrl(options.origin),
    token,
    name: options.name ?? 'peer',
    outbox: options.outbox,
    createSocket: (url, protocols) => {
      const ws = new WebSocket(
        url,
        protocols,
        options.viaPort ? { createConnection: () => connect(options.viaPort!, '127.0.0.1') } : {},
      );
      ws.on('error', () => undefined);
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as HostMessage;
        if (message.type === 'ack') acks.push({ opId: message.opId, seq: message.seq, duplicate: message.duplicate });
        if (message.type === 'reject') rejects.push({ opId: message.opId, reason: message.reason });
      });
      return ws as unknown as SocketLike;
    },
    checkSession: async () => {
      const res = await fetch(options.origin + HTTP.session, { headers: { authorization: `Bearer ${token()}` } }).catch(() => null);
      if (!res) return 'unreachable';
      return res.status === 401 ? 'unauthorized' : 'ok';
    },
  });
  return { client, acks, rejects };
}
