import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../../shared/domain/ids.ts';
import type { ClassroomState } from '../../../shared/protocol/classroom.ts';
import { HTTP } from '../../../shared/protocol/http.ts';
import { PROTOCOL_VERSION } from '../../../shared/protocol/messages.ts';
import type { RunningHost } from '../host.ts';
import { CLOSE_BYE } from '../server/connection.ts';
import { openLibrary } from '../store/database.ts';
import { RawClient, tempDir } from '../testing/fixtures.ts';
import { addPost } from '../testing/sample-ops.ts';
import { Speaker } from '../testing/speaker.ts';
import { asTrainer, call, joined, lanOrigin, LAN, newWorkshop, openClassroom, sessionStatus, startClassroomHost } from './classroom-fixture.ts';
import { loadSavedClassroom, saveClassroom } from './saved-classroom.ts';

const greeted = async (origin: string, token: string) => {
  const client = await RawClient.open(origin, token);
  client.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: 'p' });
  await client.next('welcome');
  return client;
};

/** The error a plain TCP connection to `origin` ends with (null when it connects). */
const connectError = async (origin: string): Promise<string | null> => {
  try {
    await call(origin, '/');
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
};

describe('opening and closing the classroom', () => {
  let host: RunningHost | undefined;
  let dir: ReturnType<typeof tempDir> | undefined;
  const clients: RawClient[] = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    clients.splice(0).forEach((c) => c.close());
    await host?.close();
    dir?.remove();
    host = undefined;
  });

  it('closing tells every participant socket why, refuses new connections, and leaves the trainer’s window working', async () => {
    dir = tempDir();
    host = await startClassroomHost(dir.dir);
    const workshopId = newWorkshop(host);
    const state = await openClassroom(host, workshopId);
    const lan = lanOrigin(state);
    const a = await joined(lan, state.joinCode, 'A');
    const b = await joined(lan, state.joinCode, 'B');
    // A participant's credential also works on the loopback server (a second tab on the trainer's laptop).
    const onLan = await greeted(lan, a.token);
    const onLoopback = await greeted(host.origin, b.token);
    const trainer = await Speaker.open(host.origin, host.token, 'trainer');
    clients.push(onLan, onLoopback, trainer.raw);

    const closed = await asTrainer<ClassroomState>(host, HTTP.classroomClose, {});
    expect(closed.status).toBe(200);
    expect(closed.body.open).toBe(false);
    for (const client of [onLan, onLoopback]) {
      expect(await client.next('bye')).toEqual({ type: 'bye', reason: 'classroomClosed' });
      expect(await client.closed()).toBe(CLOSE_BYE);
    }
    expect(await connectError(lan)).toBe('ECONNREFUSED');
    expect(await sessionStatus(host.origin, a.token)).toBe(401);
    await expect(RawClient.open(host.origin, b.token)).rejects.toThrow(/401/);

    const answer = await trainer.send(addPost(workshopId));
    expect(answer.type).toBe('ack');
    expect(trainer.raw.closeCode).toBeNull();
    expect(await sessionStatus(host.origin, host.token)).toBe(200);

    // Reopened: the same people get back in with the credentials they hold, under a new code.
    const again = await openClassroom(host, workshopId);
    expect(again.joinCode).not.toBe(state.joinCode);
    expect(await sessionStatus(lanOrigin(again), a.token)).toBe(200);
    expect(await sessionStatus(host.origin, b.token)).toBe(200);
  });

  it('the host’s own credentials (a viewer for the projector) are not participants and do not depend on the classroom', async () => {
    dir = tempDir();
    host = await startClassroomHost(dir.dir);
    const workshopId = newWorkshop(host);
    const viewer = host.issueSession({ role: 'viewer', workshopId });
    expect(await sessionStatus(host.origin, viewer)).toBe(200);
    const state = await openClassroom(host, workshopId);
    // On the classroom network a viewer of that workshop is admitted, and hears the bye like everyone there.
    const projector = await greeted(lanOrigin(state), viewer);
    clients.push(projector);
    await asTrainer(host, HTTP.classroomClose, {});
    expect(await projector.next('bye')).toEqual({ type: 'bye', reason: 'classroomClosed' });
    expect(await sessionStatus(host.origin, viewer)).toBe(200);
  });

  it('a participant of one workshop is not admitted to the classroom of another', async () => {
    dir = tempDir();
    host = await startClassroomHost(dir.dir);
    const first = newWorkshop(host);
    const second = newWorkshop(host);
    const state = await openClassroom(host, first);
    const a = await joined(lanOrigin(state), state.joinCode);
    const moved = await openClassroom(host, second, LAN[1].address);
    expect(moved.address).toBe(LAN[1].address);
    expect(await connectError(lanOrigin(state))).toBe('ECONNREFUSED');
    expect(await sessionStatus(lanOrigin(moved), a.token)).toBe(401);
    expect(await sessionStatus(host.origin, a.token)).toBe(401);
  });

  it('a restart of the host on the same library reopens the classroom on the same address, port and code', async () => {
    dir = tempDir();
    host = await startClassroomHost(dir.dir);
    const workshopId = newWorkshop(host);
    const state = await openClassroom(host, workshopId, LAN[1].address);
    const a = await joined(lanOrigin(state), state.joinCode);
    const port = host.port;
    await host.close();

    host = await startClassroomHost(dir.dir, {}, port);
    const after = await asTrainer<Extract<ClassroomState, { open: true }>>(host, HTTP.classroom);
    expect(after.body).toMatchObject({ open: true, workshopId, address: LAN[1].address, port: state.port, joinCode: state.joinCode });
    expect(after.body.joinUrl).toBe(`http://${LAN[1].address}:${state.port}/`);
    // The participant's page gets back in with what it holds, and a newcomer with the code on the wall.
    expect(await sessionStatus(lanOrigin(state), a.token)).toBe(200);
    await joined(lanOrigin(state), state.joinCode, 'late');

    // Closed before a restart: it stays closed.
    await asTrainer(host, HTTP.classroomClose, {});
    await host.close();
    host = await startClassroomHost(dir.dir, {}, port);
    expect((await asTrainer<ClassroomState>(host, HTTP.classroom)).body.open).toBe(false);
    expect(await connectError(lanOrigin(state))).toBe('ECONNREFUSED');
  });

  it('a restart on another network (the address is gone) starts the host anyway, with the classroom closed', async () => {
    dir = tempDir();
    host = await startClassroomHost(dir.dir);
    const workshopId = newWorkshop(host);
    await openClassroom(host, workshopId);
    await host.close();
    const library = openLibrary(dir.dir);
    saveClassroom(library, { workshopId, address: '10.254.254.254', port: 40000, code: 'ABCDEFGH' });
    library.close();

    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    host = await startClassroomHost(dir.dir);
    expect((await asTrainer<ClassroomState>(host, HTTP.classroom)).body.open).toBe(false);
    expect(warnings.mock.calls.join(' ')).toContain('10.254.254.254');
    expect(loadSavedClassroom(host.db)).toBeNull();
    await openClassroom(host, workshopId);
  });
});
