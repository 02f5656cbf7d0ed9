import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { HTTP, TOKEN_FRAGMENT } from '../../shared/protocol/http.ts';
import { systemAddresses, type HostAddress } from './classroom/addresses.ts';
import { ClassroomController } from './classroom/controller.ts';
import { seedSample } from './demo.ts';
import { Engine } from './engine/engine.ts';
import { bearerOf, newToken, requestAllowed } from './server/auth.ts';
import { handleConnection } from './server/connection.ts';
import { securityHeaders } from './server/csp.ts';
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
  /** The trainer's server: 127.0.0.1 (the classroom has a listener of its own, on one LAN address). */
  hostname?: string;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  appVersion: string;
  /** Tests shrink these to see a heartbeat or a timeout within seconds. */
  limits?: Partial<SocketLimits>;
  /** Started with `--demo`: the newcomer asked for the sample workshop. */
  demo?: boolean;
  /** The LAN addresses the classroom may open on (tests pass 127.0.0.2…); the system's own by default. */
  classroomAddresses?: () => HostAddress[];
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
  classroom: ClassroomController;
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
  const engine = new Engine(db, new DocCache(db), (change) => {
    hub.publish(change, change.effect ? engine.docs.get(change.workshopId) : null);
    classroom.onCommit(change);
  });
  const limits: SocketLimits = { ...DEFAULT_SOCKET_LIMITS, ...options.limits };
  const allowedHosts = new Set<string>();
  let port = 0;
  const classroom: ClassroomController = new ClassroomController({
    db,
    hub,
    engine,
    staticDir: options.staticDir,
    limits,
    loopbackPort: () => port,
    addresses: options.classroomAddresses ?? systemAddresses,
    describeSession: (req, res, session) => handleApi(req, res, HTTP.session, session, ctx),
    onConnection: (ws, session, greeted) => handleConnection(ws, session, ctx, greeted),
  });
  const ctx = { db, hub, engine, appVersion: options.appVersion, limits, classroom };
  if (options.demo) seedSample(engine, db);
  /** A credential's session on the loopback server: a participant's only while their classroom is open. */
  const admitted = (token: string | undefined) => {
    const session = sessionByToken(db, token);
    return session && classroom.admits(session) ? session : null;
  };

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
      const session = admitted(bearer);
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
      const session = admitted(token);
      if (session) touchSession(db, session.sessionId);
      return session;
    },
    allowedHosts,
    limits,
    onConnection: (ws, session, greeted) => handleConnection(ws, session, ctx, greeted),
  });


  port = await listenOnPreferredPort(server, hostname, db, options.port);
  await classroom.restore();
  for (const name of [hostname, '127.0.0.1', 'localhost']) allowedHosts.add(`${name}:${port}`);
  const origin = `http://${hostname}:${port}`;

  return {
    url: `${origin}/#${TOKEN_FRAGMENT}=${launchCode}`,
    origin,
    token: issueSession(db, { role: 'trainer', name: '' }).token,
    port,
    db,
    engine,
    classroom,
    issueSession: (grant) => issueSession(db, grant).token,
    close: async () => {
      await classroom.shutdown();
      endpoint.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      db.close();
    },
  };
}
