import { z } from 'zod';
import { defineOp } from '../../core/op-def.ts';
import { refuse } from '../../core/refusal.ts';
import type { Tx } from '../../core/tx.ts';
import { Id } from '../../domain/ids.ts';
import { ClassroomFields, defaultClassroom, DisplayName, ParticipantLanguage } from './schemas.ts';

const inWorkshop = <S extends z.ZodRawShape>(shape: S) => z.object({ workshopId: Id, ...shape }).strict();

const needParticipant = (tx: Tx, id: string) =>
  tx.get('participants', id) ?? refuse({ code: 'unknownEntity', detail: `participant ${id} does not exist` });
const needTeam = (tx: Tx, id: string) => tx.get('teams', id) ?? refuse({ code: 'unknownEntity', detail: `team ${id} does not exist` });

export const classroomOf = (tx: Tx) => tx.get('classrooms', tx.workshop.id) ?? defaultClassroom(tx.workshop.id);

/** The room: who joined, which team each is in, and how the trainer runs it. */
export const classroomOps = {
  /** Made by the host itself when someone joins with the right code (the trainer's authority, never a client's). */
  'participant.join': defineOp({
    payload: inWorkshop({ participantId: Id, name: DisplayName, teamId: Id.nullable(), language: ParticipantLanguage }),
    who: 'trainer',
    ownerTeam: () => null,
    apply(tx, { participantId, name, teamId, language }) {
      if (teamId !== null) needTeam(tx, teamId);
      const before = tx.get('participants', participantId);
      tx.put('participants', { id: participantId, name, teamId: teamId ?? before?.teamId ?? null, language, joinedAt: before?.joinedAt ?? tx.at });
    },
  }),
  'participant.rename': defineOp({
    payload: inWorkshop({ participantId: Id, name: DisplayName }),
    who: 'editor',
    ownerTeam: () => null,
    self: ({ participantId }) => participantId,
    duringLock: true,
    apply(tx, { participantId, name }) {
      tx.put('participants', { ...needParticipant(tx, participantId), name });
    },
  }),
  'participant.setLanguage': defineOp({
    payload: inWorkshop({ participantId: Id, language: ParticipantLanguage }),
    who: 'editor',
    ownerTeam: () => null,
    self: ({ participantId }) => participantId,
    duringLock: true,
    apply(tx, { participantId, language }) {
      tx.put('participants', { ...needParticipant(tx, participantId), language });
    },
  }),
  /** A participant picks a team for themselves, once; after that only the trainer moves them. */
  'participant.chooseTeam': defineOp({
    payload: inWorkshop({ participantId: Id, teamId: Id }),
    who: 'editor',
    ownerTeam: () => null,
    self: ({ participantId }) => participantId,
    duringLock: true,
    apply(tx, { participantId, teamId }) {
      const participant = needParticipant(tx, participantId);
      needTeam(tx, teamId);
      if (participant.teamId !== null && participant.teamId !== teamId) {
        refuse({ code: 'forbidden', rule: 'teamChosen', detail: 'only the trainer moves someone who is in a team' });
      }
      tx.put('participants', { ...participant, teamId });
    },
  }),
  'participant.setTeam': defineOp({
    payload: inWorkshop({ participantId: Id, teamId: Id.nullable() }),
    who: 'trainer',
    ownerTeam: () => null,
    apply(tx, { participantId, teamId }) {
      const participant = needParticipant(tx, participantId);
      if (teamId !== null) needTeam(tx, teamId);
      tx.put('participants', { ...participant, teamId });
    },
  }),
  /** The host also revokes the participant's session and closes their connections. */
  'participant.remove': defineOp({
    payload: inWorkshop({ participantId: Id }),
    who: 'trainer',
    ownerTeam: () => null,
    apply(tx, { participantId }) {
      needParticipant(tx, participantId);
      tx.del('participants', participantId);
    },
  }),
  'classroom.update': defineOp({
    payload: inWorkshop({ patch: ClassroomFields.partial() }),
    who: 'trainer',
    ownerTeam: () => null,
    apply(tx, { patch }) {
      for (const id of [...(patch.sharedTeamIds ?? []), ...(patch.projectedTeamIds ?? [])]) needTeam(tx, id);
      if (patch.activeActivityId) {
        if (!tx.get('activities', patch.activeActivityId)) refuse({ code: 'unknownEntity', detail: `activity ${patch.activeActivityId} does not exist` });
      }
      tx.put('classrooms', { ...classroomOf(tx), ...patch });
    },
  }),
};
