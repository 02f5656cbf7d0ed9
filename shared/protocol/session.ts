import { z } from 'zod';
import { Id } from '../domain/ids.ts';

/**
 * Who is on the other end of a connection. The trainer runs the class; a member edits the workshop's shared work and
 * their own team's; a viewer (the projector, a guest) only reads.
 */
export const Role = z.enum(['trainer', 'member', 'viewer']);
export type Role = z.infer<typeof Role>;

export const Session = z.object({
  sessionId: z.string(),
  role: Role,
  /** Members and viewers are admitted to one workshop; the trainer to all. */
  workshopId: Id.nullable(),
  teamId: Id.nullable(),
  name: z.string().max(40),
});
export type Session = z.infer<typeof Session>;
