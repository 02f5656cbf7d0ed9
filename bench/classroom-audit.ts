import Database from 'better-sqlite3';
import { join } from 'node:path';
import { emptyDoc } from '../shared/core/doc.ts';
import { LIBRARY_FILE } from '../electron/host/store/database.ts';
import { loadDoc } from '../electron/host/store/doc-store.ts';
import { changeLog, replay } from '../electron/host/testing/audit.ts';
import { canonical } from '../electron/host/testing/chaos-run.ts';
import type { OpRecord } from './classroom-phase.ts';

export interface AuditResult {
  acked: number;
  /** Acknowledged ops with no change-log row at the seq their ack gave. */
  missingFromLog: string[];
  /** The stored tables equal the workshop rebuilt from the logged effects alone. */
  tablesMatchLog: boolean;
  /** Rows an acknowledged op left that the tables do not hold as that op (or a later acknowledged one) left them. */
  missingRows: string[];
}

/**
 * After the host has stopped: every acknowledged op is in the change log under the seq of its ack; the tables hold
 * exactly what the logged effects build; and the rows the acknowledged ops wrote are there — the last acked text of
 * every card field, every note, every vote not taken back, each respondent's latest answer.
 */
export function auditLibrary(dataDir: string, workshopId: string, ops: readonly OpRecord[]): AuditResult {
  const db = new Database(join(dataDir, LIBRARY_FILE), { readonly: true });
  try {
    const log = changeLog(db);
    const bySeq = new Map(log.map((c) => [c.seq, c.opId]));
    const acked = ops.filter((op) => !Number.isNaN(op.ackAt) && !op.rejected).sort((a, b) => a.ackSeq - b.ackSeq);
    const missingFromLog = acked.filter((op) => bySeq.get(op.ackSeq) !== op.opId).map((op) => op.opId);
    const doc = loadDoc(db, workshopId);
    if (!doc) return { acked: acked.length, missingFromLog, tablesMatchLog: false, missingRows: ['the workshop'] };
    // workshop.create logs a library effect; the workshop-wide 成果1 it makes is the one row the replay starts from.
    const created = emptyDoc(doc.workshop);
    const start = { ...created, artifacts: { [workshopId]: doc.artifacts[workshopId]! } };
    const rebuilt = replay(start, 0, log);
    const missingRows: string[] = [];
    const expectText = new Map<string, string>();
    const retracted = new Set<string>();
    const answers = new Map<string, string>();
    for (const op of acked) {
      const p = op.payload;
      if (op.type === 'card.update') {
        for (const [field, text] of Object.entries(p.patch as Record<string, string>)) expectText.set(`${p.cardId as string}.${field}`, text);
      } else if (op.type === 'note.add' && !doc.notes[p.noteId as string]) missingRows.push(`note ${p.noteId as string}`);
      else if (op.type === 'vote.retract') retracted.add(p.voteId as string);
      else if (op.type === 'poll.answer') answers.set(p.respondentId as string, p.responseId as string);
    }
    for (const [key, text] of expectText) {
      const [cardId, field] = key.split('.') as [string, string];
      if ((doc.journeyCards[cardId] as Record<string, unknown> | undefined)?.[field] !== text) missingRows.push(`card ${key}`);
    }
    for (const op of acked) {
      const voteId = op.payload.voteId as string;
      if (op.type === 'vote.cast' && !retracted.has(voteId) && !doc.votes[voteId]) missingRows.push(`vote ${voteId}`);
    }
    for (const responseId of answers.values()) if (!doc.responses[responseId]) missingRows.push(`response ${responseId}`);
    return { acked: acked.length, missingFromLog, tablesMatchLog: canonical(rebuilt) === canonical(doc), missingRows };
  } finally {
    db.close();
  }
}
