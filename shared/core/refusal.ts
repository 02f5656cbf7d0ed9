import type { Reason } from '../protocol/reasons.ts';

/** Thrown by a reducer to refuse an op: the host rolls back and sends the reason; a client drops its prediction. */
export class Refusal extends Error {
  constructor(readonly reason: Reason) {
    super(reason.detail ?? reason.code);
  }
}

export const refuse = (reason: Reason): never => {
  throw new Refusal(reason);
};
