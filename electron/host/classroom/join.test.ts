import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP } from '../../../shared/protocol/http.ts';
import type { RunningHost } from '../host.ts';
import { sessionByToken } from '../server/sessions.ts';
import { loadDoc } from '../store/doc-store.ts';
import { tempDir } from '../testing/fixtures.ts';
import { JOIN_ATTEMPTS, JOINS_PER_ADDRESS } from './attempt-limit.ts';
import { call, join, joined, lanOrigin, newWorkshop, openClassroom, startClassroomHost } from './classroom-fixture.ts';

/** `count` join requests whose headers all reach the host before any of their bodies does; resolves with the statuses. */
async function headersThenBodies(origin: string, count: number, body: string, from: string): Promise<number[]> {
  const url = new URL(origin);
  const requests = Array.from({ length: count }, () =>
    request({
      host: url.hostname,
      port: url.port,
      path: HTTP.join,
      method: 'POST',
      localAddress: from,
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
    }),
  );
  const statuses = requests.map(
    (req) => new Promise<number>((resolve, reject) => req.on('response', (res) => (res.resume(), resolve(res.statusCode ?? 0))).on('error', reject)),
  );
  await Promise.all(requests.map((req) => new Promise((resolve) => req.on('socket', (socket) => socket.on('connect', resolve)))));
  requests.forEach((req) => req.flushHeaders());
  // Event-loop turns (no clock): the host reads every request's headers, and starts its handler, before the bodies go out.
  for (let turn = 0; turn < 100; turn++) await new Promise((resolve) => setImmediate(resolve));
  requests.forEach((req) => req.end(body));
  return Promise.all(statuses);
}

const wrongCode = (code: string) => code.slice(1) + (code[0] === '2' ? '3' : '2');

describe('joining the classroom by code', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  let workshopId: string;
  let origin: string;
  let code: string;

  beforeAll(async () => {
    dir = tempDir();
    host = await startClassroomHost(dir.dir);
    workshopId = newWorkshop(host);
    const state = await openClassroom(host, workshopId);
    origin = lanOrigin(state);
    code = state.joinCode;
  });
  afterAll(async () => {
    await host.close();
    dir.remove();
  });

  it('the right code gives each participant a member credential of their own and a row in the room', async () => {
    const a = await joined(origin, code, '张三');
    const b = await joined(origin, code.toLowerCase(), '张三');
    expect(a.token).not.toBe(b.token);
    expect(a.participantId).not.toBe(b.participantId);
    expect(a.workshopId).toBe(workshopId);
    expect(sessionByToken(host.db, a.token)).toMatchObject({ sessionId: a.participantId, role: 'member', workshopId, teamId: null, name: '张三' });
    expect(loadDoc(host.db, workshopId)!.participants[b.participantId]).toMatchObject({ name: '张三', teamId: null, language: 'zh-CN' });
    const session = await call(origin, HTTP.session, { headers: { authorization: `Bearer ${a.token}` } });
    expect(session).toMatchObject({ status: 200, body: { role: 'member' } });
  });

  it(`wrong codes are refused (401); after ${JOIN_ATTEMPTS.max} that address waits (429), even with the right code, and others do not`, async () => {
    const from = '127.0.0.21';
    for (let i = 0; i < JOIN_ATTEMPTS.max; i++) {
      const answer = await join(origin, { code: wrongCode(code), name: '猜码', language: 'en' }, from);
      expect(answer.status).toBe(401);
      expect(answer.body.reason).toEqual({ code: 'badJoinCode' });
    }
    const blocked = await join(origin, { code, name: '猜码', language: 'en' }, from);
    expect(blocked.status).toBe(429);
    expect(blocked.body.reason).toMatchObject({ code: 'tooManyAttempts' });
    expect(blocked.body.reason!.retryAfterSeconds).toBeGreaterThan(JOIN_ATTEMPTS.windowMs / 1000 - 60);
    expect(Number(blocked.headers['retry-after'])).toBe(blocked.body.reason!.retryAfterSeconds);
    expect(Object.values(loadDoc(host.db, workshopId)!.participants).some((p) => p.name === '猜码')).toBe(false);

    // Malformed codes count as wrong ones; they do not slip past the limit.
    const other = '127.0.0.22';
    expect((await join(origin, { code: 'x', name: '邻座', language: 'en' }, other)).status).toBe(401);
    expect((await join(origin, { code, name: '邻座', language: 'en' }, other)).status).toBe(200);
  });

  it('wrong codes sent all at once get no more tries than sent one by one (all headers first, then all bodies)', async () => {
    const statuses = await headersThenBodies(origin, 40, JSON.stringify({ code: wrongCode(code), name: '并发', language: 'en' }), '127.0.0.27');
    expect(statuses.filter((s) => s === 401)).toHaveLength(JOIN_ATTEMPTS.max);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - JOIN_ATTEMPTS.max);
  });

  it('a right code with a bad name or language is refused with the field named, and costs no attempt', async () => {
    const from = '127.0.0.23';
    for (let i = 0; i < JOIN_ATTEMPTS.max + 1; i++) {
      const answer = await join(origin, { code, name: '   ', language: 'en' }, from);
      expect(answer.status).toBe(400);
      expect(answer.body.reason).toMatchObject({ code: 'invalid', path: 'name', rule: 'required' });
    }
    expect((await join(origin, { code, name: 'x'.repeat(41), language: 'en' }, from)).body.reason).toMatchObject({ path: 'name', rule: 'tooLong' });
    expect((await join(origin, { code, name: 'Ann', language: 'fr' }, from)).body.reason).toMatchObject({ path: 'language' });
    expect((await join(origin, { code, name: 'Ann', language: 'en' }, from)).status).toBe(200);
  });

  it(`one address joins at most ${JOINS_PER_ADDRESS.max} times in ${JOINS_PER_ADDRESS.windowMs / 60_000} minutes: the code alone cannot flood the room`, async () => {
    const from = '127.0.0.25';
    const before = Object.keys(loadDoc(host.db, workshopId)!.participants).length;
    for (let i = 0; i < JOINS_PER_ADDRESS.max; i++) expect((await join(origin, { code, name: `p${i}`, language: 'en' }, from)).status).toBe(200);
    const refused = await join(origin, { code, name: 'one more', language: 'en' }, from);
    expect(refused.status).toBe(429);
    expect(refused.body.reason).toMatchObject({ code: 'tooManyAttempts' });
    expect(Object.keys(loadDoc(host.db, workshopId)!.participants).length - before).toBe(JOINS_PER_ADDRESS.max);
    expect((await join(origin, { code, name: 'next phone', language: 'en' }, '127.0.0.26')).status).toBe(200);
  });

  it('a request body past 1 KiB is refused without being read', async () => {
    const answer = await join(origin, { code, name: 'Ann', language: 'en', padding: 'x'.repeat(4096) }, '127.0.0.24');
    expect(answer.status).toBe(413);
  });
});
