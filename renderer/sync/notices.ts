import { newId } from '../../shared/domain/ids.ts';
import type { OpType } from '../../shared/protocol/ops.ts';
import type { Reason } from '../../shared/protocol/reasons.ts';

export interface Notice {
  id: string;
  kind: 'rejected' | 'overwritten' | 'held';
  reason?: Reason;
  opType?: OpType;
  /** How many times this same thing happened while the notice was up. */
  count: number;
  at: number;
}

/** Notices of different kinds kept at once; the same refusal repeated is one notice with a count, never dropped. */
const MAX_GROUPS = 12;

const keyOf = (n: Pick<Notice, 'kind' | 'reason' | 'opType'>): string =>
  [n.kind, n.reason?.code, n.reason?.rule, n.reason?.path, n.reason?.limit, n.opType].join('|');

/** Adds a notice, folding it into an open one that says the same thing. */
export function addNotice(list: readonly Notice[], next: Omit<Notice, 'id' | 'at' | 'count'>, now = Date.now()): Notice[] {
  const key = keyOf(next);
  const same = list.find((n) => keyOf(n) === key);
  if (same) return [...list.filter((n) => n !== same), { ...same, count: same.count + 1, at: now }];
  return [...list, { ...next, id: newId(), count: 1, at: now }].slice(-MAX_GROUPS);
}
