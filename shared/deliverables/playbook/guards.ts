import { z } from 'zod';
import { Id } from '../../domain/ids.ts';
import { refuse } from '../../core/refusal.ts';
import type { CollectionName } from '../../core/doc.ts';
import type { Tx } from '../../core/tx.ts';

export const inWorkshop = <S extends z.ZodRawShape>(shape: S) => z.object({ workshopId: Id, ...shape }).strict();

export const needPlaybook = (tx: Tx, artifactId: string) => {
  const artifact = tx.get('artifacts', artifactId);
  if (!artifact || artifact.deliverable !== 'playbook') refuse({ code: 'unknownEntity', detail: `playbook ${artifactId} does not exist` });
  return artifact!;
};

export const need = <C extends CollectionName>(tx: Tx, c: C, id: string) =>
  tx.get(c, id) ?? refuse({ code: 'unknownEntity', detail: `${c} ${id} does not exist` });

export const roomFor = (count: number, limit: number): void => {
  if (count >= limit) refuse({ code: 'limitReached', limit });
};
