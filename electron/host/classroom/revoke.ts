import type { Db } from '../store/database.ts';
import { sql } from '../store/statements.ts';

/**
 * Revokes the credential of a participant removed from `workshopId`. Only a member's or viewer's session of that
 * workshop: a participant id that happened to name any other session (the trainer's own) revokes nothing.
 */
export function revokeParticipantSession(db: Db, workshopId: string, participantId: string, now = new Date().toISOString()): void {
  sql(db, "UPDATE sessions SET revoked_at = ? WHERE id = ? AND workshop_id = ? AND role != 'trainer' AND revoked_at IS NULL").run(
    now,
    participantId,
    workshopId,
  );
}

/** Revokes every viewer credential of `workshopId` (its read-only displays); returns how many were live. */
export function revokeDisplaySessions(db: Db, workshopId: string, now = new Date().toISOString()): number {
  return sql(db, "UPDATE sessions SET revoked_at = ? WHERE workshop_id = ? AND role = 'viewer' AND revoked_at IS NULL").run(now, workshopId).changes;
}
