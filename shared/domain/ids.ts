import { nanoid } from 'nanoid';
import { z } from 'zod';

/** Ids are made by the client (so optimistic edits can refer to them) and checked for shape by the host. */
export const Id = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/, 'badId');
export type Id = z.infer<typeof Id>;

export const newId = (): string => nanoid(16);
