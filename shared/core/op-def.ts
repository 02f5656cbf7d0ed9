import type { z } from 'zod';
import type { WorkshopDoc } from './doc.ts';
import type { FieldRef } from './fields.ts';
import type { Tx } from './tx.ts';

type InWorkshop = { workshopId: string };

/**
 * One op type of a deliverable module: its payload schema, who may send it, and its one meaning (the reducer). The
 * host runs `apply` inside its SQLite transaction and persists the resulting effect; a client runs it only to predict.
 */
export interface OpDef<S extends z.ZodType<InWorkshop>> {
  payload: S;
  /** 'trainer': the trainer alone. 'editor': anyone who may edit what the op writes to (see `ownerTeam`). */
  who: 'trainer' | 'editor';
  /**
   * The team owning what the op writes, as the doc stands before it: null when it belongs to the whole workshop,
   * undefined when the target does not exist (the reducer then refuses with the right reason).
   */
  ownerTeam(payload: z.infer<S>, doc: WorkshopDoc): string | null | undefined;
  /**
   * For ops a participant makes in their own name (an answer, a vote, a note): whose name, as the doc stands. A member
   * may send it only as themselves; null when anyone may (an anonymous note), undefined when the target is missing.
   */
  self?(payload: z.infer<S>, doc: WorkshopDoc): string | null | undefined;
  /** Still allowed to members while the trainer has locked editing (answering a poll is not editing the work). */
  duringLock?: true;
  apply(tx: Tx, payload: z.infer<S>): void;
  /**
   * What of the payload the host logs and passes on, when it is less than what was sent (an anonymous note's writer):
   * what the reducer does not store must not survive in the change log or in the change others receive.
   */
  kept?(payload: z.infer<S>, doc: WorkshopDoc): z.infer<S>;
  /** Text fields the op overwrites, so someone typing in one of them is told. */
  touched?(payload: z.infer<S>): FieldRef[];
}

export const defineOp = <S extends z.ZodType<InWorkshop>>(def: OpDef<S>): OpDef<S> => def;
