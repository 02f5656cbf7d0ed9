import { z } from 'zod';
import { Id } from './ids.ts';
import { LIMITS } from './limits.ts';

export const Language = z.enum(['zh-CN', 'en']);
export type Language = z.infer<typeof Language>;

const ShortText = z.string().trim().max(LIMITS.shortText, 'tooLong');
const IsoDate = z.union([z.literal(''), z.iso.date()]);

export const WorkshopFields = z.object({
  name: ShortText.min(1, 'required'),
  company: ShortText,
  trainer: ShortText,
  startDate: IsoDate,
  endDate: IsoDate,
  language: Language,
});
export type WorkshopFields = z.infer<typeof WorkshopFields>;

export const Workshop = WorkshopFields.extend({
  id: Id,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Workshop = z.infer<typeof Workshop>;
