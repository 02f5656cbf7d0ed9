import type { Kpi, Round, ScoreSheet, Tier } from '../../../../shared/deliverables/playbook/schemas.ts';
import { CLEAR_STEPS, PRINCIPLES, type ClearStep, type Principle } from '../../../../shared/deliverables/playbook/vocabulary.ts';
import type { Db } from '../../store/database.ts';
import { sql } from '../../store/statements.ts';
import type { TableMap } from '../../store/table-map.ts';

export const tiersTable: TableMap<Tier> = {
  load: (db, workshopId) =>
    sql(
      db,
      `SELECT id, artifact_id AS artifactId, role, offer, min_amount AS minAmount, max_amount AS maxAmount, escalate_when AS escalateWhen
       FROM complaint_tiers WHERE workshop_id = ?`,
    ).all(workshopId) as Tier[],
  insert: (db, workshopId, t) =>
    void sql(
      db,
      'INSERT INTO complaint_tiers (workshop_id, artifact_id, role, offer, min_amount, max_amount, escalate_when, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(workshopId, t.artifactId, t.role, t.offer, t.minAmount, t.maxAmount, t.escalateWhen, t.id),
  update: (db, t) =>
    void sql(
      db,
      'UPDATE complaint_tiers SET artifact_id = ?, role = ?, offer = ?, min_amount = ?, max_amount = ?, escalate_when = ? WHERE id = ?',
    ).run(t.artifactId, t.role, t.offer, t.minAmount, t.maxAmount, t.escalateWhen, t.id),
  remove: (db, id) => void sql(db, 'DELETE FROM complaint_tiers WHERE id = ?').run(id),
};

export const kpisTable: TableMap<Kpi> = {
  load: (db, workshopId) =>
    sql(db, 'SELECT id, artifact_id AS artifactId, name, definition, target, sort_key AS "order" FROM complaint_kpis WHERE workshop_id = ?').all(
      workshopId,
    ) as Kpi[],
  insert: (db, workshopId, k) =>
    void sql(db, 'INSERT INTO complaint_kpis (workshop_id, artifact_id, name, definition, target, sort_key, id) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      workshopId,
      k.artifactId,
      k.name,
      k.definition,
      k.target,
      k.order,
      k.id,
    ),
  update: (db, k) =>
    void sql(db, 'UPDATE complaint_kpis SET artifact_id = ?, name = ?, definition = ?, target = ?, sort_key = ? WHERE id = ?').run(
      k.artifactId,
      k.name,
      k.definition,
      k.target,
      k.order,
      k.id,
    ),
  remove: (db, id) => void sql(db, 'DELETE FROM complaint_kpis WHERE id = ?').run(id),
};

interface RoundRow {
  id: string;
  artifact_id: string;
  scenario_id: string;
  customer: string;
  handler: string;
  minutes: number;
  started_at: string | null;
  ended_at: string | null;
  sort_key: string;
}

function writeObservers(db: Db, r: Round): void {
  sql(db, 'DELETE FROM roleplay_observers WHERE round_id = ?').run(r.id);
  r.observers.forEach((name, i) => sql(db, 'INSERT INTO roleplay_observers (round_id, position, name) VALUES (?, ?, ?)').run(r.id, i, name));
}

const roundValues = (r: Round) => [r.artifactId, r.scenarioId, r.customer, r.handler, r.minutes, r.startedAt, r.endedAt, r.order, r.id];

export const roundsTable: TableMap<Round> = {
  load(db, workshopId) {
    const rows = sql(db, 'SELECT * FROM roleplay_rounds WHERE workshop_id = ?').all(workshopId) as RoundRow[];
    const observers = new Map<string, string[]>();
    const names = sql(
      db,
      `SELECT o.round_id, o.name FROM roleplay_observers o JOIN roleplay_rounds r ON r.id = o.round_id
       WHERE r.workshop_id = ? ORDER BY o.round_id, o.position`,
    ).all(workshopId) as { round_id: string; name: string }[];
    for (const n of names) observers.set(n.round_id, [...(observers.get(n.round_id) ?? []), n.name]);
    return rows.map((r) => ({
      id: r.id,
      artifactId: r.artifact_id,
      scenarioId: r.scenario_id,
      customer: r.customer,
      handler: r.handler,
      observers: observers.get(r.id) ?? [],
      minutes: r.minutes,
      startedAt: r.started_at,
      endedAt: r.ended_at,
      order: r.sort_key,
    }));
  },
  insert(db, workshopId, r) {
    sql(
      db,
      `INSERT INTO roleplay_rounds (workshop_id, artifact_id, scenario_id, customer, handler, minutes, started_at, ended_at, sort_key, id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(workshopId, ...roundValues(r));
    writeObservers(db, r);
  },
  update(db, r) {
    sql(
      db,
      `UPDATE roleplay_rounds SET artifact_id = ?, scenario_id = ?, customer = ?, handler = ?, minutes = ?, started_at = ?, ended_at = ?,
       sort_key = ? WHERE id = ?`,
    ).run(...roundValues(r));
    writeObservers(db, r);
  },
  remove: (db, id) => void sql(db, 'DELETE FROM roleplay_rounds WHERE id = ?').run(id),
};

function writeScores(db: Db, s: ScoreSheet): void {
  sql(db, 'DELETE FROM roleplay_scores WHERE sheet_id = ?').run(s.id);
  const add = sql(db, 'INSERT INTO roleplay_scores (sheet_id, criterion_kind, criterion, score) VALUES (?, ?, ?, ?)');
  for (const step of CLEAR_STEPS) add.run(s.id, 'step', step, s.steps[step]);
  for (const p of PRINCIPLES) add.run(s.id, 'principle', p, s.principles[p]);
}

export const scoreSheetsTable: TableMap<ScoreSheet> = {
  load(db, workshopId) {
    const sheets = sql(
      db,
      `SELECT s.id, s.round_id, s.observer, s.comment FROM roleplay_sheets s JOIN roleplay_rounds r ON r.id = s.round_id WHERE r.workshop_id = ?`,
    ).all(workshopId) as { id: string; round_id: string; observer: string; comment: string }[];
    const scores = sql(
      db,
      `SELECT c.sheet_id, c.criterion_kind, c.criterion, c.score FROM roleplay_scores c
       JOIN roleplay_sheets s ON s.id = c.sheet_id JOIN roleplay_rounds r ON r.id = s.round_id WHERE r.workshop_id = ?`,
    ).all(workshopId) as { sheet_id: string; criterion_kind: 'step' | 'principle'; criterion: string; score: number }[];
    const bySheet = new Map(
      sheets.map((s) => [
        s.id,
        { id: s.id, roundId: s.round_id, observer: s.observer, comment: s.comment, steps: {} as Record<ClearStep, number>, principles: {} as Record<Principle, number> },
      ]),
    );
    for (const c of scores) {
      const sheet = bySheet.get(c.sheet_id)!;
      if (c.criterion_kind === 'step') sheet.steps[c.criterion as ClearStep] = c.score;
      else sheet.principles[c.criterion as Principle] = c.score;
    }
    return [...bySheet.values()];
  },
  insert(db, _workshopId, s) {
    sql(db, 'INSERT INTO roleplay_sheets (round_id, observer, comment, id) VALUES (?, ?, ?, ?)').run(s.roundId, s.observer, s.comment, s.id);
    writeScores(db, s);
  },
  update(db, s) {
    sql(db, 'UPDATE roleplay_sheets SET round_id = ?, observer = ?, comment = ? WHERE id = ?').run(s.roundId, s.observer, s.comment, s.id);
    writeScores(db, s);
  },
  remove: (db, id) => void sql(db, 'DELETE FROM roleplay_sheets WHERE id = ?').run(id),
};
