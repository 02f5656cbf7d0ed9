import type { Role } from '../protocol/messages.ts';
import { LIBRARY_OPS, type OpType } from '../protocol/ops.ts';

/** Participants edit content; only the trainer creates, renames, copies or deletes workshops. */
export const mayApply = (role: Role, type: OpType): boolean => role === 'trainer' || !LIBRARY_OPS.has(type);
