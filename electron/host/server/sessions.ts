import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../../../shared/domain/ids.ts';
import type { Role, Session } from '../../../shared/protocol/session.ts';
import type { Db } from '../store/database.ts';
import { sql } from '../store/statements.ts';

/** Only a hash is stored: a copied library file does not hand out working credentials. */
const hash = (token: string): string => createHash('sha256').update(token).digest('base64url');

interface SessionRow {
  id: string;
  role: Role;
  workshop_id: string | null;
  team_id: string | null;
  name: string;
}

export interface SessionGrant {
  role: Role;
  workshopId?: string | null;
  teamId?: string | null;
  name?: string;
}

/**
 * Durable credentials, one per person and device. They outlive a restart of the host on the same library, so an open
 * page gets back in after a crash or an update without a new link; the trainer (or a test) can revoke one.
 */
export function issueSession(db: Db, grant: SessionGrant, now = new Date().toISOString()): { token: string; session: Session } {
  const token = randomBytes(24).toString('base64url');
  const session: Session = {
    sessionId: newId(),
    role: grant.role,
    workshopId: grant.workshopId ?? null,
    teamId: grant.teamId ?? null,
    name: grant.name ?? '',
  };
  sql(
    db,
    `INSERT INTO sessions (id, token_hash, role, workshop_id, team_id, name, created_at, last_seen_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(session.sessionId, hash(token), session.role, session.workshopId, session.teamId, session.name, now, now);
  return { token, session };
}

/** The live session a token stands for, or null (unknown, revoked, or its workshop deleted). */
export function sessionByToken(db: Db, token: string | undefined | null): Session | null {
  if (!token || token.length > 200) return null;
  const row = sql(db, 'SELECT id, role, workshop_id, team_id, name FROM sessions WHERE token_hash = ? AND revoked_at IS NULL').get(
    hash(token),
  ) as SessionRow | undefined;
  if (!row) return null;
  return { sessionId: row.id, role: row.role, workshopId: row.workshop_id, teamId: row.team_id, name: row.name };
}

export function touchSession(db: Db, sessionId: string, now = new Date().toISOString()): void {
  sql(db, 'UPDATE sessions SET last_seen_at = ? WHERE id = ?').run(now, sessionId);
}

export function revokeSession(db: Db, sessionId: string, now = new Date().toISOString()): void {
  sql(db, 'UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now, sessionId);
}
