import type { OpOf, OpType } from '../../../shared/protocol/ops.ts';
import type { Db } from '../store/database.ts';

/** Applies one validated op inside the caller's transaction; throws OpRejected to refuse it. */
export type Handler<T extends OpType> = (db: Db, op: OpOf<T>, at: string) => void;

export type HandlerMap<T extends OpType> = { [K in T]: Handler<K> };
