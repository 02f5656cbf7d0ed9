import type { Classroom, Participant } from '../../../../shared/deliverables/classroom/schemas.ts';
import type { Activity, Note, Response, Vote } from '../../../../shared/deliverables/activities/schemas.ts';
import { sql } from '../../store/statements.ts';
import type { TableMap } from '../../store/table-map.ts';

const bool = (b: boolean): number => (b ? 1 : 0);

export const participantsTable: TableMap<Participant> = {
  load: (db, workshopId) =>
    sql(db, 'SELECT id, name, team_id AS teamId, language, joined_at AS joinedAt FROM participants WHERE workshop_id = ?').all(workshopId) as Participant[],
  insert: (db, workshopId, p) =>
    void sql(db, 'INSERT INTO participants (id, workshop_id, name, team_id, language, joined_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      p.id,
      workshopId,
      p.name,
      p.teamId,
      p.language,
      p.joinedAt,
    ),
  update: (db, p) => void sql(db, 'UPDATE participants SET name = ?, team_id = ?, language = ? WHERE id = ?').run(p.name, p.teamId, p.language, p.id),
  remove: (db, id) => void sql(db, 'DELETE FROM participants WHERE id = ?').run(id),
};

interface ClassroomRow {
  workshop_id: string;
  locked: number;
  shared_team_ids: string;
  projected_team_ids: string;
  active_activity_id: string | null;
}

const classroomValues = (c: Classroom): unknown[] => [
  bool(c.locked),
  JSON.stringify(c.sharedTeamIds),
  JSON.stringify(c.projectedTeamIds),
  c.activeActivityId,
  c.id,
];

export const classroomsTable: TableMap<Classroom> = {
  load: (db, workshopId) =>
    (sql(db, 'SELECT * FROM classrooms WHERE workshop_id = ?').all(workshopId) as ClassroomRow[]).map((r) => ({
      id: r.workshop_id,
      locked: r.locked === 1,
      sharedTeamIds: JSON.parse(r.shared_team_ids) as string[],
      projectedTeamIds: JSON.parse(r.projected_team_ids) as string[],
      activeActivityId: r.active_activity_id,
    })),
  insert: (db, _workshopId, c) =>
    void sql(db, 'INSERT INTO classrooms (locked, shared_team_ids, projected_team_ids, active_activity_id, workshop_id) VALUES (?, ?, ?, ?, ?)').run(
      ...classroomValues(c),
    ),
  update: (db, c) =>
    void sql(db, 'UPDATE classrooms SET locked = ?, shared_team_ids = ?, projected_team_ids = ?, active_activity_id = ? WHERE workshop_id = ?').run(
      ...classroomValues(c),
    ),
  remove: (db, id) => void sql(db, 'DELETE FROM classrooms WHERE workshop_id = ?').run(id),
};

interface ActivityRow {
  id: string;
  kind: Activity['kind'];
  prompt: string;
  step_id: string | null;
  anonymous: number;
  votes_per_person: number;
  source_activity_id: string | null;
  dimensions: string;
  open: number;
  revealed: number;
  created_at: string;
  sort_key: string;
}

const activityValues = (a: Activity): unknown[] => [
  a.kind,
  a.prompt,
  a.stepId,
  bool(a.anonymous),
  a.votesPerPerson,
  a.sourceActivityId,
  JSON.stringify(a.dimensions),
  bool(a.open),
  bool(a.revealed),
  a.createdAt,
  a.order,
  a.id,
];

