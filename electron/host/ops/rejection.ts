import type { Reason } from '../../../shared/protocol/reasons.ts';

/** Thrown inside an op's transaction: rolls it back and becomes the `reject` the client translates. */
export class OpRejected extends Error {
  constructor(readonly reason: Reason) {
    super(reason.detail ?? reason.code);
  }
}

export const reject = (reason: Reason): never => {
  throw new OpRejected(reason);
};
