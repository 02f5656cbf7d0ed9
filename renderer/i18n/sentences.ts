import type { Language } from '../../shared/domain/workshop.ts';

/** Sentences one after another as each language writes them: Chinese runs them together, English spaces them. */
export const sentences = (lang: Language, ...parts: (string | false | null | undefined)[]): string =>
  parts.filter(Boolean).join(lang === 'en' ? ' ' : '');
