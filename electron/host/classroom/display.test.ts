import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids.ts';
import { DISPLAY_FRAGMENT, type DisplayLink, type SessionInfo } from '../../../shared/protocol/classroom.ts';
import { HTTP } from '../../../shared/protocol/http.ts';
import { PROTOCOL_VERSION } from '../../../shared/protocol/messages.ts';
import type { RunningHost } from '../host.ts';
import { RawClient, tempDir } from '../testing/fixtures.ts';
import { addPost } from '../testing/sample-ops.ts';
import { asTrainer, call, joined, lanOrigin, LAN, newWorkshop, openClassroom, sessionStatus, startClassroomHost } from './classroom-fixture.ts';

const tokenOf = (link: DisplayLink) => new URL(link.url).hash.slice(`#${DISPLAY_FRAGMENT}=`.length);

const greeted = async (origin: string, token: string) => {
  const client = await RawClient.open(origin, token);
  client.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: '' });
  await client.next('welcome');
  return client;
};

const info = async (origin: string, token: string) => call<SessionInfo>(origin, HTTP.session, { headers: { authorization: `Bearer ${token}` } });

describe('read-only display links', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  let workshopId: string;
  const clients: RawClient[] = [];
  beforeEach(async () => {
    dir = tempDir();
    host = await startClassroomHost(dir.dir);
    workshopId = newWorkshop(host);
  });
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.close());
    await host.close();
    dir.remove();
  });

  it('are the trainer’s to make, only while the workshop’s classroom is open', async () => {
    const closed = await asTrainer(host, HTTP.classroomDisplay, { workshopId });
    expect(closed).toMatchObject({ status: 409, body: { reason: { code: 'classroomClosed' } } });
    const state = await openClassroom(host, workshopId);
    const member = await joined(lanOrigin(state), state.joinCode);
    const asMember = await call(host.origin, HTTP.classroomDisplay, { method: 'POST', headers: { authorization: `Bearer ${member.token}` }, body: { workshopId } });
    expect(asMember.status).toBe(403);
    // Another workshop than the one open, or a body that names none: no link.
    expect((await asTrainer(host, HTTP.classroomDisplay, { workshopId: newWorkshop(host) })).status).toBe(409);
    expect((await asTrainer(host, HTTP.classroomDisplay, {})).status).toBe(400);
    expect((await asTrainer(host, HTTP.classroomDisplay, 'nonsense')).status).toBe(400);
    // Nor is it made on the classroom network, even with the trainer's credential.
    const overLan = await call(lanOrigin(state), HTTP.classroomDisplay, { method: 'POST', headers: { authorization: `Bearer ${host.token}` }, body: { workshopId } });
    expect(overLan.status).toBe(404);
  });

  it('open a viewer on the classroom address that learns its workshop and the code on the projector, and edits nothing', async () => {
    const state = await openClassroom(host, workshopId);
    const { status, body: link } = await asTrainer<DisplayLink>(host, HTTP.classroomDisplay, { workshopId });
    expect(status).toBe(200);
    expect(link.url).toMatch(new RegExp(`^http://${LAN[0].address.replace(/\./g, '\\.')}:${state.port}/#${DISPLAY_FRAGMENT}=[A-Za-z0-9_-]{32}$`));
    const token = tokenOf(link);
    const seen = await info(lanOrigin(state), token);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ role: 'viewer', workshopId, joinCode: state.joinCode });
    // A participant's answer carries no code: they typed it.
    const member = await joined(lanOrigin(state), state.joinCode);
    expect((await info(lanOrigin(state), member.token)).body.joinCode).toBeUndefined();

    const display = await greeted(lanOrigin(state), token);
    clients.push(display);
    display.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId } });
    expect((await display.next('doc')).doc.workshop.id).toBe(workshopId);
    display.send({ type: 'op', op: { ...addPost(workshopId, newId()), opId: 'from-display' } });
    expect(await display.next('reject')).toMatchObject({ opId: 'from-display', reason: { code: 'forbidden' } });
    expect(Object.keys(host.engine.docs.get(workshopId)!.posts)).toEqual([]);
  });

  it('follow the classroom: closed, the display is told so; reopened, it gets back in and learns the new code', async () => {
    const state = await openClassroom(host, workshopId);
    const token = tokenOf((await asTrainer<DisplayLink>(host, HTTP.classroomDisplay, { workshopId })).body);
    const display = await greeted(lanOrigin(state), token);
    clients.push(display);
    await asTrainer(host, HTTP.classroomClose, {});
    expect(await display.next('bye')).toEqual({ type: 'bye', reason: 'classroomClosed' });
    const again = await openClassroom(host, workshopId);
    const seen = await info(lanOrigin(again), token);
    expect(seen.status).toBe(200);
    expect(seen.body.joinCode).toBe(again.joinCode);
    expect(again.joinCode).not.toBe(state.joinCode);
  });

  it('are revoked all at once: every display is cut off with a bye and its link opens nothing again', async () => {
    const state = await openClassroom(host, workshopId);
    const tokens = [];
    for (let i = 0; i < 2; i++) tokens.push(tokenOf((await asTrainer<DisplayLink>(host, HTTP.classroomDisplay, { workshopId })).body));
    expect(new Set(tokens).size).toBe(2);
    const displays = await Promise.all(tokens.map((t) => greeted(lanOrigin(state), t)));
    clients.push(...displays);
    const member = await joined(lanOrigin(state), state.joinCode);
    const phone = await greeted(lanOrigin(state), member.token);
    clients.push(phone);

    const revoked = await asTrainer(host, HTTP.classroomDisplayRevoke, { workshopId });
    expect(revoked).toMatchObject({ status: 200, body: { revoked: 2 } });
    for (const display of displays) expect(await display.next('bye')).toEqual({ type: 'bye', reason: 'removed' });
    for (const token of tokens) expect(await sessionStatus(lanOrigin(state), token)).toBe(401);
    // The participants carry on.
    expect(phone.messages.some((m) => m.type === 'bye')).toBe(false);
    expect(await sessionStatus(lanOrigin(state), member.token)).toBe(200);
    expect((await asTrainer(host, HTTP.classroomDisplayRevoke, { workshopId })).body).toEqual({ revoked: 0 });
  });
});
