import type { WorkshopDoc } from '../../core/doc.ts';
import { sortByOrder } from '../../core/order.ts';
import { FACTORS, type Factor } from '../../course/factors.ts';
import { homeworkArtifactId, type Action, type Department } from './schemas.ts';

export interface HomeworkPlan {
  departments: { department: Department; actions: Action[] }[];
  /** Per factor, every action along it with its department (the summary table). */
  byFactor: { factor: Factor; actions: { department: Department; action: Action }[] }[];
}

/** The workshop-wide homework board as ordered lists: departments, their actions by factor then order. */
export function homeworkPlan(doc: WorkshopDoc, artifactId: string = homeworkArtifactId(doc.workshop.id)): HomeworkPlan {
  const departments = sortByOrder(Object.values(doc.homeworkDepartments).filter((d) => d.artifactId === artifactId)).map((department) => ({
    department,
    actions: sortByOrder(Object.values(doc.homeworkActions).filter((a) => a.departmentId === department.id)).sort(
      (a, b) => FACTORS.indexOf(a.factor) - FACTORS.indexOf(b.factor),
    ),
  }));
  const byFactor = FACTORS.map((factor) => ({
    factor,
    actions: departments.flatMap(({ department, actions }) => actions.filter((a) => a.factor === factor).map((action) => ({ department, action }))),
  }));
  return { departments, byFactor };
}
