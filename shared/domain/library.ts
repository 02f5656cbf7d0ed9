import { z } from 'zod';
import { DimensionKey, IndicatorFields } from './standard.ts';
import type { Language } from './workshop.ts';

/** Text a template carries in both UI languages; the inserted indicator takes the workshop's language. */
export const Bilingual = z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof Bilingual>;

/** A template's text for a field of the workshop: both languages kept to that field's own rules, neither empty. */
export const bilingualField = (field: z.ZodString) => z.object({ 'zh-CN': field.min(1), en: field.min(1) });

/** A template's named texts as a workshop in `lang` stores them. */
export function textsIn<T extends { [key: string]: Bilingual | undefined }>(texts: T, lang: Language): { [P in keyof T]: string } {
  return Object.fromEntries(Object.entries(texts).flatMap(([key, text]) => (text ? [[key, text[lang]]] : []))) as { [P in keyof T]: string };
}

export const PostType = z.enum([
  'frontDesk',
  'serviceAgent',
  'fieldEngineer',
  'hotelFrontDesk',
  'housekeeping',
  'guestService',
  'propertyConcierge',
  'propertySecurity',
  'propertyCleaning',
  'telecomStore',
  'telecomAgent',
  'telecomInstaller',
  'carSales',
  'serviceAdvisor',
  'carTechnician',
  'handoverHost',
  'handoverInspector',
  'handoverRelations',
  'checkInAgent',
  'cabinCrew',
  'airlineAgent',
]);
export type PostType = z.infer<typeof PostType>;

export const IndicatorTemplate = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  postType: PostType,
  dimension: DimensionKey,
  name: Bilingual,
  description: Bilingual,
  weight: IndicatorFields.shape.weight,
  scoring: IndicatorFields.shape.scoring,
  dataSource: IndicatorFields.shape.dataSource,
  cycle: IndicatorFields.shape.cycle,
});
export type IndicatorTemplate = z.infer<typeof IndicatorTemplate>;

export const PostTemplate = z.object({ type: PostType, name: Bilingual, description: Bilingual });
export type PostTemplate = z.infer<typeof PostTemplate>;

/** What the Word file and the UI say about each SERVQUAL dimension beyond its one-line definition. */
export const DimensionGuide = z.object({
  dimension: DimensionKey,
  explanation: Bilingual,
  examples: z.array(Bilingual).min(2),
});
export type DimensionGuide = z.infer<typeof DimensionGuide>;
