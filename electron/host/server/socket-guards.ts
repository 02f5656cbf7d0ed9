import type { Duplex } from 'node:stream';
import { WebSocket } from 'ws';

const STATUS_TEXT: Record<number, string> = { 401: 'Unauthorized', 403: 'Forbidden', 503: 'Service Unavailable' };

/** Answers an upgrade request with a bare HTTP status and hangs up. */
export function refuseUpgrade(socket: Duplex, status: 401 | 403 | 503): void {
  socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nConnection: close\r\n\r\n`);
}

/**
 * A WebSocket class (ws's `WebSocket` server option) that terminates itself instead of queueing more when more than
 * `maxBufferedBytes` are still unsent: a peer that stopped reading must not make the host keep every broadcast for it.
 * Only data already waiting counts, not the message being sent, so one snapshot larger than the bound still reaches a reader.
 */
export function boundedSocketClass(maxBufferedBytes: number, onOverflow: (socket: WebSocket, buffered: number) => void): typeof WebSocket {
  return class BoundedSocket extends WebSocket {
    override send(...args: unknown[]): void {
      const buffered = this.bufferedAmount;
      if (buffered > maxBufferedBytes && this.readyState === this.OPEN) {
        onOverflow(this, buffered);
        this.terminate();
        return;
      }
      (super.send as (...sendArgs: unknown[]) => void)(...args);
    }
  };
}
