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

/** Resolves when the host has closed `socket`, with every byte it received from then on (reading resumes). */
export const readUntilClosed = (socket: Socket, ms = 10_000): Promise<number> =>
  new Promise((resolve, reject) => {
    let bytes = 0;
    const timer = setTimeout(() => reject(new Error('the host kept the connection open')), ms);
    socket.on('data', (chunk: Buffer) => (bytes += chunk.length));
    socket.on('error', () => undefined);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(bytes);
    });
    socket.resume();
  });
