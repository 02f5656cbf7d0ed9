import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectedClient, welcome } from './fake-host-socket.ts';

const W = 'w'.repeat(10);

function greetedClient() {
  const { client, sockets } = connectedClient();
  sockets[0]!.hostSays(welcome(Date.now()));
  return { client, sockets };
}

describe('a socket that dies without closing', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is never given up while the host answers: a healthy page keeps its one socket all day', async () => {
    vi.useFakeTimers();
    const { client, sockets } = greetedClient();
    await vi.advanceTimersByTimeAsync(6 * 60 * 60_000);
    expect(sockets).toHaveLength(1);
    expect(client.status).toBe('online');
    // It asked every 20 s, not more.
    expect(sockets[0]!.sent.filter((m) => m.type === 'ping')).toHaveLength((6 * 60 * 60) / 20);
    client.close();
  });

  it('is dropped once the host stays silent after being asked, and the edit made meanwhile goes out on the next socket', async () => {
    vi.useFakeTimers();
    const { client, sockets } = greetedClient();
    sockets[0]!.silent = true;
    const opId = client.submit({ type: 'participant.rename', payload: { workshopId: W, participantId: 'p'.repeat(10), name: '王芳' } })!;
    // The next question at 20 s, unanswered for 20 s more: given up, without waiting for the browser to notice.
    await vi.advanceTimersByTimeAsync(39_900);
    expect(sockets).toHaveLength(1);
    expect(client.status).toBe('online');
    await vi.advanceTimersByTimeAsync(200);
    expect(client.status).toBe('offline');
    // Then the usual reconnect, half a second later.
    await vi.advanceTimersByTimeAsync(500);
    expect(sockets).toHaveLength(2);
    sockets[1]!.onopen?.({});
    sockets[1]!.hostSays(welcome(Date.now()));
    expect(client.status).toBe('online');
    expect(sockets[1]!.sent.filter((m) => m.type === 'op').map((m) => m.op!.opId)).toEqual([opId]);
    // Whatever the dead socket says late is not heard.
    sockets[0]!.hostSays({ type: 'bye', reason: 'removed' });
    expect(client.ended).toBeNull();
    client.close();
  });

  it('is checked at once when the page wakes, and given up within 5 s', async () => {
    vi.useFakeTimers();
    const { client, sockets } = greetedClient();
    await vi.advanceTimersByTimeAsync(3_000);
    sockets[0]!.silent = true;
    client.checkAlive();
    expect(sockets[0]!.sent.at(-1)?.type).toBe('ping');
    await vi.advanceTimersByTimeAsync(5_100);
    expect(client.status).toBe('offline');
    client.close();
  });

  it('counts anything the host sends as an answer (a long doc arriving is not a dead socket)', async () => {
    vi.useFakeTimers();
    const { client, sockets } = greetedClient();
    sockets[0]!.silent = true;
    for (let t = 0; t < 10; t++) {
      await vi.advanceTimersByTimeAsync(10_000);
      sockets[0]!.hostSays({ type: 'peerLeft', workshopId: W, conn: 'c' });
    }
    expect(sockets).toHaveLength(1);
    expect(client.status).toBe('online');
    client.close();
  });
});
