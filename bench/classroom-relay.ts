import { WebSocketServer, type WebSocket } from 'ws';
import { answerParent } from './classroom-process.ts';

/**
 * The baseline: a bare `ws` server on loopback that sends every message it receives, as it is, to every connected
 * client (the sender included, as the host's change reaches its sender). No parsing, no storage, no authorization.
 */
export interface RelayReady {
  url: string;
}

const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
await new Promise((resolve) => server.once('listening', resolve));
const clients = new Set<WebSocket>();
server.on('connection', (socket) => {
  clients.add(socket);
  socket.on('close', () => clients.delete(socket));
  socket.on('message', (data) => {
    for (const c of clients) c.send(data, { binary: false });
  });
});

const { port } = server.address() as { port: number };
answerParent({ url: `ws://127.0.0.1:${port}` } satisfies RelayReady, {
  stop: () => {
    for (const c of clients) c.terminate();
    server.close(() => process.exit(0));
  },
});
