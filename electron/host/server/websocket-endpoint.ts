import type { IncomingMessage, Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { HTTP } from '../../../shared/protocol/http.ts';
import type { Session } from '../../../shared/protocol/session.ts';
import { APP_SUBPROTOCOL, requestAllowed, tokenFromProtocols } from './auth.ts';
import { Heartbeat } from './heartbeat.ts';
import { boundedSocketClass, refuseUpgrade } from './socket-guards.ts';
import type { SocketLimits } from './socket-limits.ts';

export interface EndpointOptions {
  /** The session a credential stands for, or null to refuse it. */
  authenticate(token: string | undefined): Session | null;
  allowedHosts: ReadonlySet<string>;
  limits: SocketLimits;
  /** Speaks the protocol on an admitted socket; calls `greeted` once the socket has said a valid hello. */
  onConnection(socket: WebSocket, session: Session, greeted: () => void): void;
}

const peerOf = (req: IncomingMessage) => `${req.socket.remoteAddress ?? '?'}:${req.socket.remotePort ?? '?'}`;

/** The WebSocket endpoint on `server`: admission (path, origin, token, connection cap), heartbeat and per-socket bounds. */
export function openWebSocketEndpoint(server: Server, options: EndpointOptions): { close(): void } {
  const { limits } = options;
  const peers = new WeakMap<WebSocket, string>();
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: LIMITS.frameBytes,
    handleProtocols: (protocols) => (protocols.has(APP_SUBPROTOCOL) ? APP_SUBPROTOCOL : false),
    WebSocket: boundedSocketClass(limits.maxBufferedBytes, (socket, buffered) => {
      console.warn(`cut off ${peers.get(socket) ?? 'a socket'}: ${buffered} bytes unsent (limit ${limits.maxBufferedBytes}), it stopped reading`);
    }),
  });
  const heartbeat = new Heartbeat(limits.heartbeatMs);

  server.on('upgrade', (req, socket, head) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== HTTP.socket || !requestAllowed(req.headers.host, req.headers.origin, options.allowedHosts)) return refuseUpgrade(socket, 403);
    const session = options.authenticate(tokenFromProtocols(req.headers['sec-websocket-protocol']));
    if (!session) return refuseUpgrade(socket, 401);
    if (wss.clients.size >= limits.maxSockets) return refuseUpgrade(socket, 503);
    wss.handleUpgrade(req, socket, head, (ws) => {
      peers.set(ws, peerOf(req));
      heartbeat.watch(ws);
      // A socket that never says hello would hold a descriptor and a place under the cap for ever.
      const helloDeadline = setTimeout(() => ws.terminate(), limits.helloTimeoutMs);
      ws.once('close', () => clearTimeout(helloDeadline));
      options.onConnection(ws, session, () => clearTimeout(helloDeadline));
    });
  });

  return {
    close: () => {
      heartbeat.stop();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
