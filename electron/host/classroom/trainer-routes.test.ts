import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids.ts';
import type { ClassroomState } from '../../../shared/protocol/classroom.ts';
import { HTTP } from '../../../shared/protocol/http.ts';
import { startHost, type RunningHost } from '../host.ts';
import { tempDir } from '../testing/fixtures.ts';
import { applyAsTrainer, asTrainer, call, fakeBuild, joined, lanOrigin, newWorkshop, openClassroom } from './classroom-fixture.ts';

type Open = Extract<ClassroomState, { open: true }>;

describe('the trainer opens and closes the classroom from the loopback server', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    dir = tempDir();
    host = await startHost({
      dataDir: dir.dir,
      port: 0,
      staticDir: fakeBuild(dir.dir),
      appVersion: 'test',
      classroomAddresses: () => [
        { address: '10.254.254.254', interfaceName: 'utun4' },
        { address: '127.0.0.3', interfaceName: 'eth0' },
        { address: '127.0.0.2', interfaceName: 'Wi-Fi' },
      ],
    });
  });
  afterAll(async () => {
    await host.close();
    dir.remove();
  });

  it('lists the addresses physical first, virtual last, each checked for reachability', async () => {
    const { status, body } = await asTrainer<ClassroomState>(host, HTTP.classroom);
    expect(status).toBe(200);
    expect(body).toEqual({
      open: false,
      addresses: [
        { address: '127.0.0.3', interfaceName: 'eth0', virtual: false, reachable: true },
        { address: '127.0.0.2', interfaceName: 'Wi-Fi', virtual: false, reachable: true },
        { address: '10.254.254.254', interfaceName: 'utun4', virtual: true, reachable: false },
      ],
    });
  });

  it('refuses an address that is not one of this computer’s (never 0.0.0.0), and an unknown workshop', async () => {
    const workshopId = newWorkshop(host);
    for (const address of ['0.0.0.0', '127.0.0.1', '192.168.1.1', '::']) {
      const answer = await asTrainer(host, HTTP.classroomOpen, { workshopId, address });
      expect(answer.status, address).toBe(400);
      expect(answer.body.reason).toMatchObject({ code: 'invalid', path: 'address', rule: 'notOnThisComputer' });
    }
    const unknown = await asTrainer(host, HTTP.classroomOpen, { workshopId: newId(), address: '127.0.0.2' });
    expect(unknown).toMatchObject({ status: 404, body: { reason: { code: 'unknownWorkshop' } } });
    expect((await asTrainer(host, HTTP.classroomOpen, { workshopId })).body.reason).toMatchObject({ code: 'invalid', path: 'address' });
    expect((await asTrainer(host, HTTP.classroomOpen, 'nonsense')).status).toBe(400);
    expect((await asTrainer<ClassroomState>(host, HTTP.classroom)).body.open).toBe(false);
  });

  it('only the trainer may see or change the classroom', async () => {
    const workshopId = newWorkshop(host);
    for (const role of ['member', 'viewer'] as const) {
      const token = host.issueSession({ role, workshopId });
      const headers = { authorization: `Bearer ${token}` };
      expect((await call(host.origin, HTTP.classroom, { headers })).status).toBe(403);
      expect((await call(host.origin, HTTP.classroomOpen, { method: 'POST', headers, body: { workshopId, address: '127.0.0.2' } })).status).toBe(403);
    }
    expect((await call(host.origin, HTTP.classroom)).status).toBe(401);
  });

  it('opening again is idempotent; the state carries the join link and code', async () => {
    const workshopId = newWorkshop(host);
    const first = await openClassroom(host, workshopId, '127.0.0.2');
    expect(first).toMatchObject({ open: true, workshopId, address: '127.0.0.2', joinUrl: `http://127.0.0.2:${first.port}/` });
    expect(first.joinCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    const again = await openClassroom(host, workshopId, '127.0.0.2');
    expect(again.joinCode).toBe(first.joinCode);
    expect((await asTrainer<Open>(host, HTTP.classroom)).body.joinCode).toBe(first.joinCode);
    await asTrainer(host, HTTP.classroomClose, {});
  });

  it('deleting the open workshop closes its classroom', async () => {
    const workshopId = newWorkshop(host);
    const state = await openClassroom(host, workshopId, '127.0.0.3');
    await joined(lanOrigin(state), state.joinCode);
    applyAsTrainer(host, { type: 'workshop.delete', payload: { workshopId } });
    let open = true;
    for (let i = 0; i < 100 && open; i++) {
      open = (await asTrainer<ClassroomState>(host, HTTP.classroom)).body.open;
      if (open) await new Promise((r) => setTimeout(r, 20));
    }
    expect(open).toBe(false);
    await expect(call(lanOrigin(state), '/')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
