import { z } from 'zod';
import { Id } from './ids.ts';
import { LIMITS } from './limits.ts';

export const Language = z.enum(['zh-CN', 'en']);
export type Language = z.infer<typeof Language>;

/** The room's industry: which example posts, indicators and dimension examples the course material offers. */
export const Industry = z.enum(['hotel', 'property', 'telecom', 'carDealer', 'realEstate', 'airline', 'general']);
export type Industry = z.infer<typeof Industry>;

const ShortText = z.string().trim().max(LIMITS.shortText, 'tooLong');
const IsoDate = z.union([z.literal(''), z.iso.date()]);

export const WorkshopFields = z.object({
  name: ShortText.min(1, 'required'),
  company: ShortText,
  trainer: ShortText,
  startDate: IsoDate,
  endDate: IsoDate,
  language: Language,
  industry: Industry,
});
export type WorkshopFields = z.infer<typeof WorkshopFields>;

export const Workshop = WorkshopFields.extend({
  id: Id,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Workshop = z.infer<typeof Workshop>;
