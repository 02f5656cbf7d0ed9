import type { Op } from '../../shared/protocol/ops.ts';

/** One of this client's edits that the host has not confirmed into every copy that shows it yet. */
export interface Pending {
  op: Op;
  /** Client time, for the prediction only. */
  at: string;
  /** Set by the host's ack: committed at this seq; stays in view until the copy holding it reaches that seq. */
  committedSeq?: number;
  /** Set by a `hold`: not stored yet (disk full…); sent again at this time. */
  retryAt?: number;
}
