import type { IncomingMessage, ServerResponse } from 'node:http';
import { newId } from '../../../../../shared/domain/ids.ts';
import { LIMITS } from '../../../../../shared/domain/limits.ts';
import { standardState } from '../../../../../shared/deliverables/standard/view.ts';
import { importOps } from '../../../../../shared/deliverables/standard/xlsx/import-ops.ts';
import { XLSX_LIMITS } from '../../../../../shared/deliverables/standard/xlsx/layout.ts';
import type { ImportPreview } from '../../../../../shared/deliverables/standard/xlsx/problems.ts';
import { readStandardSheets } from '../../../../../shared/deliverables/standard/xlsx/read-sheets.ts';
import type { WorkshopDoc } from '../../../../../shared/core/doc.ts';
import type { XlsxSheet } from '../../../../../shared/deliverables/standard/xlsx/cells.ts';
import { HTTP } from '../../../../../shared/protocol/http.ts';
import type { Session } from '../../../../../shared/protocol/session.ts';
import type { Db } from '../../../store/database.ts';
import { loadDoc } from '../../../store/doc-store.ts';
import { readXlsx } from './read-xlsx.ts';
import { buildStandardXlsx, standardXlsxFileName } from './write-xlsx.ts';
import { Refused } from './zip-guard.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const json = (res: ServerResponse, status: number, body: unknown, close = false) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...(close ? { connection: 'close' } : {}) });
  res.end(JSON.stringify(body));
};

/** The body up to `limit` bytes; null (and the request abandoned) past it. */
async function bodyOf(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function preview(doc: WorkshopDoc, workshopId: string, sheets: XlsxSheet[]): ImportPreview {
  const read = readStandardSheets(sheets);
  if (read.problems.length) return { ok: false, problems: read.problems };
  const plan = importOps(doc, workshopId, read.posts, newId);
  if (plan.problems.length) return { ok: false, problems: plan.problems };
  // The batch travels as one WebSocket message; one that would not fit is named now rather than refused later.
  const frame = Buffer.byteLength(JSON.stringify({ type: 'op', op: { opId: newId(), type: 'batch', payload: { workshopId, ops: plan.ops } } }));
  if (frame > LIMITS.frameBytes) return { ok: false, problems: [{ sheet: '', row: 0, code: 'tooLargeForOneChange' }] };
  return { ok: true, ops: plan.ops, summary: plan.summary };
}

/**
 * 成果1 as .xlsx out (GET …/export/standard.xlsx) and in (POST …/import/standard.xlsx): the import answers with a
 * preview (the ops of one batch, or every problem by sheet and row) and changes nothing; the trainer's client
 * submits the batch once the trainer confirms, so it goes through the same checks as every other edit.
 */
export async function handleStandardXlsx(req: IncomingMessage, res: ServerResponse, path: string, session: Session, db: Db): Promise<boolean> {
  const match = HTTP.standardXlsxPattern.exec(path);
  if (!match) return false;
  const [, workshopId, direction] = match;
  const method = direction === 'export' ? 'GET' : 'POST';
  if (req.method !== method) {
    json(res, 405, { reason: { code: 'malformed', detail: `use ${method}` } });
    return true;
  }
  if (session.role !== 'trainer') {
    json(res, 403, { reason: { code: 'forbidden' } });
    return true;
  }
  const doc = loadDoc(db, workshopId);
  if (!doc) {
    json(res, 404, { reason: { code: 'unknownWorkshop' } });
    return true;
  }
  const state = standardState(doc, workshopId);
  if (direction === 'export') {
    const bytes = await buildStandardXlsx(state);
    res.writeHead(200, {
      'content-type': XLSX,
      'content-length': String(bytes.length),
      'content-disposition': `attachment; filename="standard.xlsx"; filename*=UTF-8''${encodeURIComponent(standardXlsxFileName(state))}`,
      'cache-control': 'no-store',
    });
    res.end(bytes);
    return true;
  }
  const body = await bodyOf(req, XLSX_LIMITS.fileBytes);
  if (!body) {
    json(res, 413, { refusal: 'tooLarge' }, true);
    req.destroy();
    return true;
  }
  let answer: ImportPreview;
  try {
    answer = preview(doc, workshopId, await readXlsx(body));
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    json(res, 422, { refusal: error.refusal });
    return true;
  }
  json(res, 200, answer);
  return true;
}
