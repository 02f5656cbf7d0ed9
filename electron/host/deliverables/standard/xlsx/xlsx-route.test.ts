import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../../../shared/domain/ids.ts';
import { HTTP } from '../../../../../shared/protocol/http.ts';
import { PROTOCOL_VERSION } from '../../../../../shared/protocol/messages.ts';
import type { RunningHost } from '../../../host.ts';
import { RawClient, startTestHost, tempDir } from '../../../testing/fixtures.ts';
import { addIndicator, addPost, createWorkshop } from '../../../testing/sample-ops.ts';
import { loadDoc } from '../../../store/doc-store.ts';

describe('成果1 .xlsx routes', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  const workshopId = newId();
  const postId = newId();
  const call = (direction: 'export' | 'import', body?: Uint8Array<ArrayBuffer>, token = host.token) =>
    fetch(host.origin + HTTP.standardXlsx(workshopId, direction), {
      method: body ? 'POST' : 'GET',
      headers: { authorization: `Bearer ${token}` },
      ...(body ? { body } : {}),
    });

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
    await host.close();
    dir.remove();
  });

  it('answers the trainer only', async () => {
    const member = host.issueSession({ role: 'member', workshopId });
    expect((await call('export', undefined, member)).status).toBe(403);
    expect((await call('import', new Uint8Array(10), member)).status).toBe(403);
  });

  it('previews an edited export as one batch of ops and changes nothing itself', async () => {
    const res = await call('export');
    expect(res.headers.get('content-disposition')).toContain('.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    book.getWorksheet('前台接待')!.getCell('B8').value = '耐心倾听，不打断客人';
    const before = loadDoc(host.db, workshopId);
    const preview = await (await call('import', new Uint8Array(await book.xlsx.writeBuffer() as ArrayBuffer))).json();
    expect(preview).toMatchObject({ ok: true, summary: { indicatorsAdded: 1, indicatorsRemoved: 1 } });
    expect(preview.ops.map((o: { type: string }) => o.type)).toEqual(['indicator.remove', 'indicator.add']);
    expect(loadDoc(host.db, workshopId)).toEqual(before);
  });

  it('refuses a file that is not a workbook, and one over the size limit, with a reason code', async () => {
    const text = await call('import', new TextEncoder().encode('not a spreadsheet'));
    expect(text.status).toBe(422);
    expect(await text.json()).toEqual({ refusal: 'notXlsx' });
    const huge = await call('import', new Uint8Array(5 * 1024 * 1024));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({ refusal: 'tooLarge' });
  });
});
