import { z } from 'zod';
import { Workshop } from './workshop.ts';
import { Indicator, Post } from './standard.ts';

/** Everything one workshop holds: the snapshot a client starts from and the read model exports use. */
export const WorkshopState = z.object({
  workshop: Workshop,
  posts: z.array(Post),
  indicators: z.array(Indicator),
});
export type WorkshopState = z.infer<typeof WorkshopState>;

export const LibraryState = z.object({ workshops: z.array(Workshop) });
export type LibraryState = z.infer<typeof LibraryState>;