export const activitiesTable: TableMap<Activity> = {
  load: (db, workshopId) =>
    (sql(db, 'SELECT * FROM activities WHERE workshop_id = ?').all(workshopId) as ActivityRow[]).map((r) => ({
      id: r.id,
      kind: r.kind,
      prompt: r.prompt,
      stepId: r.step_id,
      anonymous: r.anonymous === 1,
      votesPerPerson: r.votes_per_person,
      sourceActivityId: r.source_activity_id,
      dimensions: JSON.parse(r.dimensions) as string[],
      open: r.open === 1,
      revealed: r.revealed === 1,
      createdAt: r.created_at,
      order: r.sort_key,
    })),
  insert: (db, workshopId, a) =>
    void sql(
      db,
      `INSERT INTO activities (kind, prompt, step_id, anonymous, votes_per_person, source_activity_id, dimensions, open, revealed, created_at, sort_key, id, workshop_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...activityValues(a), workshopId),
  update: (db, a) =>
    void sql(
      db,
      `UPDATE activities SET kind = ?, prompt = ?, step_id = ?, anonymous = ?, votes_per_person = ?, source_activity_id = ?, dimensions = ?,
       open = ?, revealed = ?, created_at = ?, sort_key = ? WHERE id = ?`,
    ).run(...activityValues(a)),
  remove: (db, id) => void sql(db, 'DELETE FROM activities WHERE id = ?').run(id),
};

const noteValues = (n: Note): unknown[] => [n.activityId, n.text, n.authorId, n.authorName, n.teamId, n.createdAt, n.id];

export const notesTable: TableMap<Note> = {
  load: (db, workshopId) =>
    sql(
      db,
      `SELECT n.id, n.activity_id AS activityId, n.text, n.author_id AS authorId, n.author_name AS authorName, n.team_id AS teamId,
       n.created_at AS createdAt FROM activity_notes n JOIN activities a ON a.id = n.activity_id WHERE a.workshop_id = ?`,
    ).all(workshopId) as Note[],
  insert: (db, _workshopId, n) =>
    void sql(db, 'INSERT INTO activity_notes (activity_id, text, author_id, author_name, team_id, created_at, id) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      ...noteValues(n),
    ),
  update: (db, n) =>
    void sql(db, 'UPDATE activity_notes SET activity_id = ?, text = ?, author_id = ?, author_name = ?, team_id = ?, created_at = ? WHERE id = ?').run(
      ...noteValues(n),
    ),
  remove: (db, id) => void sql(db, 'DELETE FROM activity_notes WHERE id = ?').run(id),
};

export const votesTable: TableMap<Vote> = {
  load: (db, workshopId) =>
    sql(
      db,
      `SELECT v.id, v.activity_id AS activityId, v.note_id AS noteId, v.voter_id AS voterId
       FROM activity_votes v JOIN activities a ON a.id = v.activity_id WHERE a.workshop_id = ?`,
    ).all(workshopId) as Vote[],
  insert: (db, _workshopId, v) =>
    void sql(db, 'INSERT INTO activity_votes (activity_id, note_id, voter_id, id) VALUES (?, ?, ?, ?)').run(v.activityId, v.noteId, v.voterId, v.id),
  update: (db, v) =>
    void sql(db, 'UPDATE activity_votes SET activity_id = ?, note_id = ?, voter_id = ? WHERE id = ?').run(v.activityId, v.noteId, v.voterId, v.id),
  remove: (db, id) => void sql(db, 'DELETE FROM activity_votes WHERE id = ?').run(id),
};

interface ResponseRow {
  id: string;
  activity_id: string;
  respondent_id: string;
  score: number | null;
  ratings: string;
  at: string;
}

const responseValues = (r: Response): unknown[] => [r.activityId, r.respondentId, r.score, JSON.stringify(r.ratings), r.at, r.id];

export const responsesTable: TableMap<Response> = {
  load: (db, workshopId) =>
    (
      sql(db, 'SELECT r.* FROM activity_responses r JOIN activities a ON a.id = r.activity_id WHERE a.workshop_id = ?').all(workshopId) as ResponseRow[]
    ).map((r) => ({
      id: r.id,
      activityId: r.activity_id,
      respondentId: r.respondent_id,
      score: r.score,
      ratings: JSON.parse(r.ratings) as Response['ratings'],
      at: r.at,
    })),
  insert: (db, _workshopId, r) =>
    void sql(db, 'INSERT INTO activity_responses (activity_id, respondent_id, score, ratings, at, id) VALUES (?, ?, ?, ?, ?, ?)').run(...responseValues(r)),
  update: (db, r) =>
    void sql(db, 'UPDATE activity_responses SET activity_id = ?, respondent_id = ?, score = ?, ratings = ?, at = ? WHERE id = ?').run(...responseValues(r)),
  remove: (db, id) => void sql(db, 'DELETE FROM activity_responses WHERE id = ?').run(id),
};
