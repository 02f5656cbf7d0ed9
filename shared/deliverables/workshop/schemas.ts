import { z } from 'zod';
import { Id } from '../../domain/ids.ts';
import { LIMITS } from '../../domain/limits.ts';
import { OrderKey } from '../../core/order.ts';

const Name = z.string().trim().min(1, 'required').max(LIMITS.shortText, 'tooLong');

/** A group of participants who build their own deliverables (a journey map, a playbook) inside one workshop. */
export const TeamFields = z.object({ name: Name });
export const Team = TeamFields.extend({ id: Id, order: OrderKey });
export type Team = z.infer<typeof Team>;

/** Which deliverable module an artifact is an instance of. */
export const DeliverableId = z.enum(['standard', 'playbook', 'homework', 'journey', 'motStrategy']);
export type DeliverableId = z.infer<typeof DeliverableId>;

/**
 * One instance of a deliverable. It belongs to the whole workshop (teamId null: everyone in the room edits it)
 * or to one team (only that team's members and the trainer edit it).
 */
export const ArtifactFields = z.object({ title: z.string().trim().max(LIMITS.shortText, 'tooLong'), teamId: Id.nullable() });
export const Artifact = ArtifactFields.extend({ id: Id, deliverable: DeliverableId, order: OrderKey });
export type Artifact = z.infer<typeof Artifact>;

export const workshopCollections = { teams: Team, artifacts: Artifact };
