import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { HTTP, TOKEN_FRAGMENT } from '../../shared/protocol/http.ts';
import { seedSample } from './demo.ts';
import { Engine } from './engine/engine.ts';
import { bearerOf, newToken, requestAllowed } from './server/auth.ts';
import { handleConnection } from './server/connection.ts';
import { contentSecurityPolicy } from './server/csp.ts';
import { Hub } from './server/hub.ts';
import { claimLaunchCode } from './server/launch-code.ts';
import { listenOnPreferredPort } from './server/preferred-port.ts';
import { handleApi } from './server/routes.ts';
import { issueSession, sessionByToken, touchSession, type SessionGrant } from './server/sessions.ts';
import { DEFAULT_SOCKET_LIMITS, type SocketLimits } from './server/socket-limits.ts';
import { serveStatic } from './server/static-files.ts';
import { openWebSocketEndpoint } from './server/websocket-endpoint.ts';
import { openLibrary, type Db } from './store/database.ts';
import { DocCache } from './store/doc-store.ts';

export interface HostOptions {
  dataDir: string;
  /** 0 picks a free port; without one, the port this library used last time (so open pages find the host again). */
  port?: number;
  /** 127.0.0.1 unless the trainer opens the classroom to the network. */
  hostname?: string;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  appVersion: string;
  /** Tests shrink these to see a heartbeat or a timeout within seconds. */
  limits?: Partial<SocketLimits>;
  /** Started with `--demo`: the newcomer asked for the sample workshop. */
  demo?: boolean;
}

export interface RunningHost {
  /** The trainer's link: opens the app with this start's launch code in the fragment. */
  url: string;
  origin: string;
  /** A trainer session made at start (tests, benchmarks, the desktop shell). */
  token: string;
  port: number;
  db: Db;
  engine: Engine;
  /** A credential for someone else (a member of a team, a viewer): what joining will hand out. */
  issueSession(grant: SessionGrant): string;
  close(): Promise<void>;
}

const unauthorized = (res: ServerResponse) =>
  res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ reason: { code: 'unauthorized' } }));

/** Starts the store, the HTTP server and the WebSocket endpoint: the whole back end, with or without Electron. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const db = openLibrary(options.dataDir);
  const hostname = options.hostname ?? '127.0.0.1';
  const launchCode = newToken();
  const hub = new Hub();
  const engine = new Engine(db, new DocCache(db), (change) => hub.publish(change, change.effect ? engine.docs.get(change.workshopId) : null));
  if (options.demo) seedSample(engine, db);
  const limits: SocketLimits = { ...DEFAULT_SOCKET_LIMITS, ...options.limits };
  const allowedHosts = new Set<string>();
  const ctx = { db, hub, engine, appVersion: options.appVersion };

  const securityHeaders = (host: string): Record<string, string> => ({
    'content-security-policy': contentSecurityPolicy(host),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  });

  const timeouts = {
    // A connection that never completes its request (or never sends a byte) is closed instead of held for ever.
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs / 4),
  };
  const server = createServer(timeouts, (req: IncomingMessage, res: ServerResponse) => {
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
      const bearer = bearerOf(req.headers.authorization);
      if (path === HTTP.session && req.method === 'POST') {
        const sessionToken = claimLaunchCode(db, launchCode, bearer);
        if (!sessionToken) return void unauthorized(res);
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify({ token: sessionToken }));
        return;
      }
      const session = sessionByToken(db, bearer);
      if (!session) return void unauthorized(res);
      handleApi(req, res, path, session, ctx).catch((error: unknown) => {
        console.error('request failed', path, error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ reason: { code: 'internal' } }));
      });
      return;
    }
    serveStatic(options.staticDir, path, res, securityHeaders(host));
  };

  const endpoint = openWebSocketEndpoint(server, {
    authenticate: (token) => {
      const session = sessionByToken(db, token);
      if (session) touchSession(db, session.sessionId);
      return session;
    },
    allowedHosts,
    limits,
    onConnection: (ws, session, greeted) => handleConnection(ws, session, ctx, greeted),
  });


  const port = await listenOnPreferredPort(server, hostname, db, options.port);
  for (const name of [hostname, '127.0.0.1', 'localhost']) allowedHosts.add(`${name}:${port}`);
  const origin = `http://${hostname}:${port}`;

  return {
    url: `${origin}/#${TOKEN_FRAGMENT}=${launchCode}`,
    origin,
    token: issueSession(db, { role: 'trainer', name: '' }).token,
    port,
    db,
    engine,
    issueSession: (grant) => issueSession(db, grant).token,
    close: async () => {
      endpoint.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      db.close();
    },
  };
}
