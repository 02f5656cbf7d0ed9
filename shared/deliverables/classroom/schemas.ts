import { z } from 'zod';
import { Id } from '../../domain/ids.ts';

export const ParticipantLanguage = z.enum(['zh-CN', 'en']);
export type ParticipantLanguage = z.infer<typeof ParticipantLanguage>;

export const DisplayName = z.string().trim().min(1, 'required').max(40, 'tooLong');

/**
 * Someone who joined the classroom from their own device. The id is their session's id, so the host can tell an op
 * made "as this participant" from one made by someone else; their team decides which team artifacts they edit.
 */
export const Participant = z.object({
  id: Id,
  name: DisplayName,
  teamId: Id.nullable(),
  language: ParticipantLanguage,
  joinedAt: z.iso.datetime(),
});
export type Participant = z.infer<typeof Participant>;

/**
 * How the trainer runs the room (one per workshop, id = the workshop's): editing locked for participants, teams whose
 * work every participant may see, the teams the projector compares side by side, and the live activity on every phone.
 */
export const ClassroomFields = z.object({
  locked: z.boolean(),
  sharedTeamIds: z.array(Id).max(20),
  projectedTeamIds: z.array(Id).max(4),
  activeActivityId: Id.nullable(),
});
export const Classroom = ClassroomFields.extend({ id: Id });
export type Classroom = z.infer<typeof Classroom>;

export const defaultClassroom = (workshopId: string): Classroom => ({
  id: workshopId,
  locked: false,
  sharedTeamIds: [],
  projectedTeamIds: [],
  activeActivityId: null,
});

export const classroomCollections = { participants: Participant, classrooms: Classroom };
