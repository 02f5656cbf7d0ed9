import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { HTTP } from '../../../shared/protocol/http.ts';

/** A plain TCP connection to the host, for clients that misbehave below the WebSocket layer. */
export const rawConnect = (port: number): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });

/** The bytes of the upgrade request a browser sends to open the app's socket. */
export const upgradeRequest = (port: number, token: string): string =>
  [
    `GET ${HTTP.socket} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
    'Sec-WebSocket-Version: 13',
    `Sec-WebSocket-Protocol: satisfy, auth.${token}`,
    '',
    '',
  ].join('\r\n');

/** One masked text frame carrying `message` as JSON, as a client must send it (RFC 6455 §5.2). */
export function clientFrame(message: unknown): Buffer {
  const payload = Buffer.from(JSON.stringify(message));
  const length = payload.length;
  if (length > 0xffff) throw new Error('test frames stay under 64 KiB');
  const header =
    length < 126
      ? Buffer.from([0x81, 0x80 | length])
      : Buffer.from([0x81, 0x80 | 126, length >> 8, length & 0xff]);
  const mask = randomBytes(4);
  const masked = payload.map((byte, i) => byte ^ mask[i % 4]);
  return Buffer.concat([header, mask, masked]);
}

/** Resumes reading `socket` and keeps every byte the host sends; `closed` resolves with them once the host hangs up. */
export function collect(socket: Socket): { received(): Buffer; closed(ms?: number): Promise<Buffer> } {
  const chunks: Buffer[] = [];
  let hungUp = false;
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  socket.on('error', () => undefined);
  socket.once('close', () => (hungUp = true));
  socket.resume();
  return {
    received: () => Buffer.concat(chunks),
    closed: async (ms = 10_000) => {
      const deadline = Date.now() + ms;
      while (!hungUp && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      if (!hungUp) throw new Error('the host kept the connection open');
      return Buffer.concat(chunks);
    },
  };
}
