import type { IncomingMessage, ServerResponse } from 'node:http';
import { newId } from '../../../shared/domain/ids.ts';
import { JoinCode, JoinRequest, type JoinAnswer } from '../../../shared/protocol/classroom.ts';
import type { Reason } from '../../../shared/protocol/reasons.ts';
import type { Session } from '../../../shared/protocol/session.ts';
import type { Engine } from '../engine/engine.ts';
import { reasonFromZod } from '../engine/validation.ts';
import { revokeSession } from '../server/sessions.ts';
import type { Db } from '../store/database.ts';
import type { AttemptLimit } from './attempt-limit.ts';
import { json, jsonBody } from './http-io.ts';
import { joinCodeMatches } from './join-code.ts';
import type { SessionBatch } from './session-batch.ts';

/** A join request is a code, a name of at most 40 characters and a language: far below this. */
const JOIN_BODY_BYTES = 1024;

/** The host's own authority, used to record a participant it has admitted (never a client's credential). */
const HOST_SESSION: Session = { sessionId: 'host', role: 'trainer', workshopId: null, teamId: null, name: '' };

export interface JoinContext {
  db: Db;
  engine: Engine;
  /** Failed attempts per address (JOIN_ATTEMPTS), and successful joins per address (JOINS_PER_ADDRESS). */
  attempts: AttemptLimit;
  joins: AttemptLimit;
  sessions: SessionBatch;
  /** The open classroom's workshop and code, or null when it is closed. */
  open(): { workshopId: string; code: string } | null;
}

const refuse = (res: ServerResponse, status: number, reason: Reason, headers: Record<string, string> = {}) =>
  json(res, status, { reason }, headers);

/**
 * POST /api/join: the right code while the classroom is open buys a member session of its workshop and a participant
 * row in the trainer's name. Wrong codes count against the caller's address; past the limit even a right one waits.
 */
export async function handleJoin(req: IncomingMessage, res: ServerResponse, ctx: JoinContext): Promise<void> {
  const from = req.socket.remoteAddress ?? '?';
  const body = await jsonBody(req, JOIN_BODY_BYTES);
  if (!body.ok) {
    // The rest of an oversize body is not read: close the connection instead of reusing it.
    if (body.why === 'tooLarge') return refuse(res, 413, { code: 'malformed', detail: 'request too large' }, { connection: 'close' });
    return refuse(res, 400, { code: 'malformed', detail: 'not JSON' });
  }
  // From this check to recording the attempt nothing awaits: a burst of requests sent at once cannot all pass it.
  const wait = Math.max(ctx.attempts.retryAfterSeconds(from), ctx.joins.retryAfterSeconds(from));
  if (wait > 0) return refuse(res, 429, { code: 'tooManyAttempts', retryAfterSeconds: wait }, { 'retry-after': String(wait) });
  const open = ctx.open();
  if (!open) return refuse(res, 403, { code: 'classroomClosed' });
  const code = JoinCode.safeParse((body.value as { code?: unknown } | null)?.code);
  if (!code.success || !joinCodeMatches(open.code, code.data)) {
    ctx.attempts.record(from);
    return refuse(res, 401, { code: 'badJoinCode' });
  }
  const request = JoinRequest.safeParse(body.value);
  if (!request.success) return refuse(res, 400, reasonFromZod(request.error));
  const { name, language } = request.data;

  ctx.joins.record(from);
  const { token, session } = await ctx.sessions.issue({ role: 'member', workshopId: open.workshopId, teamId: null, name });
  const result = await ctx.engine.submit({
    session: HOST_SESSION,
    clientId: 'host',
    raw: {
      opId: newId(),
      type: 'participant.join',
      payload: { workshopId: open.workshopId, participantId: session.sessionId, name, teamId: null, language },
    },
  });
  if (result.kind !== 'applied') {
    // A credential without its participant row would be a member nobody can see or remove.
    revokeSession(ctx.db, session.sessionId);
    return refuse(res, result.kind === 'held' ? 503 : 409, 'reason' in result ? result.reason : { code: 'internal' });
  }
  json(res, 200, { token, workshopId: open.workshopId, participantId: session.sessionId } satisfies JoinAnswer);
}
