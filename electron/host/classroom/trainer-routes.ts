import type { IncomingMessage, ServerResponse } from 'node:http';
import { DisplayRequest, OpenClassroomRequest, type DisplayLink, type DisplaysRevoked } from '../../../shared/protocol/classroom.ts';
import { HTTP } from '../../../shared/protocol/http.ts';
import type { Session } from '../../../shared/protocol/session.ts';
import { reasonFromZod } from '../engine/validation.ts';
import type { ClassroomController } from './controller.ts';
import { json, jsonBody } from './http-io.ts';

const BODY_BYTES = 1024;

/**
 * The trainer's control of the classroom, on the loopback server only (the classroom listener never routes here):
 * GET the state, POST open, POST close, POST a display link or revoke them all. Returns false for other paths.
 */
export async function handleClassroomApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  session: Session,
  classroom: ClassroomController,
): Promise<boolean> {
  if (path !== HTTP.classroom && !path.startsWith(`${HTTP.classroom}/`)) return false;
  if (session.role !== 'trainer') {
    json(res, 403, { reason: { code: 'forbidden', detail: 'the classroom is the trainer’s to open and close' } });
    return true;
  }
  if (path === HTTP.classroom && req.method === 'GET') {
    json(res, 200, await classroom.state());
  } else if (path === HTTP.classroomOpen && req.method === 'POST') {
    const body = await jsonBody(req, BODY_BYTES);
    if (!body.ok) {
      json(res, body.why === 'tooLarge' ? 413 : 400, { reason: { code: 'malformed', detail: body.why } }, body.why === 'tooLarge' ? { connection: 'close' } : {});
      return true;
    }
    const request = OpenClassroomRequest.safeParse(body.value);
    if (!request.success) {
      json(res, 400, { reason: reasonFromZod(request.error) });
      return true;
    }
    const opened = await classroom.open(request.data.workshopId, request.data.address);
    if (opened.ok) json(res, 200, opened.state);
    else json(res, opened.status, { reason: opened.reason });
  } else if (path === HTTP.classroomClose && req.method === 'POST') {
    json(res, 200, await classroom.close());
  } else if ((path === HTTP.classroomDisplay || path === HTTP.classroomDisplayRevoke) && req.method === 'POST') {
    const body = await jsonBody(req, BODY_BYTES);
    const request = body.ok ? DisplayRequest.safeParse(body.value) : null;
    if (!request?.success) {
      json(res, 400, { reason: request ? reasonFromZod(request.error) : { code: 'malformed', detail: 'not JSON' } });
      return true;
    }
    const { workshopId } = request.data;
    if (path === HTTP.classroomDisplayRevoke) {
      json(res, 200, { revoked: classroom.revokeDisplays(workshopId) } satisfies DisplaysRevoked);
      return true;
    }
    const link = classroom.issueDisplay(workshopId);
    if (link) json(res, 200, link satisfies DisplayLink);
    else json(res, 409, { reason: { code: 'classroomClosed' } });
  } else {
    json(res, 404, { reason: { code: 'malformed', detail: 'no such route' } });
  }
  return true;
}
