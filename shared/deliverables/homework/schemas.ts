import { z } from 'zod';
import { OrderKey } from '../../core/order.ts';
import { Factor } from '../../course/factors.ts';
import { Id } from '../../domain/ids.ts';
import { LIMITS } from '../../domain/limits.ts';

const Text = z.string().trim().max(LIMITS.shortText, 'tooLong');
/** A deadline is a calendar day, or empty while the team has not agreed one. */
const Day = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'badDate')]);

/** A customer-facing department that plans its actions (前台, 客服中心, 维修…). */
export const DepartmentFields = z.object({ name: Text.min(1, 'required') });
export const Department = DepartmentFields.extend({ id: Id, artifactId: Id, order: OrderKey });
export type Department = z.infer<typeof Department>;

/** One action of a department along one of the 8 factors: what, who owns it, by when, how it is measured. */
export const ActionFields = z.object({
  factor: Factor,
  what: z.string().trim().max(LIMITS.longText, 'tooLong'),
  owner: Text,
  deadline: Day,
  measure: z.string().trim().max(LIMITS.longText, 'tooLong'),
});
export const Action = ActionFields.extend({ id: Id, departmentId: Id, order: OrderKey });
export type Action = z.infer<typeof Action>;

export const homeworkCollections = { homeworkDepartments: Department, homeworkActions: Action };

/** The workshop-wide homework board's artifact id, derived so two windows opening it first cannot make two. */
export const homeworkArtifactId = (workshopId: string): string => `${workshopId.slice(0, 32)}-hw`;
