import type { Tx } from '../../core/tx.ts';

export function removeDepartment(tx: Tx, departmentId: string): void {
  for (const a of tx.where('homeworkActions', (a) => a.departmentId === departmentId)) tx.del('homeworkActions', a.id);
  tx.del('homeworkDepartments', departmentId);
}

export function removeHomeworkContent(tx: Tx, artifactId: string): void {
  for (const d of tx.where('homeworkDepartments', (d) => d.artifactId === artifactId)) removeDepartment(tx, d.id);
}
