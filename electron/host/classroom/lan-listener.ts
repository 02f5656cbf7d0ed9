import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebSocket } from 'ws';
import { HTTP } from '../../../shared/protocol/http.ts';
import type { Session } from '../../../shared/protocol/session.ts';
import { bearerOf, requestAllowed } from '../server/auth.ts';
import { securityHeaders } from '../server/csp.ts';
import type { SocketLimits } from '../server/socket-limits.ts';
import { openWebSocketEndpoint } from '../server/websocket-endpoint.ts';
import { json } from './http-io.ts';
import { serveParticipantApp } from './participant-static.ts';

export interface LanListenerOptions {
  address: string;
  /** Tried first; when taken (or 0), a free port. */
  port: number;
  staticDir: string;
  limits: SocketLimits;
  /** The session a token stands for on this listener, or null (unknown, revoked, a trainer's, another workshop's). */
  authenticate(token: string | undefined): Session | null;
  join(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** GET /api/session for an admitted session: the same answer the loopback server gives. */
  describeSession(req: IncomingMessage, res: ServerResponse, session: Session): Promise<unknown>;
  onConnection(socket: WebSocket, session: Session, greeted: () => void): void;
}

export interface LanListener {
  port: number;
  /** Sockets admitted here that are still open. */
  readonly sockets: ReadonlySet<WebSocket>;
  /** Stops accepting at once; waits up to `graceMs` for open sockets to finish closing, then cuts the rest. */
  close(graceMs: number): Promise<void>;
}

const listen = (server: Server, port: number, address: string): Promise<void> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => {
      server.off('error', reject);
      resolve();
    });
  });

const notFound = (res: ServerResponse, headers: Record<string, string>) =>
  json(res, 404, { reason: { code: 'malformed', detail: 'not served on the classroom network' } }, headers);

/**
 * The classroom's own server, bound to one LAN address. It serves the participant page and its assets, joining, the
 * session check and the protocol socket, and nothing else: no exports, no library, no trainer's app.
 */
export async function startLanListener(options: LanListenerOptions): Promise<LanListener> {
  const { limits } = options;
  const allowedHosts = new Set<string>();
  const sockets = new Set<WebSocket>();

  const route = (req: IncomingMessage, res: ServerResponse): void => {
    const host = req.headers.host ?? '';
    if (!requestAllowed(host, req.headers.origin, allowedHosts)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Forbidden host or origin');
      return;
    }
    const headers = securityHeaders(host);
    let path: string;
    try {
      path = new URL(req.url ?? '/', 'http://host').pathname;
    } catch {
      res.writeHead(400, headers).end();
      return;
    }
    if (path === HTTP.join && req.method === 'POST') return void options.join(req, res).catch((error: unknown) => failed(res, error));
    if (path === HTTP.session && req.method === 'GET') {
      const session = options.authenticate(bearerOf(req.headers.authorization));
      if (!session) return json(res, 401, { reason: { code: 'unauthorized' } }, headers);
      return void options.describeSession(req, res, session).catch((error: unknown) => failed(res, error));
    }
    if (path.startsWith('/api/') || req.method !== 'GET' || !serveParticipantApp(options.staticDir, path, res, headers)) notFound(res, headers);
  };

  const failed = (res: ServerResponse, error: unknown) => {
    console.error('classroom request failed', error);
    if (!res.headersSent) json(res, 500, { reason: { code: 'internal' } });
    else res.end();
  };

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs / 4),
    },
    (req, res) => {
      try {
        route(req, res);
      } catch (error) {
        failed(res, error);
      }
    },
  );
  const endpoint = openWebSocketEndpoint(server, {
    authenticate: options.authenticate,
    allowedHosts,
    limits,
    onConnection: (socket, session, greeted) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      options.onConnection(socket, session, greeted);
    },
  });

  try {
    await listen(server, options.port, options.address);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || options.port === 0) throw error;
    await listen(server, 0, options.address);
  }
  const port = (server.address() as AddressInfo).port;
  allowedHosts.add(`${options.address}:${port}`);

  return {
    port,
    sockets,
    close: async (graceMs) => {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      const deadline = Date.now() + graceMs;
      while (sockets.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      endpoint.close();
      await stopped;
    },
  };
}
