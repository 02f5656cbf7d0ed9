import type { Session } from '../../../shared/protocol/session.ts';
import { issueSession, type SessionGrant } from '../server/sessions.ts';
import type { Db } from '../store/database.ts';

interface Waiting {
  grant: SessionGrant;
  resolve(issued: { token: string; session: Session }): void;
  reject(error: unknown): void;
}

/**
 * Issues the sessions of joins that arrive together in one transaction: a hall scanning the QR code at once costs one
 * disk sync per burst instead of one per person (each sync takes milliseconds; 300 in a row took seconds).
 */
export class SessionBatch {
  private waiting: Waiting[] = [];

  constructor(private readonly db: Db) {}

  issue(grant: SessionGrant): Promise<{ token: string; session: Session }> {
    return new Promise((resolve, reject) => {
      if (this.waiting.push({ grant, resolve, reject }) === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batch = this.waiting.splice(0);
    try {
      const issued = this.db.transaction(() => batch.map((w) => issueSession(this.db, w.grant)))();
      batch.forEach((w, i) => w.resolve(issued[i]));
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }
}
