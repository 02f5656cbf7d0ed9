import Database from 'better-sqlite3';
import { join } from 'node:path';
import { applyEffect, COLLECTIONS, type Effect, type WorkshopDoc } from '../../../shared/core/doc.ts';
import type { LibraryEffect } from '../../../shared/protocol/messages.ts';
import { LIBRARY_FILE, type Db } from '../store/database.ts';
import { loadDoc } from '../store/doc-store.ts';

/** One change-log row as stored, parsed. */
export interface LoggedChange {
  seq: number;
  opId: string;
  workshopId: string;
  clientId: string;
  type: string;
  payload: { ops?: { type: string }[] } & Record<string, unknown>;
  effect?: Effect;
  library?: LibraryEffect;
}

export function changeLog(db: Db): LoggedChange[] {
  const rows = db.prepare('SELECT seq, op_id, workshop_id, client_id, type, payload, effect FROM change_log ORDER BY seq').all() as {
    seq: number;
    op_id: string;
    workshop_id: string;
    client_id: string;
    type: string;
    payload: string;
    effect: string | null;
  }[];
  return rows.map((r) => {
    const stored = r.effect ? (JSON.parse(r.effect) as { effect?: Effect; library?: LibraryEffect }) : {};
    return {
      seq: r.seq,
      opId: r.op_id,
      workshopId: r.workshop_id,
      clientId: r.client_id,
      type: r.type,
      payload: JSON.parse(r.payload),
      effect: stored.effect,
      library: stored.library,
    };
  });
}

/** A workshop rebuilt from a snapshot by applying the logged effects after it, up to `untilSeq`. */
export function replay(start: WorkshopDoc, startSeq: number, log: readonly LoggedChange[], untilSeq = Infinity): WorkshopDoc {
  let doc = start;
  for (const c of log) {
    if (c.seq <= startSeq || c.seq > untilSeq || c.workshopId !== start.workshop.id || !c.effect) continue;
    doc = applyEffect(doc, c.effect);
  }
  return doc;
}

/** A workshop read through a second connection of its own: neither the host's connection nor its cache. */
export function readDocElsewhere(dataDir: string, workshopId: string): WorkshopDoc | null {
  const db = new Database(join(dataDir, LIBRARY_FILE), { readonly: true });
  try {
    return loadDoc(db, workshopId);
  } finally {
    db.close();
  }
}

/**
 * A workshop's content without its ids (a copy gets fresh ones): every entity as its fields, with references
 * replaced by what they point to, sorted. Two workshops with the same shape hold the same content.
 */
export function shapeOf(doc: WorkshopDoc): Record<string, string[]> {
  const team = (id: string | null) => (id === null ? null : doc.teams[id]?.name + '@' + doc.teams[id]?.order);
  const artifact = (id: string) => (id === doc.workshop.id ? 'workshop' : doc.artifacts[id]?.title + '@' + doc.artifacts[id]?.order);
  const post = (id: string) => doc.posts[id]?.name + '@' + doc.posts[id]?.order + ' in ' + artifact(doc.posts[id]?.artifactId);
  const described: Record<string, (e: never) => unknown> = {
    teams: (t: { name: string; order: string }) => [t.name, t.order],
    artifacts: (a: { id: string; title: string; order: string; teamId: string | null }) => [artifact(a.id), a.title, a.order, team(a.teamId)],
    posts: (p: { id: string; dimensionWeights: unknown; description: string }) => [post(p.id), p.dimensionWeights, p.description],
    indicators: (i: { postId: string; id: string } & Record<string, unknown>) => [post(i.postId), { ...i, id: undefined, postId: undefined }],
  };
  return Object.fromEntries(
    COLLECTIONS.map((c) => [
      c,
      Object.values(doc[c])
        .map((e) => JSON.stringify(described[c](e as never)))
        .sort(),
    ]),
  );
}
