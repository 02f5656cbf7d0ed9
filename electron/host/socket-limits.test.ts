import { PROTOCOL_VERSION } from '../../shared/protocol/messages.ts';
import { WebSocket } from 'ws';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DIMENSIONS } from '../../shared/domain/dimensions.ts';
import { newId } from '../../shared/domain/ids.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import { HTTP } from '../../shared/protocol/http.ts';
import type { RunningHost } from './host.ts';
import type { SocketLimits } from './server/socket-limits.ts';
import { readWorkshopState } from './store/read-model.ts';
import { RawClient, startTestHost, tempDir, wsUrl } from './testing/fixtures.ts';
import { clientFrame, collect, rawConnect, upgradeRequest } from './testing/raw-tcp.ts';
import { addPost, createWorkshop, indicatorFields } from './testing/sample-ops.ts';

/** Resolves with the HTTP status the host answered a WebSocket upgrade with (101: admitted, then closed again). */
const upgradeStatus = (host: RunningHost) =>
  new Promise<number>((resolve) => {
    const socket = new WebSocket(wsUrl(host.origin), ['satisfy', `auth.${host.token}`]);
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('error', () => resolve(-1));
  });

const waitFor = async (check: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const hello = (name: string, protocol = PROTOCOL_VERSION) => ({ type: 'hello', protocol, clientId: newId(), name });
const greeted = async (host: RunningHost, name = 'member') => {
  const client = await RawClient.open(host.origin, host.token);
  client.send(hello(name));
  await client.next('welcome');
  return client;
};
const sessionStatus = async (host: RunningHost) =>
  (await fetch(host.origin + HTTP.session, { headers: { authorization: `Bearer ${host.token}` } })).status;

describe('what one connection may cost the host is bounded', () => {
  let host: RunningHost | undefined;
  let dir: ReturnType<typeof tempDir> | undefined;
  const clients: RawClient[] = [];
  const start = async (limits: Partial<SocketLimits> = {}) => {
    dir = tempDir();
    host = await startTestHost(dir.dir, limits);
    return host;
  };
  afterEach(async () => {
    vi.restoreAllMocks();
    clients.splice(0).forEach((c) => c.close());
    await host?.close();
    dir?.remove();
    host = undefined;
  });

  it('an upgraded socket that never says hello is dropped; a greeted one stays', async () => {
    const h = await start({ helloTimeoutMs: 300 });
    const silent = await RawClient.open(h.origin, h.token);
    const member = await greeted(h);
    clients.push(silent, member);
    expect(await silent.closed(5000)).toBe(1006);
    await sleep(1000);
    expect(member.closeCode).toBeNull();
    member.send({ type: 'subscribe', scope: { kind: 'library' } });
    await member.next('snapshot');
  });

  it('TCP connections that never complete a request are closed, and the host keeps serving', async () => {
    const h = await start({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const sockets = await Promise.all(Array.from({ length: 100 }, () => rawConnect(h.port)));
    // Half never send a byte; half stop in the middle of their headers.
    sockets.forEach((socket, i) => i % 2 && socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\n`));
    await Promise.all(sockets.map((socket) => collect(socket).closed(10_000)));
    expect(await sessionStatus(h)).toBe(200);
  });

  it('upgrades beyond the connection cap get 503 until a place frees up', async () => {
    const h = await start({ maxSockets: 5 });
    for (let i = 0; i < 5; i++) clients.push(await greeted(h, `member ${i}`));
    expect(await upgradeStatus(h)).toBe(503);
    expect(await upgradeStatus(h)).toBe(503);
    clients.pop()?.close();
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 101; attempt++) {
      status = await upgradeStatus(h);
      if (status !== 101) await sleep(50);
    }
    expect(status).toBe(101);
    // Those already in never noticed.
    clients[0].send({ type: 'subscribe', scope: { kind: 'library' } });
    await clients[0].next('snapshot');
  });

  it('the default cap lets a classroom of 300 connect at once', async () => {
    const h = await start();
    for (let batch = 0; batch < 6; batch++) {
      clients.push(...(await Promise.all(Array.from({ length: 50 }, (_, i) => greeted(h, `participant ${batch * 50 + i}`)))));
    }
    expect(clients.filter((c) => c.closeCode === null)).toHaveLength(300);
  }, 30_000);

  it('a subscriber that stops reading is cut off and logged; the host does not keep its data; others carry on', async () => {
    const maxBufferedBytes = 256 * 1024;
    const h = await start({ maxBufferedBytes });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const workshopId = newId();
    const postId = newId();
    const writer = await greeted(h, 'writer');
    clients.push(writer);
    writer.send({ type: 'op', op: { opId: newId(), ...createWorkshop(workshopId) } });
    writer.send({ type: 'op', op: { opId: newId(), ...addPost(workshopId, postId) } });
    writer.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId } });
    await writer.next('doc');

    // Upgrades, says hello, subscribes, and never reads a byte.
    const stalled = await rawConnect(h.port);
    stalled.pause();
    stalled.write(
      Buffer.concat([
        Buffer.from(upgradeRequest(h.port, h.token)),
        clientFrame(hello('stalled')),
        clientFrame({ type: 'subscribe', scope: { kind: 'workshop', workshopId } }),
      ]),
    );
    await waitFor(() => writer.messages.some((m) => m.type === 'peer' && m.peer.name === 'stalled'));

    const ops = 3000;
    const texts = ['甲', '乙'].map((c) => c.repeat(LIMITS.longText));
    writer.messages.splice(0);
    // A live writer keeps at most 20 ops in flight, so what the host owes it stays far below the bound.
    for (let window = 0; window < ops / 20; window++) {
      for (let i = 0; i < 20; i++) {
        writer.send({ type: 'op', op: { opId: newId(), type: 'post.update', payload: { workshopId, postId, patch: { description: texts[i % 2] } } } });
      }
      for (let i = 0; i < 20; i++) await writer.next('ack');
    }
    await waitFor(() => writer.messages.filter((m) => m.type === 'change').length === ops);
    const changeBytes = Buffer.byteLength(JSON.stringify(writer.messages.find((m) => m.type === 'change')));
    const broadcastBytes = ops * changeBytes;

    const lines = warn.mock.calls.map((args) => String(args[0]));
    expect(lines).toHaveLength(1);
    const cut = /^cut off 127\.0\.0\.1:(\d+): (\d+) bytes unsent/.exec(lines[0]);
    expect(Number(cut?.[1])).toBe(stalled.localPort);
    expect(Number(cut?.[2])).toBeGreaterThan(maxBufferedBytes);
    expect(Number(cut?.[2])).toBeLessThanOrEqual(maxBufferedBytes + changeBytes + 1024);

    // All it can still read is what the operating system had taken before the cut, not the broadcast that followed.
    const received = await collect(stalled).closed();
    expect(received.length).toBeLessThan(broadcastBytes / 2);

    writer.messages.splice(0);
    writer.send({ type: 'op', op: { opId: newId(), type: 'post.update', payload: { workshopId, postId, patch: { name: '前台' } } } });
    await writer.next('ack');
    expect(readWorkshopState(h.db, workshopId)?.posts[0]?.name).toBe('前台');
  }, 60_000);

  it('a reader still gets a workshop whose snapshot is far larger than the bound', async () => {
    const h = await start({ maxBufferedBytes: 64 * 1024 });
    const workshopId = newId();
    const writer = await greeted(h, 'writer');
    clients.push(writer);
    const ops: object[] = [createWorkshop(workshopId)];
    for (let p = 0; p < 10; p++) {
      const postId = newId();
      ops.push(addPost(workshopId, postId, `岗位 ${p}`));
      for (const dimension of DIMENSIONS) {
        for (let i = 0; i < 20; i++) {
          const fields = { ...indicatorFields(`指标 ${i}`, 5), description: '述'.repeat(LIMITS.longText) };
          ops.push({ type: 'indicator.add', payload: { workshopId, postId, indicatorId: newId(), dimension, fields } });
        }
      }
    }
    for (let start = 0; start < ops.length; start += 20) {
      const window = ops.slice(start, start + 20);
      window.forEach((op) => writer.send({ type: 'op', op: { opId: newId(), ...op } }));
      for (const _ of window) expect((await writer.next('ack')).duplicate).toBe(false);
    }
    const warn = vi.spyOn(console, 'warn');

    const reader = await greeted(h, 'reader');
    clients.push(reader);
    reader.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId } });
    const snapshot = await reader.next('doc', 30_000);
    expect(Buffer.byteLength(JSON.stringify(snapshot))).toBeGreaterThan(4 * 1024 * 1024);
    expect(warn).not.toHaveBeenCalled();
    expect(reader.closeCode).toBeNull();
  }, 60_000);

  it('ops that arrive in the same burst as a refused hello are never applied', async () => {
    const h = await start();
    const workshopId = newId();
    const socket = await rawConnect(h.port);
    // A greeted socket that then announces another protocol version: the host refuses and closes it.
    socket.write(
      Buffer.concat([
        Buffer.from(upgradeRequest(h.port, h.token)),
        clientFrame(hello('new app')),
        clientFrame(hello('old app', 0)),
        clientFrame({ type: 'op', op: { opId: newId(), ...createWorkshop(workshopId) } }),
      ]),
    );
    const reply = collect(socket);
    // The host's close frame with code 4000 (protocol mismatch); then this side hangs up too.
    await waitFor(() => reply.received().includes(Buffer.from([0x88, 0x02, 0x0f, 0xa0])) || reply.received().includes(Buffer.from('protocol mismatch')));
    socket.end();
    const bytes = await reply.closed();
    expect(bytes.toString()).toContain('"protocolMismatch"');
    expect(bytes.toString()).not.toContain('"ack"');
    expect(readWorkshopState(h.db, workshopId)).toBeNull();
  });
});
