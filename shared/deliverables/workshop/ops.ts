import { z } from 'zod';
import { Id } from '../../domain/ids.ts';
import { LIMITS } from '../../domain/limits.ts';
import { WorkshopFields } from '../../domain/workshop.ts';
import { patchFields } from '../../core/fields.ts';
import { defineOp } from '../../core/op-def.ts';
import { keyAfterLast, OrderKey } from '../../core/order.ts';
import { refuse } from '../../core/refusal.ts';
import type { Tx } from '../../core/tx.ts';
import { datesInOrder } from '../../rules/dates.ts';
import { removeArtifactContent } from '../content.ts';
import { ArtifactFields, DeliverableId, TeamFields } from './schemas.ts';

const inWorkshop = <S extends z.ZodRawShape>(shape: S) => z.object({ workshopId: Id, ...shape }).strict();

const needTeam = (tx: Tx, teamId: string) =>
  tx.get('teams', teamId) ?? refuse({ code: 'unknownEntity', detail: `team ${teamId} does not exist` });

const needArtifact = (tx: Tx, artifactId: string) =>
  tx.get('artifacts', artifactId) ?? refuse({ code: 'unknownEntity', detail: `artifact ${artifactId} does not exist` });

export const freeId = (tx: Tx, c: Parameters<Tx['get']>[0], id: string): void => {
  if (tx.get(c, id)) refuse({ code: 'duplicateId', detail: `${id} exists` });
};

/** The workshop's own details, its teams, and the deliverable instances (artifacts) they own. */
export const workshopOps = {
  'workshop.update': defineOp({
    payload: inWorkshop({ patch: WorkshopFields.partial() }),
    who: 'trainer',
    ownerTeam: () => null,
    apply(tx, { patch }) {
      const next = { ...tx.workshop, ...patch, updatedAt: tx.at };
      if (!datesInOrder(next.startDate, next.endDate)) {
        const path = patch.endDate !== undefined ? 'payload.patch.endDate' : 'payload.patch.startDate';
        refuse({ code: 'invalid', path, rule: 'endBeforeStart', detail: 'the end date is before the start date' });
      }
      tx.setWorkshop(next);
    },
    touched: ({ workshopId, patch }) => patchFields(workshopId, patch),
  }),
  'team.add': defineOp({
    payload: inWorkshop({ teamId: Id, fields: TeamFields, order: OrderKey.optional() }),
    who: 'trainer',
    ownerTeam: () => null,
    apply(tx, { teamId, fields, order }) {
      freeId(tx, 'teams', teamId);
      const teams = tx.all('teams');
      if (teams.length >= LIMITS.teamsPerWorkshop) refuse({ code: 'limitReached', limit: LIMITS.teamsPerWorkshop });
      tx.put('teams', { id: teamId, ...fields, order: order ?? keyAfterLast(teams) });
    },
  }),
  'team.update': defineOp({
    payload: inWorkshop({ teamId: Id, patch: TeamFields.partial() }),
    who: 'trainer',
    ownerTeam: () => null,
    apply(tx, { teamId, patch }) {
      tx.put('teams', { ...needTeam(tx, teamId), ...patch });
    },
    touched: ({ teamId, patch }) => patchFields(teamId, patch),
  }),
  /** A removed team's work is kept: its artifacts pass to the whole workshop. */
  'team.remove': defineOp({
    payload: inWorkshop({ teamId: Id }),
    who: 'trainer',
    ownerTeam: () => null,
    apply(tx, { teamId }) {
      needTeam(tx, teamId);
      for (const a of tx.where('artifacts', (a) => a.teamId === teamId)) tx.put('artifacts', { ...a, teamId: null });
      for (const p of tx.where('participants', (p) => p.teamId === teamId)) tx.put('participants', { ...p, teamId: null });
      const classroom = tx.get('classrooms', tx.workshop.id);
      if (classroom) {
        const keep = (ids: string[]) => ids.filter((id) => id !== teamId);
        tx.put('classrooms', { ...classroom, sharedTeamIds: keep(classroom.sharedTeamIds), projectedTeamIds: keep(classroom.projectedTeamIds) });
      }
      tx.del('teams', teamId);
    },
  }),
  'artifact.add': defineOp({
    payload: inWorkshop({ artifactId: Id, deliverable: DeliverableId, fields: ArtifactFields, order: OrderKey.optional() }),
    who: 'editor',
    ownerTeam: ({ fields }) => fields.teamId,
    apply(tx, { artifactId, deliverable, fields, order }) {
      freeId(tx, 'artifacts', artifactId);
      if (fields.teamId !== null) needTeam(tx, fields.teamId);
      const artifacts = tx.all('artifacts');
      if (artifacts.length >= LIMITS.artifactsPerWorkshop) refuse({ code: 'limitReached', limit: LIMITS.artifactsPerWorkshop });
      tx.put('artifacts', { id: artifactId, deliverable, ...fields, order: order ?? keyAfterLast(artifacts) });
    },
  }),
  'artifact.update': defineOp({
    payload: inWorkshop({ artifactId: Id, patch: ArtifactFields.partial() }),
    who: 'trainer',
    ownerTeam: () => null,
    apply(tx, { artifactId, patch }) {
      const artifact = needArtifact(tx, artifactId);
      if (patch.teamId) needTeam(tx, patch.teamId);
      tx.put('artifacts', { ...artifact, ...patch });
    },
    touched: ({ artifactId, patch }) => patchFields(artifactId, patch),
  }),
  'artifact.remove': defineOp({
    payload: inWorkshop({ artifactId: Id }),
    who: 'trainer',
    ownerTeam: () => null,
    apply(tx, { artifactId }) {
      const artifact = needArtifact(tx, artifactId);
      // The workshop-wide 成果1 (its id is the workshop's) is where the class starts; it stays.
      if (artifactId === tx.workshop.id) refuse({ code: 'forbidden', detail: 'the workshop-wide standard cannot be removed' });
      removeArtifactContent(tx, artifact);
      tx.del('artifacts', artifactId);
    },
  }),
};
