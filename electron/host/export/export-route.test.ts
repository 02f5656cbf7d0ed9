import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids.ts';
import { HTTP } from '../../../shared/protocol/http.ts';
import { PROTOCOL_VERSION } from '../../../shared/protocol/messages.ts';
import type { RunningHost } from '../host.ts';
import { RawClient, startTestHost, tempDir } from '../testing/fixtures.ts';
import { addIndicator, addPost, createWorkshop } from '../testing/sample-ops.ts';
import { exportWorkerRunning, setExportWorkerIdleMs, stopExportWorker } from './run-export.ts';

describe('GET /api/workshops/:id/export/:deliverable', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  const workshopId = newId();
  const postId = newId();
  const get = (path: string, token: string | null = host.token) =>
    fetch(host.origin + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    dir = tempDir();
    host = await startTestHost(dir.dir);
    const raw = await RawClient.open(host.origin, host.token);
    raw.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: 'raw' });
    await raw.next('welcome');
    for (const input of [createWorkshop(workshopId), addPost(workshopId, postId), addIndicator(workshopId, postId, 'empathy', '耐心倾听不打断', 100)]) {
      raw.send({ type: 'op', op: { ...input, opId: newId() } });
      await raw.next('ack');
    }
    raw.close();
  });
  afterAll(async () => {
    await stopExportWorker();
    await host.close();
    dir.remove();
  });

  it('answers the trainer only: a member of the workshop gets 403', async () => {
    const member = host.issueSession({ role: 'member', workshopId });
    expect((await get(HTTP.exportDeliverable(workshopId, 'standard'), member)).status).toBe(403);
  });

  it('builds 成果1 in the export worker, with the post and indicator in the file and a Chinese file name', async () => {
    const res = await get(HTTP.exportDeliverable(workshopId, 'standard'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('成果1_服务岗位内部服务考核标准_1.0'));
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('前台接待');
    expect(xml).toContain('耐心倾听不打断');
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/'))).toBe(true); // the mind map
  }, 60_000);

  it('lets an idle worker go (its memory with it), and starts another for the next export', async () => {
    const previous = setExportWorkerIdleMs(200);
    try {
      expect((await get(HTTP.exportDeliverable(workshopId, 'standard'))).status).toBe(200);
      expect(exportWorkerRunning()).toBe(true);
      await expect.poll(exportWorkerRunning, { timeout: 5000 }).toBe(false);
      const again = await get(HTTP.exportDeliverable(workshopId, 'standard'));
      expect(again.status).toBe(200);
      expect((await again.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    } finally {
      setExportWorkerIdleMs(previous);
    }
  }, 60_000);

  it('answers 404 for a deliverable without an exporter and for an unknown workshop', async () => {
    expect((await get(HTTP.exportDeliverable(workshopId, 'playbook'))).status).toBe(404);
    expect((await get(HTTP.exportDeliverable(workshopId, 'constructor'))).status).toBe(404);
    const unknown = await get(HTTP.exportDeliverable(newId(), 'standard'));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ reason: { code: 'unknownWorkshop' } });
  });

  it('refuses an export without the bearer token', async () => {
    expect((await get(HTTP.exportDeliverable(workshopId, 'standard'), null)).status).toBe(401);
    expect((await get(HTTP.exportDeliverable(workshopId, 'standard'), 'x'.repeat(43))).status).toBe(401);
  });
});
