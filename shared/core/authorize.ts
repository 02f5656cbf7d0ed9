import { OP_DEFS } from '../deliverables/ops.ts';
import { isLibraryOp, type ContentOp, type Op, type SubOp } from '../protocol/ops.ts';
import type { Reason } from '../protocol/reasons.ts';
import type { Scope } from '../protocol/messages.ts';
import type { Session } from '../protocol/session.ts';
import type { WorkshopDoc } from './doc.ts';

type AnyDef = { who: 'trainer' | 'editor'; ownerTeam(payload: unknown, doc: WorkshopDoc): string | null | undefined };

const forbidden = (detail: string): Reason => ({ code: 'forbidden', detail });

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
  const subs: SubOp[] = (op as ContentOp).type === 'batch' ? (op as ContentOp & { type: 'batch' }).payload.ops : [op as SubOp];
  for (const sub of subs) {
    const def = OP_DEFS[sub.type] as unknown as AnyDef;
    if (def.who === 'trainer') return forbidden(`${sub.type} is the trainer’s`);
    const team = def.ownerTeam(sub.payload, doc);
    if (team !== null && team !== undefined && team !== session.teamId) return forbidden('another team’s work');
  }
  return null;
}

/** Who may watch what: the library (every workshop) is the trainer's alone; a workshop, the people admitted to it. */
export function maySubscribe(session: Session, scope: Scope): boolean {
  if (session.role === 'trainer') return true;
  return scope.kind === 'workshop' && scope.workshopId === session.workshopId;
}
