import { z } from 'zod';
import { OrderKey } from '../../core/order.ts';
import { Id } from '../../domain/ids.ts';
import { LIMITS } from '../../domain/limits.ts';

export const CourseDayNumber = z.union([z.literal(1), z.literal(2)]);
export type CourseDayNumber = z.infer<typeof CourseDayNumber>;

/** Planned minutes of one step: at least one, at most a half day. */
export const StepMinutes = z.number().int().min(1, 'tooSmall').max(240, 'tooLarge');

/**
 * One step of a workshop's agenda. A step seeded from the curriculum keeps its section id (its title, points and
 * notes come from there unless `title` overrides the title); a custom step has section null and its own title.
 */
export const AgendaStepFields = z.object({
  day: CourseDayNumber,
  sectionId: z.string().max(LIMITS.shortText).nullable(),
  title: z.string().trim().max(LIMITS.shortText, 'tooLong'),
  minutes: StepMinutes,
});
export const AgendaStepPatch = z.object({ title: AgendaStepFields.shape.title, minutes: StepMinutes, skipped: z.boolean() }).partial();
export const AgendaStep = AgendaStepFields.extend({
  id: Id,
  order: OrderKey,
  skipped: z.boolean(),
  /** Time actually spent on the step, closed each time the trainer moves on from it. */
  spentSeconds: z.number().int().min(0),
});
export type AgendaStep = z.infer<typeof AgendaStep>;

const Instant = z.iso.datetime();

/**
 * Where the room is, as host state (one per workshop, id = the workshop's): the current step and since when, and
 * the exercise timer (its length, time run before the last pause, and since when it runs), so a reloaded page or a
 * presenter window finds both where they were.
 */
export const AgendaClock = z.object({
  id: Id,
  currentStepId: Id.nullable(),
  stepSince: Instant.nullable(),
  timerMs: z.number().int().min(0),
  timerElapsedMs: z.number().int().min(0),
  timerSince: Instant.nullable(),
});
export type AgendaClock = z.infer<typeof AgendaClock>;

export const agendaCollections = { agendaSteps: AgendaStep, agendaClocks: AgendaClock };
