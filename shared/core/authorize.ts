import { OP_DEFS } from '../deliverables/ops.ts';
import { isLibraryOp, type ContentOp, type Op, type SubOp } from '../protocol/ops.ts';
import type { Reason } from '../protocol/reasons.ts';
import type { Scope } from '../protocol/messages.ts';
import type { Session } from '../protocol/session.ts';
import type { WorkshopDoc } from './doc.ts';

type AnyDef = {
  who: 'trainer' | 'editor';
  ownerTeam(payload: unknown, doc: WorkshopDoc): string | null | undefined;
  self?(payload: unknown, doc: WorkshopDoc): string | null | undefined;
  duringLock?: true;
};

const forbidden = (detail: string, rule?: string): Reason => ({ code: 'forbidden', detail, ...(rule ? { rule } : {}) });

/**
 * A member's team as the room stands: the trainer moves people between teams in the doc (their participant row), so a
 * move takes effect on the next op without a new credential. A session issued straight into a team keeps that team.
 */
export const teamOf = (session: Session, doc: WorkshopDoc | null): string | null => {
  // A row without a team is an answer too (moved out of every team): it must not fall back to the issued team.
  const row = doc?.participants[session.sessionId];
  return row ? row.teamId : session.teamId;
};

/**
 * The host's one decision on every op: may this session make it, given who owns what it writes? `doc` is the
 * workshop as it stands (null when it does not exist). Returns null when allowed, else the reason.
 */
export function authorize(session: Session, op: Op, doc: WorkshopDoc | null): Reason | null {
  if (session.role === 'viewer') return forbidden('viewers only read');
  if (session.role === 'trainer') return null;
  if (isLibraryOp(op)) return forbidden('only the trainer creates, copies or deletes workshops');
  if (op.payload.workshopId !== session.workshopId) return forbidden('not your workshop');
  if (!doc) return null;
  const locked = doc.classrooms[doc.workshop.id]?.locked ?? false;
  const team = teamOf(session, doc);
  const subs: SubOp[] = (op as ContentOp).type === 'batch' ? (op as ContentOp & { type: 'batch' }).payload.ops : [op as SubOp];
  for (const sub of subs) {
    const def = OP_DEFS[sub.type] as unknown as AnyDef;
    if (def.who === 'trainer') return forbidden(`${sub.type} is the trainer’s`);
    if (locked && !def.duringLock) return forbidden('the trainer has locked editing', 'locked');
    const owner = def.ownerTeam(sub.payload, doc);
    if (owner !== null && owner !== undefined && owner !== team) return forbidden('another team’s work');
    const self = def.self?.(sub.payload, doc);
    if (self !== null && self !== undefined && self !== session.sessionId) return forbidden('only in your own name');
  }
  return null;
}

/** Who may watch what: the library (every workshop) is the trainer's alone; a workshop, the people admitted to it. */
export function maySubscribe(session: Session, scope: Scope): boolean {
  if (session.role === 'trainer') return true;
  return scope.kind === 'workshop' && scope.workshopId === session.workshopId;
}
