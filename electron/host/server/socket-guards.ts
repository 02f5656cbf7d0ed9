import type { Duplex } from 'node:stream';
import { WebSocket } from 'ws';

const STATUS_TEXT: Record<number, string> = { 401: 'Unauthorized', 403: 'Forbidden', 503: 'Service Unavailable' };

/** Answers an upgrade request with a bare HTTP status and hangs up. */
export function refuseUpgrade(socket: Duplex, status: 401 | 403 | 503): void {
  socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nConnection: close\r\n\r\n`);
}

/**
 * A WebSocket class (ws's `WebSocket` server option) that terminates itself when a send leaves more than
 * `maxBufferedBytes` unsent: a peer that stopped reading must not make the host buffer every broadcast for it.
 */
export function boundedSocketClass(maxBufferedBytes: number, onOverflow: (socket: WebSocket, buffered: number) => void): typeof WebSocket {
  return class BoundedSocket extends WebSocket {
    override send(...args: unknown[]): void {
      (super.send as (...sendArgs: unknown[]) => void)(...args);
      const buffered = this.bufferedAmount;
      if (buffered > maxBufferedBytes && this.readyState === this.OPEN) {
        onOverflow(this, buffered);
        this.terminate();
      }
    }
  };
}
