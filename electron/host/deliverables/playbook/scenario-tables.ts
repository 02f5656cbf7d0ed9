import type { Scenario, ScriptLine } from '../../../../shared/deliverables/playbook/schemas.ts';
import { PRINCIPLES, type Principle, type RemedyStrategy } from '../../../../shared/deliverables/playbook/vocabulary.ts';
import type { Db } from '../../store/database.ts';
import { sql } from '../../store/statements.ts';
import type { TableMap } from '../../store/table-map.ts';

interface ScenarioRow {
  id: string;
  artifact_id: string;
  title: string;
  description: string;
  complaint_type: Scenario['type'];
  severity: Scenario['severity'];
  emotion: string;
  real_need: string;
  first_response_minutes: number;
  resolution_hours: number;
  follow_up_days: number;
  promoter_note: string;
  sort_key: string;
}

/** The principle notes and chosen remedies live in their own rows; a write replaces them all. */
function writeChildren(db: Db, s: Scenario): void {
  sql(db, 'DELETE FROM scenario_principles WHERE scenario_id = ?').run(s.id);
  sql(db, 'DELETE FROM scenario_remedies WHERE scenario_id = ?').run(s.id);
  for (const p of PRINCIPLES) sql(db, 'INSERT INTO scenario_principles (scenario_id, principle, note) VALUES (?, ?, ?)').run(s.id, p, s.principles[p]);
  for (const [strategy, remedy] of Object.entries(s.remedies)) {
    sql(db, 'INSERT INTO scenario_remedies (scenario_id, strategy, remedy) VALUES (?, ?, ?)').run(s.id, strategy, remedy);
  }
}

function scenarioValues(s: Scenario): unknown[] {
  return [
    s.artifactId,
    s.title,
    s.description,
    s.type,
    s.severity,
    s.emotion,
    s.realNeed,
    s.firstResponseMinutes,
    s.resolutionHours,
    s.followUpDays,
    s.promoterNote,
    s.order,
    s.id,
  ];
}

export const scenariosTable: TableMap<Scenario> = {
  load(db, workshopId) {
    const rows = sql(db, 'SELECT * FROM scenarios WHERE workshop_id = ?').all(workshopId) as ScenarioRow[];
    const principles = new Map<string, Record<Principle, string>>();
    const notes = sql(
      db,
      'SELECT p.scenario_id, p.principle, p.note FROM scenario_principles p JOIN scenarios s ON s.id = p.scenario_id WHERE s.workshop_id = ?',
    ).all(workshopId) as { scenario_id: string; principle: Principle; note: string }[];
    for (const n of notes) {
      const entry = principles.get(n.scenario_id) ?? (Object.fromEntries(PRINCIPLES.map((p) => [p, ''])) as Record<Principle, string>);
      entry[n.principle] = n.note;
      principles.set(n.scenario_id, entry);
    }
    const remedies = new Map<string, Scenario['remedies']>();
    const chosen = sql(
      db,
      'SELECT r.scenario_id, r.strategy, r.remedy FROM scenario_remedies r JOIN scenarios s ON s.id = r.scenario_id WHERE s.workshop_id = ?',
    ).all(workshopId) as { scenario_id: string; strategy: RemedyStrategy; remedy: string }[];
    for (const r of chosen) remedies.set(r.scenario_id, { ...remedies.get(r.scenario_id), [r.strategy]: r.remedy });
    return rows.map((r) => ({
      id: r.id,
      artifactId: r.artifact_id,
      title: r.title,
      description: r.description,
      type: r.complaint_type,
      severity: r.severity,
      emotion: r.emotion,
      realNeed: r.real_need,
      firstResponseMinutes: r.first_response_minutes,
      resolutionHours: r.resolution_hours,
      followUpDays: r.follow_up_days,
      promoterNote: r.promoter_note,
      order: r.sort_key,
      principles: principles.get(r.id) ?? (Object.fromEntries(PRINCIPLES.map((p) => [p, ''])) as Record<Principle, string>),
      remedies: remedies.get(r.id) ?? {},
    }));
  },
  insert(db, workshopId, s) {
    sql(
      db,
      `INSERT INTO scenarios (workshop_id, artifact_id, title, description, complaint_type, severity, emotion, real_need,
       first_response_minutes, resolution_hours, follow_up_days, promoter_note, sort_key, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(workshopId, ...scenarioValues(s));
    writeChildren(db, s);
  },
  update(db, s) {
    sql(
      db,
      `UPDATE scenarios SET artifact_id = ?, title = ?, description = ?, complaint_type = ?, severity = ?, emotion = ?, real_need = ?,
       first_response_minutes = ?, resolution_hours = ?, follow_up_days = ?, promoter_note = ?, sort_key = ? WHERE id = ?`,
    ).run(...scenarioValues(s));
    writeChildren(db, s);
  },
  remove: (db, id) => void sql(db, 'DELETE FROM scenarios WHERE id = ?').run(id),
};

export const scriptLinesTable: TableMap<ScriptLine> = {
  load: (db, workshopId) =>
    sql(
      db,
      `SELECT l.id, l.scenario_id AS scenarioId, l.step, l.kind, l.text, l.sort_key AS "order"
       FROM script_lines l JOIN scenarios s ON s.id = l.scenario_id WHERE s.workshop_id = ?`,
    ).all(workshopId) as ScriptLine[],
  insert: (db, _workshopId, l) =>
    void sql(db, 'INSERT INTO script_lines (scenario_id, step, kind, text, sort_key, id) VALUES (?, ?, ?, ?, ?, ?)').run(
      l.scenarioId,
      l.step,
      l.kind,
      l.text,
      l.order,
      l.id,
    ),
  update: (db, l) =>
    void sql(db, 'UPDATE script_lines SET scenario_id = ?, step = ?, kind = ?, text = ?, sort_key = ? WHERE id = ?').run(
      l.scenarioId,
      l.step,
      l.kind,
      l.text,
      l.order,
      l.id,
    ),
  remove: (db, id) => void sql(db, 'DELETE FROM script_lines WHERE id = ?').run(id),
};
