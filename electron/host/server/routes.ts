import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTP } from '../../../shared/protocol/http.ts';
import { PROTOCOL_VERSION } from '../../../shared/protocol/messages.ts';
import type { Session } from '../../../shared/protocol/session.ts';
import type { Db } from '../store/database.ts';
import { readWorkshopState } from '../store/read-model.ts';

export interface RouteContext {
  db: Db;
  appVersion: string;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

/** Authenticated API routes; returns false when the path is not an API route. */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  session: Session,
  ctx: RouteContext,
): Promise<boolean> {
  if (path === HTTP.session) {
    json(res, 200, { role: session.role, protocol: PROTOCOL_VERSION, appVersion: ctx.appVersion });
    return true;
  }
  const exportMatch = HTTP.exportStandardPattern.exec(path);
  if (exportMatch && req.method === 'GET') {
    // Word files are made on the trainer's machine, for the trainer (participants take theirs from the trainer).
    if (session.role !== 'trainer') {
      json(res, 403, { reason: { code: 'forbidden' } });
      return true;
    }
    const state = readWorkshopState(ctx.db, exportMatch[1]);
    if (!state) {
      json(res, 404, { reason: { code: 'unknownWorkshop' } });
      return true;
    }
    // Loaded on first use: docx, echarts and resvg would otherwise slow every start of the host.
    const { buildStandardDocx, standardFileName } = await import('../export/standard-docx.ts');
    const bytes = await buildStandardDocx(state);
    res.writeHead(200, {
      'content-type': DOCX,
      'content-length': String(bytes.length),
      'content-disposition': `attachment; filename="standard.docx"; filename*=UTF-8''${encodeURIComponent(standardFileName(state))}`,
      'cache-control': 'no-store',
    });
    res.end(bytes);
    return true;
  }
  if (path.startsWith('/api/')) {
    json(res, 404, { reason: { code: 'malformed', detail: 'no such route' } });
    return true;
  }
  return false;
}
