import type { Action, Department } from '../../../../shared/deliverables/homework/schemas.ts';
import { sql } from '../../store/statements.ts';
import type { TableMap } from '../../store/table-map.ts';

export const homeworkDepartmentsTable: TableMap<Department> = {
  load: (db, workshopId) =>
    sql(db, 'SELECT id, artifact_id AS artifactId, name, sort_key AS "order" FROM homework_departments WHERE workshop_id = ?').all(workshopId) as Department[],
  insert: (db, workshopId, d) =>
    void sql(db, 'INSERT INTO homework_departments (id, workshop_id, artifact_id, name, sort_key) VALUES (?, ?, ?, ?, ?)').run(
      d.id,
      workshopId,
      d.artifactId,
      d.name,
      d.order,
    ),
  update: (db, d) => void sql(db, 'UPDATE homework_departments SET artifact_id = ?, name = ?, sort_key = ? WHERE id = ?').run(d.artifactId, d.name, d.order, d.id),
  remove: (db, id) => void sql(db, 'DELETE FROM homework_departments WHERE id = ?').run(id),
};

/** Column values in the order both statements use, the id last. */
const actionValues = (a: Action): unknown[] => [a.departmentId, a.factor, a.what, a.owner, a.deadline, a.measure, a.order, a.id];

export const homeworkActionsTable: TableMap<Action> = {
  load: (db, workshopId) =>
    sql(
      db,
      `SELECT a.id, a.department_id AS departmentId, a.factor, a.what, a.owner, a.deadline, a.measure, a.sort_key AS "order"
       FROM homework_actions a JOIN homework_departments d ON d.id = a.department_id WHERE d.workshop_id = ?`,
    ).all(workshopId) as Action[],
  insert: (db, _workshopId, a) =>
    void sql(db, 'INSERT INTO homework_actions (department_id, factor, what, owner, deadline, measure, sort_key, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      ...actionValues(a),
    ),
  update: (db, a) =>
    void sql(db, 'UPDATE homework_actions SET department_id = ?, factor = ?, what = ?, owner = ?, deadline = ?, measure = ?, sort_key = ? WHERE id = ?').run(
      ...actionValues(a),
    ),
  remove: (db, id) => void sql(db, 'DELETE FROM homework_actions WHERE id = ?').run(id),
};
