import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { LIMITS } from '../../shared/domain/limits.ts';
import { HTTP, TOKEN_FRAGMENT } from '../../shared/protocol/http.ts';
import { APP_SUBPROTOCOL, bearerOf, newToken, requestAllowed, tokenFromProtocols, tokenMatches } from './server/auth.ts';
import { handleConnection } from './server/connection.ts';
import { contentSecurityPolicy } from './server/csp.ts';
import { Hub } from './server/hub.ts';
import { handleApi } from './server/routes.ts';
import { serveStatic } from './server/static-files.ts';
import { openLibrary, type Db } from './store/database.ts';

export interface HostOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** 127.0.0.1 unless the trainer opens the classroom to the network. */
  hostname?: string;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  appVersion: string;
  /** Started with `--demo`: the newcomer asked for the sample workshop. */
  demo?: boolean;
}

export interface RunningHost {
  /** The trainer's link: opens the app with the token in the fragment. */
  url: string;
  origin: string;
  token: string;
  port: number;
  db: Db;
  close(): Promise<void>;
}

const HEARTBEAT_MS = 30_000;

/** Starts the store, the HTTP server and the WebSocket endpoint: the whole back end, with or without Electron. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const db = openLibrary(options.dataDir);
  const hostname = options.hostname ?? '127.0.0.1';
  const token = newToken();
  const hub = new Hub();
  const role = 'trainer' as const;
  const allowedHosts = new Set<string>();
  const ctx = { db, hub, role, appVersion: options.appVersion };

  const securityHeaders = (host: string): Record<string, string> => ({
    'content-security-policy': contentSecurityPolicy(host),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  });

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    try {
      route(req, res);
    } catch (error) {
      // One bad request must never take the classroom's host down.
      console.error('request failed', req.url, error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });

  const route = (req: IncomingMessage, res: ServerResponse): void => {
    const host = req.headers.host ?? '';
    if (!requestAllowed(host, req.headers.origin, allowedHosts)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Forbidden host or origin');
      return;
    }
    let path: string;
    try {
      path = new URL(req.url ?? '/', 'http://host').pathname;
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path.startsWith('/api/')) {
      if (!tokenMatches(token, bearerOf(req.headers.authorization))) {
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ reason: { code: 'unauthorized' } }));
        return;
      }
      handleApi(req, res, path, ctx).catch((error: unknown) => {
        console.error('request failed', path, error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ reason: { code: 'internal' } }));
      });
      return;
    }
    serveStatic(options.staticDir, path, res, securityHeaders(host));
  };

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: LIMITS.frameBytes,
    handleProtocols: (protocols) => (protocols.has(APP_SUBPROTOCOL) ? APP_SUBPROTOCOL : false),
  });
  server.on('upgrade', (req, socket, head) => {
    const path = (req.url ?? '').split('?')[0];
    const refuse = (status: number) => {
      socket.end(`HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : 'Forbidden'}\r\nConnection: close\r\n\r\n`);
    };
    if (path !== HTTP.socket || !requestAllowed(req.headers.host, req.headers.origin, allowedHosts)) return refuse(403);
    if (!tokenMatches(token, tokenFromProtocols(req.headers['sec-websocket-protocol']))) return refuse(401);
    wss.handleUpgrade(req, socket, head, (ws) => handleConnection(ws, ctx));
  });

  // Dead classroom laptops (lid closed, Wi-Fi gone) never send a close; the ping finds them.
  const alive = new WeakSet<object>();
  wss.on('connection', (ws) => {
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
  });
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) ws.terminate();
      else {
        alive.delete(ws);
        ws.ping();
      }
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, hostname, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  for (const name of [hostname, '127.0.0.1', 'localhost']) allowedHosts.add(`${name}:${port}`);
  const origin = `http://${hostname}:${port}`;

  return {
    url: `${origin}/#${TOKEN_FRAGMENT}=${token}`,
    origin,
    token,
    port,
    db,
    close: async () => {
      clearInterval(heartbeat);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      db.close();
    },
  };
}
