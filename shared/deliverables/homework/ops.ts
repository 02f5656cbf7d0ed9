import { z } from 'zod';
import type { WorkshopDoc } from '../../core/doc.ts';
import { patchFields } from '../../core/fields.ts';
import { defineOp } from '../../core/op-def.ts';
import { keyAfterLast, OrderKey } from '../../core/order.ts';
import { refuse } from '../../core/refusal.ts';
import type { Tx } from '../../core/tx.ts';
import { Id } from '../../domain/ids.ts';
import { freeId } from '../workshop/ops.ts';
import { removeDepartment } from './content.ts';
import { ActionFields, DepartmentFields } from './schemas.ts';

const inWorkshop = <S extends z.ZodRawShape>(shape: S) => z.object({ workshopId: Id, ...shape }).strict();

export const MAX_DEPARTMENTS = 20;
export const MAX_ACTIONS_PER_DEPARTMENT = 80;

const needDepartment = (tx: Tx, id: string) =>
  tx.get('homeworkDepartments', id) ?? refuse({ code: 'unknownEntity', detail: `department ${id} does not exist` });
const needAction = (tx: Tx, id: string) => tx.get('homeworkActions', id) ?? refuse({ code: 'unknownEntity', detail: `action ${id} does not exist` });

/** Whose a department's plan is: its board's team (null: the whole workshop). */
const teamOfDepartment = (doc: WorkshopDoc, id: string): string | null | undefined => {
  const d = doc.homeworkDepartments[id];
  return d ? doc.artifacts[d.artifactId]?.teamId : undefined;
};
const teamOfAction = (doc: WorkshopDoc, id: string): string | null | undefined => {
  const a = doc.homeworkActions[id];
  return a ? teamOfDepartment(doc, a.departmentId) : undefined;
};

/** 第一天课后作业: each customer-facing department's actions along the 8 factors, edited by the whole room. */
export const homeworkOps = {
  'homework.department.add': defineOp({
    payload: inWorkshop({ artifactId: Id, departmentId: Id, fields: DepartmentFields, order: OrderKey.optional() }),
    who: 'editor',
    ownerTeam: ({ artifactId }, doc) => doc.artifacts[artifactId]?.teamId,
    apply(tx, { artifactId, departmentId, fields, order }) {
      const artifact = tx.get('artifacts', artifactId);
      if (!artifact || artifact.deliverable !== 'homework') refuse({ code: 'unknownEntity', detail: `homework ${artifactId} does not exist` });
      freeId(tx, 'homeworkDepartments', departmentId);
      const siblings = tx.where('homeworkDepartments', (d) => d.artifactId === artifactId);
      if (siblings.length >= MAX_DEPARTMENTS) refuse({ code: 'limitReached', limit: MAX_DEPARTMENTS });
      tx.put('homeworkDepartments', { id: departmentId, artifactId, ...fields, order: order ?? keyAfterLast(siblings) });
    },
  }),
  'homework.department.update': defineOp({
    payload: inWorkshop({ departmentId: Id, patch: DepartmentFields.partial() }),
    who: 'editor',
    ownerTeam: ({ departmentId }, doc) => teamOfDepartment(doc, departmentId),
    apply(tx, { departmentId, patch }) {
      tx.put('homeworkDepartments', { ...needDepartment(tx, departmentId), ...patch });
    },
    touched: ({ departmentId, patch }) => patchFields(departmentId, patch),
  }),
  'homework.department.remove': defineOp({
    payload: inWorkshop({ departmentId: Id }),
    who: 'editor',
    ownerTeam: ({ departmentId }, doc) => teamOfDepartment(doc, departmentId),
    apply(tx, { departmentId }) {
      needDepartment(tx, departmentId);
      removeDepartment(tx, departmentId);
    },
  }),
  'homework.action.add': defineOp({
    payload: inWorkshop({ departmentId: Id, actionId: Id, fields: ActionFields, order: OrderKey.optional() }),
    who: 'editor',
    ownerTeam: ({ departmentId }, doc) => teamOfDepartment(doc, departmentId),
    apply(tx, { departmentId, actionId, fields, order }) {
      needDepartment(tx, departmentId);
      freeId(tx, 'homeworkActions', actionId);
      const siblings = tx.where('homeworkActions', (a) => a.departmentId === departmentId);
      if (siblings.length >= MAX_ACTIONS_PER_DEPARTMENT) refuse({ code: 'limitReached', limit: MAX_ACTIONS_PER_DEPARTMENT });
      tx.put('homeworkActions', { id: actionId, departmentId, ...fields, order: order ?? keyAfterLast(siblings) });
    },
  }),
  'homework.action.update': defineOp({
    payload: inWorkshop({ actionId: Id, patch: ActionFields.partial() }),
    who: 'editor',
    ownerTeam: ({ actionId }, doc) => teamOfAction(doc, actionId),
    apply(tx, { actionId, patch }) {
      tx.put('homeworkActions', { ...needAction(tx, actionId), ...patch });
    },
    touched: ({ actionId, patch }) => patchFields(actionId, patch),
  }),
  'homework.action.remove': defineOp({
    payload: inWorkshop({ actionId: Id }),
    who: 'editor',
    ownerTeam: ({ actionId }, doc) => teamOfAction(doc, actionId),
    apply(tx, { actionId }) {
      needAction(tx, actionId);
      tx.del('homeworkActions', actionId);
    },
  }),
};
