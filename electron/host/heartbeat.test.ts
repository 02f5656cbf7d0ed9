import { PROTOCOL_VERSION } from '../../shared/protocol/messages.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids.ts';
import type { RunningHost } from './host.ts';
import { RawClient, startTestHost, tempDir } from './testing/fixtures.ts';

const HEARTBEAT_MS = 200;

describe('the heartbeat keeps live sockets and finds dead ones', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    dir = tempDir();
    host = await startTestHost(dir.dir, { heartbeatMs: HEARTBEAT_MS });
  });
  afterAll(async () => {
    await host.close();
    dir.remove();
  });

  const greet = async (client: RawClient) => {
    client.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: 'idle' });
    await client.next('welcome');
  };

  it('an idle client that answers pings stays connected through 20 ticks; one that stops answering is terminated', async () => {
    const healthy = await RawClient.open(host.origin, host.token);
    await greet(healthy);
    let pings = 0;
    healthy.socket.on('ping', () => pings++);

    // A laptop whose lid closed: the TCP connection is still there, but nothing answers.
    const deaf = await RawClient.open(host.origin, host.token, {}, { autoPong: false });
    await greet(deaf);
    let mutePings = 0;
    deaf.socket.on('ping', () => mutePings++);

    expect(await deaf.closed(20 * HEARTBEAT_MS)).toBe(1006);
    expect(mutePings).toBeGreaterThanOrEqual(1);

    const deadline = Date.now() + 100 * HEARTBEAT_MS;
    while (pings < 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, HEARTBEAT_MS));
    expect(pings).toBeGreaterThanOrEqual(20);
    expect(healthy.closeCode).toBeNull();
    // Still a working connection, not a half-dead one.
    healthy.send({ type: 'subscribe', scope: { kind: 'library' } });
    expect((await healthy.next('snapshot')).state.workshops).toEqual([]);
    healthy.close();
  });

  it('after the host’s own event loop was blocked for several ticks, clients whose pongs it could not read stay', async () => {
    const client = await RawClient.open(host.origin, host.token);
    await greet(client);
    await new Promise<void>((resolve) =>
      client.socket.once('ping', () => {
        // The pong is on its way; the host (this same process) cannot read it while it is busy for 5 ticks.
        const end = Date.now() + 5 * HEARTBEAT_MS;
        while (Date.now() < end);
        resolve();
      }),
    );
    let pings = 0;
    client.socket.on('ping', () => pings++);
    const deadline = Date.now() + 100 * HEARTBEAT_MS;
    while (pings < 5 && client.closeCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, HEARTBEAT_MS));
    expect(client.closeCode).toBeNull();
    expect(pings).toBeGreaterThanOrEqual(5);
    client.close();
  });
});
