import { createConnection, createServer } from 'node:net';

/**
 * Can the host listen on `address` and reach itself there? Catches an address that vanished (Wi-Fi switched) or that
 * the system will not bind; it cannot see client isolation on the Wi-Fi, which only a phone can.
 */
export function probeAddress(address: string, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer((socket) => socket.destroy());
    let done = false;
    const finish = (reachable: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      server.close();
      resolve(reachable);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    server.once('error', () => finish(false));
    server.listen(0, address, () => {
      const { port } = server.address() as { port: number };
      const client = createConnection({ host: address, port }, () => {
        client.destroy();
        finish(true);
      });
      client.once('error', () => finish(false));
    });
  });
}
