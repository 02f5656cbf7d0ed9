import { generateKeyBetween } from 'fractional-indexing';
import { z } from 'zod';

const isKey = (key: string): boolean => {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
};

/**
 * Siblings are ordered by fractional keys (strings that sort between any two others), so inserting or moving one never
 * renumbers the rest and two people inserting at once never collide on a position. Equal keys fall back to the id.
 */
export const OrderKey = z.string().max(64).refine(isKey, 'badOrder');

export interface Ordered {
  id: string;
  order: string;
}

export const byOrder = (a: Ordered, b: Ordered): number =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export const sortByOrder = <T extends Ordered>(items: Iterable<T>): T[] => [...items].sort(byOrder);

/** The key after the last of `siblings` (appending). */
export const keyAfterLast = (siblings: readonly Ordered[]): string =>
  generateKeyBetween(siblings.reduce<string | null>((max, s) => (max === null || s.order > max ? s.order : max), null), null);

/** A key between two neighbours (either may be missing: start or end of the list). */
export const keyBetween = (before: string | null, after: string | null): string =>
  generateKeyBetween(before, after && before && after <= before ? null : after);
