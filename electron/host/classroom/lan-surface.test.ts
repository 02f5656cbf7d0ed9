import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { HTTP } from '../../../shared/protocol/http.ts';
import { PROTOCOL_VERSION } from '../../../shared/protocol/messages.ts';
import type { RunningHost } from '../host.ts';
import { RawClient, tempDir, wsUrl } from '../testing/fixtures.ts';
import { call, joined, lanOrigin, LAN, newWorkshop, openClassroom, startClassroomHost } from './classroom-fixture.ts';

/** The HTTP status a WebSocket upgrade gets on `origin` (101 when admitted). */
const upgradeStatus = (origin: string, token: string, headers: Record<string, string> = {}) =>
  new Promise<number>((resolve) => {
    const socket = new WebSocket(wsUrl(origin), ['satisfy', `auth.${token}`], { headers });
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('error', () => resolve(-1));
  });

describe('the classroom listener serves the participant app and the protocol, nothing else', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  let workshopId: string;
  let origin: string;
  let member: string;

  beforeAll(async () => {
    dir = tempDir();
    host = await startClassroomHost(dir.dir);
    workshopId = newWorkshop(host);
    const state = await openClassroom(host, workshopId);
    origin = lanOrigin(state);
    member = (await joined(origin, state.joinCode)).token;
  });
  afterAll(async () => {
    await host.close();
    dir.remove();
  });

  it('listens on the chosen address only, on the loopback host’s port when it is free', async () => {
    expect(origin).toBe(`http://${LAN[0].address}:${host.port}`);
    await expect(call(`http://${LAN[1].address}:${host.port}`, '/')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('serves the participant page at / and its assets, with the loopback server’s security headers', async () => {
    const page = await call(origin, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('participant app');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain(`connect-src 'self' ws://${LAN[0].address}:${host.port}`);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await call(origin, HTTP.participantPage)).body).toContain('participant app');
    expect((await call(origin, '/assets/participant-abc.js')).status).toBe(200);
  });

  it('never serves the trainer’s app, files outside the assets, exports, spreadsheets or the trainer’s routes', async () => {
    const auth = { authorization: `Bearer ${member}` };
    for (const path of [
      '/index.html',
      '/w/abc/present',
      '/assets/../index.html',
      '/assets/%2e%2e/index.html',
      '/%2e%2e/%2e%2e/etc/passwd',
      HTTP.exportDeliverable(workshopId, 'standard'),
      HTTP.standardXlsx(workshopId, 'export'),
      HTTP.classroom,
      '/api/library',
    ]) {
      const res = await call(origin, path, { headers: auth });
      expect(res.status, path).toBe(404);
      expect(JSON.stringify(res.body), path).not.toContain('trainer app');
    }
    const trainer = { authorization: `Bearer ${host.token}` };
    expect((await call(origin, HTTP.classroomClose, { method: 'POST', headers: trainer, body: {} })).status).toBe(404);
    // The launch-code exchange is the trainer's, on the loopback server only.
    expect((await call(origin, HTTP.session, { method: 'POST', headers: auth })).status).toBe(404);
  });

  it('refuses the trainer’s credential, over HTTP and WebSocket', async () => {
    expect((await call(origin, HTTP.session, { headers: { authorization: `Bearer ${host.token}` } })).status).toBe(401);
    expect(await upgradeStatus(origin, host.token)).toBe(401);
    expect(await upgradeStatus(origin, member)).toBe(101);
  });

  it('a member connected here may not watch the library nor another workshop', async () => {
    const client = await RawClient.open(origin, member);
    client.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: 'm' });
    await client.next('welcome');
    client.send({ type: 'subscribe', scope: { kind: 'library' } });
    expect((await client.next('error')).reason.code).toBe('forbidden');
    client.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId: newWorkshop(host) } });
    expect((await client.next('error')).reason.code).toBe('forbidden');
    client.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId } });
    expect((await client.next('doc')).workshopId).toBe(workshopId);
    client.close();
  });

  it('refuses a foreign Origin and a Host other than its own address and port (DNS rebinding) with 403', async () => {
    const own = `${LAN[0].address}:${host.port}`;
    expect((await call(origin, '/', { headers: { host: own } })).status).toBe(200);
    expect((await call(origin, '/', { headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await call(origin, '/', { headers: { host: `127.0.0.1:${host.port}` } })).status).toBe(403);
    expect((await call(origin, '/', { headers: { host: own, origin: 'http://evil.example' } })).status).toBe(403);
    expect((await call(origin, '/', { headers: { host: own, origin: `http://${own}` } })).status).toBe(200);
    expect(await upgradeStatus(origin, member, { origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus(origin, member, { host: 'evil.example' })).toBe(403);
  });

  it(`a frame larger than ${LIMITS.frameBytes / 1024} KiB closes the participant’s socket (1009)`, async () => {
    const client = await RawClient.open(origin, member);
    client.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: 'x'.repeat(LIMITS.frameBytes) });
    expect(await client.closed()).toBe(1009);
  });
});
