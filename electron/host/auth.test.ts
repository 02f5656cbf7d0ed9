import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids.ts';
import { HTTP } from '../../shared/protocol/http.ts';
import type { RunningHost } from './host.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/messages.ts';
import { revokeSession, sessionByToken } from './server/sessions.ts';
import { claimSession, RawClient, startTestHost, tempDir, wsUrl } from './testing/fixtures.ts';

/** Resolves with the HTTP status the host answered a WebSocket upgrade with. */
const upgradeStatus = (url: string, protocols: string[], headers: Record<string, string> = {}) =>
  new Promise<number>((resolve) => {
    const socket = new WebSocket(url, protocols, { headers });
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('error', () => resolve(-1));
  });

describe('only the holder of the launch token, from the host’s own origin, gets in', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    dir = tempDir();
    host = await startTestHost(dir.dir);
  });
  afterAll(async () => {
    await host.close();
    dir.remove();
  });

  it('listens on 127.0.0.1 and gives the launch code only in the link’s fragment', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toMatch(new RegExp(`^${host.origin}/#token=[\\w-]{32,}$`));
  });

  it('the launch code is traded for a session; the code itself opens no socket', async () => {
    const code = new URL(host.url).hash.replace('#token=', '');
    expect(await upgradeStatus(wsUrl(host.origin), ['satisfy', `auth.${code}`])).toBe(401);
    const session = await claimSession(host.origin, code);
    expect(session).not.toBe(code);
    expect(await upgradeStatus(wsUrl(host.origin), ['satisfy', `auth.${session}`])).toBe(101);
    await expect(claimSession(host.origin, 'not-the-code')).rejects.toThrow(/401/);
  });

  it('a revoked session is refused', async () => {
    const token = host.issueSession({ role: 'member', workshopId: null });
    expect(await upgradeStatus(wsUrl(host.origin), ['satisfy', `auth.${token}`])).toBe(101);
    const session = sessionByToken(host.db, token)!;
    revokeSession(host.db, session.sessionId);
    expect(await upgradeStatus(wsUrl(host.origin), ['satisfy', `auth.${token}`])).toBe(401);
  });

  it('refuses a socket without a token, with a wrong token, or from a foreign origin', async () => {
    const url = wsUrl(host.origin);
    expect(await upgradeStatus(url, ['satisfy'])).toBe(401);
    expect(await upgradeStatus(url, ['satisfy', 'auth.wrong-token'])).toBe(401);
    expect(await upgradeStatus(url, ['satisfy', `auth.${host.token}`], { origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus(url, ['satisfy', `auth.${host.token}`], { origin: host.origin })).toBe(101);
  });

  it('refuses a request whose Host header is not this machine (DNS rebinding)', async () => {
    expect(await upgradeStatus(wsUrl(host.origin), ['satisfy', `auth.${host.token}`], { host: 'evil.example:80' })).toBe(403);
  });

  it('refuses API calls without the bearer token', async () => {
    expect((await fetch(host.origin + HTTP.session)).status).toBe(401);
    expect((await fetch(host.origin + HTTP.session, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    const ok = await fetch(host.origin + HTTP.session, { headers: { authorization: `Bearer ${host.token}` } });
    expect(await ok.json()).toMatchObject({ role: 'trainer', protocol: PROTOCOL_VERSION });
  });

  it('a client of another protocol version is refused with a clear reason and closed', async () => {
    const old = await RawClient.open(host.origin, host.token);
    old.send({ type: 'hello', protocol: 0, clientId: newId(), name: 'old' });
    const refused = await old.next('refused');
    expect(refused.reason.code).toBe('protocolMismatch');
    expect(refused.hostProtocol).toBe(PROTOCOL_VERSION);
    expect(await old.closed()).toBe(4000);
  });

  it('a malformed URL from any page gets 400, and the host keeps serving', async () => {
    expect((await fetch(host.origin + '/%')).status).toBe(400);
    expect((await fetch(host.origin + '/assets/%E0%A4%A')).status).toBe(400);
    const ok = await fetch(host.origin + HTTP.session, { headers: { authorization: `Bearer ${host.token}` } });
    expect(ok.status).toBe(200);
  });

  it('serves the page with a strict content security policy', async () => {
    const res = await fetch(host.origin + '/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
  });
});
