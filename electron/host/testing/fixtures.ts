import { join } from 'node:path';
import { WebSocket, type ClientOptions } from 'ws';
import { HTTP } from '../../../shared/protocol/http.ts';
import type { HostMessage } from '../../../shared/protocol/messages.ts';
import { SyncClient, type SocketLike } from '../../../renderer/sync/client.ts';
import { startHost, type RunningHost } from '../host.ts';
import type { SocketLimits } from '../server/socket-limits.ts';

export { tempDir } from './temp-dir.ts';

export const startTestHost = (dataDir: string, limits?: Partial<SocketLimits>): Promise<RunningHost> =>
  startHost({ dataDir, port: 0, staticDir: join(dataDir, 'no-ui'), appVersion: 'test', limits });

export const wsUrl = (origin: string): string => origin.replace('http', 'ws') + HTTP.socket;

/** Trades a trainer's launch code (the link's fragment) for a session token, as the page does. */
export async function claimSession(origin: string, launchCode: string): Promise<string> {
  const res = await fetch(origin + HTTP.session, { method: 'POST', headers: { authorization: `Bearer ${launchCode}` } });
  if (!res.ok) throw new Error(`claim refused: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/** The real sync client of the renderer, over the `ws` package instead of a browser. */
export function testClient(origin: string, token: string, name = 'test'): SyncClient {
  const client = new SyncClient({
    url: wsUrl(origin),
    token: () => token,
    name,
    createSocket: (url, protocols) => new WebSocket(url, protocols) as unknown as SocketLike,
    checkSession: async () => {
      const res = await fetch(origin + HTTP.session, { headers: { authorization: `Bearer ${token}` } }).catch(() => null);
      if (!res) return 'unreachable';
      return res.status === 401 ? 'unauthorized' : 'ok';
    },
  });
  client.connect();
  return client;
}

/** Resolves when `check` holds (checked on every change of the client and every 20 ms), or rejects after `ms`. */
export function until(client: SyncClient, check: () => boolean, ms = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      clearTimeout(timer);
      clearInterval(poll);
      stop();
      if (error) reject(error);
      else resolve();
    };
    const test = () => check() && finish();
    const timer = setTimeout(() => finish(new Error('condition not reached in time')), ms);
    const poll = setInterval(test, 20);
    const stop = client.subscribe(test);
    test();
  });
}

/** A raw protocol speaker for bad-input tests: sends exactly what it is told and records every reply. */
export class RawClient {
  readonly messages: HostMessage[] = [];
  closeCode: number | null = null;
  private waiters: (() => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.messages.push(JSON.parse(String(data)) as HostMessage);
      this.waiters.splice(0).forEach((w) => w());
    });
    socket.on('close', (code) => {
      this.closeCode = code;
      this.waiters.splice(0).forEach((w) => w());
    });
  }

  static async open(origin: string, token: string, headers: Record<string, string> = {}, options: ClientOptions = {}): Promise<RawClient> {
    const socket = new WebSocket(wsUrl(origin), ['satisfy', `auth.${token}`], { ...options, headers });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new RawClient(socket);
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** Waits for the next message matching `match` (among those not yet taken). */
  async next<T extends HostMessage['type']>(type: T, ms = 5000): Promise<Extract<HostMessage, { type: T }>> {
    const deadline = Date.now() + ms;
    for (;;) {
      const index = this.messages.findIndex((m) => m.type === type);
      if (index >= 0) return this.messages.splice(index, 1)[0] as Extract<HostMessage, { type: T }>;
      if (this.closeCode !== null) throw new Error(`socket closed (${this.closeCode}) before ${type}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${type} message in time`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async closed(ms = 5000): Promise<number> {
    const deadline = Date.now() + ms;
    while (this.closeCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    if (this.closeCode === null) throw new Error('socket still open');
    return this.closeCode;
  }

  close(): void {
    this.socket.close();
  }
}
