import { PROTOCOL_VERSION } from '../../shared/protocol/messages.ts';
import { SyncClient, type SocketLike } from './client.ts';

/**
 * A socket a unit test speaks through as the host. It answers the page's pings by itself unless `silent` (a socket
 * whose network went away without a close); `close()` closes it as the browser would.
 */
export class FakeHostSocket implements SocketLike {
  readyState = 1;
  sent: { type: string; n?: number; op?: { opId: string } }[] = [];
  silent = false;
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  send(data: string): void {
    const message = JSON.parse(data) as FakeHostSocket['sent'][number];
    this.sent.push(message);
    if (message.type === 'ping' && !this.silent) this.hostSays({ type: 'pong', n: message.n });
  }
  close(): void {
    this.readyState = 3;
    this.onclose?.({ code: 1000 });
  }
  hostSays(message: object): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

export const welcome = (hostTime: number) => ({ type: 'welcome', protocol: PROTOCOL_VERSION, role: 'member', workshopId: 'w'.repeat(10), teamId: null, appVersion: 't', hostTime });

/** A client connected through fake sockets (every socket it opens is kept, in order), the first one open. */
export function connectedClient() {
  const sockets: FakeHostSocket[] = [];
  const client = new SyncClient({
    url: 'ws://host/ws',
    token: () => 'token',
    createSocket: () => {
      const socket = new FakeHostSocket();
      sockets.push(socket);
      return socket;
    },
    checkSession: async () => 'ok',
    holdRetryMs: 10,
  });
  client.connect();
  sockets[0]!.onopen?.({});
  return { client, sockets };
}
