import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SessionInfo } from '../../../shared/protocol/classroom.ts';
import { HTTP } from '../../../shared/protocol/http.ts';
import { PROTOCOL_VERSION } from '../../../shared/protocol/messages.ts';
import type { Session } from '../../../shared/protocol/session.ts';
import type { Db } from '../store/database.ts';
import { sortByOrder } from '../../../shared/core/order.ts';
import type { WorkshopDoc } from '../../../shared/core/doc.ts';
import { loadDoc } from '../store/doc-store.ts';
import { isDeliverable, WORKSHOP_RECORDS } from '../export/exporters.ts';
import { runExport } from '../export/run-export.ts';
import { handleStandardXlsx } from '../deliverables/standard/xlsx/xlsx-route.ts';
import type { ClassroomController } from '../classroom/controller.ts';
import { handleClassroomApi } from '../classroom/trainer-routes.ts';

export interface RouteContext {
  db: Db;
  appVersion: string;
  classroom: ClassroomController;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

/** The deliverable's instance a request names (`?artifact=`), else its first; undefined when there is none. */
function instanceOf(doc: WorkshopDoc, deliverable: string, req: IncomingMessage): string | undefined {
  const wanted = new URL(req.url ?? '/', 'http://host').searchParams.get('artifact');
  const instances = sortByOrder(Object.values(doc.artifacts).filter((a) => a.deliverable === deliverable));
  return (wanted ? instances.find((a) => a.id === wanted) : instances[0])?.id;
}

/** Authenticated API routes; returns false when the path is not an API route. */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  session: Session,
  ctx: RouteContext,
): Promise<boolean> {
  if (path === HTTP.session) {
    const joinCode = ctx.classroom.joinCodeFor(session);
    const info: SessionInfo = { role: session.role, protocol: PROTOCOL_VERSION, appVersion: ctx.appVersion, workshopId: session.workshopId, ...(joinCode ? { joinCode } : {}) };
    json(res, 200, info);
    return true;
  }
  if (await handleStandardXlsx(req, res, path, session, ctx.db)) return true;
  if (await handleClassroomApi(req, res, path, session, ctx.classroom)) return true;
  const exportMatch = HTTP.exportPattern.exec(path);
  if (exportMatch && req.method === 'GET') {
    // Word files are made on the trainer's machine, for the trainer (participants take theirs from the trainer).
    if (session.role !== 'trainer') {
      json(res, 403, { reason: { code: 'forbidden' } });
      return true;
    }
    const [, workshopId, deliverable] = exportMatch;
    if (!isDeliverable(deliverable)) {
      json(res, 404, { reason: { code: 'malformed', detail: 'no such deliverable' } });
      return true;
    }
    const doc = loadDoc(ctx.db, workshopId);
    if (!doc) {
      json(res, 404, { reason: { code: 'unknownWorkshop' } });
      return true;
    }
    // A record of the workshop itself (the classroom's activities) has no artifact to look up.
    const artifactId = WORKSHOP_RECORDS.has(deliverable) ? doc.workshop.id : instanceOf(doc, deliverable, req);
    if (!artifactId) {
      json(res, 404, { reason: { code: 'unknownEntity', detail: 'no such instance of the deliverable' } });
      return true;
    }
    // In a worker thread: the classroom's ops keep flowing while the pages are laid out.
    const { bytes, fileName } = await runExport(deliverable, { doc, artifactId });
    res.writeHead(200, {
      'content-type': DOCX,
      'content-length': String(bytes.length),
      'content-disposition': `attachment; filename="${deliverable}.docx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
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
