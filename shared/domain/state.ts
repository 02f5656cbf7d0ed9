import { z } from 'zod';
import { Workshop } from './workshop.ts';
import { Indicator, Post } from './standard.ts';

/** 成果1 of a workshop as a list, in order: what the Word export, the charts and the standard's screens read. */
export const WorkshopState = z.object({
  workshop: Workshop,
  posts: z.array(Post),
  indicators: z.array(Indicator),
});
export type WorkshopState = z.infer<typeof WorkshopState>;

export const LibraryState = z.object({ workshops: z.array(Workshop) });
export type LibraryState = z.infer<typeof LibraryState>;
