import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectedClient, welcome } from './fake-host-socket.ts';

describe('the host saying bye', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ends the connection for good with its reason: no reconnecting, no edits taken', async () => {
    vi.useFakeTimers();
    const { client, sockets } = connectedClient();
    sockets[0]!.hostSays(welcome(Date.now()));
    expect(client.status).toBe('online');
    sockets[0]!.hostSays({ type: 'bye', reason: 'classroomClosed' });
    sockets[0]!.close();
    expect(client.ended).toBe('classroomClosed');
    expect(client.canEdit).toBe(false);
    expect(client.submit({ type: 'participant.rename', payload: { workshopId: 'w'.repeat(10), participantId: 'p'.repeat(10), name: 'x' } })).toBeNull();
    expect(client.notices.map((n) => n.reason?.code)).toEqual(['classroomClosed']);
    // Past every retry delay (at most 10 s): no new socket was opened.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sockets).toHaveLength(1);
  });

  it('tries again when asked, keeps saying why until the host greets it, and is back in then', async () => {
    vi.useFakeTimers();
    const { client, sockets } = connectedClient();
    sockets[0]!.hostSays(welcome(Date.now()));
    sockets[0]!.hostSays({ type: 'bye', reason: 'classroomClosed' });
    sockets[0]!.close();
    client.connect();
    expect(client.retrying).toBe(true);
    // The classroom is still closed: the socket fails, the page still says so, takes no edits, and tries again.
    sockets[1]!.close();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(client.ended).toBe('classroomClosed');
    expect(client.canEdit).toBe(false);
    expect(sockets).toHaveLength(3);
    sockets[2]!.onopen?.({});
    sockets[2]!.hostSays(welcome(Date.now()));
    expect(client.ended).toBeNull();
    expect(client.retrying).toBe(false);
    expect(client.status).toBe('online');
    expect(client.canEdit).toBe(true);
    client.close();
  });
});

describe('the host clock', () => {
  it('reads now by the host clock from the greeting', () => {
    const { client, sockets } = connectedClient();
    sockets[0]!.hostSays(welcome(Date.now() + 3_600_000));
    expect(Math.abs(client.hostNow() - Date.now() - 3_600_000)).toBeLessThan(1_000);
    client.close();
  });
});
