import { issueSession } from './sessions.ts';
import { tokenMatches } from './auth.ts';
import type { Db } from '../store/database.ts';

/**
 * The trainer's link carries a launch code that is new at every start of the host. A page trades it once for a
 * durable trainer session (kept in that tab), so an old link stops working at the next start while an open page
 * keeps working across restarts.
 */
export function claimLaunchCode(db: Db, launchCode: string, given: string | undefined): string | null {
  if (!tokenMatches(launchCode, given)) return null;
  return issueSession(db, { role: 'trainer', name: '' }).token;
}
