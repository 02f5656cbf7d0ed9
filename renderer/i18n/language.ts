import { Language } from '../../shared/domain/workshop.ts';

/** The interface language, chosen by the switch and remembered per browser. Workshop content keeps its own language. */
export const LANGUAGE_STORAGE_KEY = 'satisfy.uiLanguage';
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** Reads a stored choice; anything unknown (or no storage at all) gives the fallback. */
export function parseStoredLanguage(stored: string | null | undefined, fallback: Language = DEFAULT_LANGUAGE): Language {
  const parsed = Language.safeParse(stored);
  return parsed.success ? parsed.data : fallback;
}

/** The first of the browser's languages the app speaks (en-GB is English, zh-TW is Chinese), else the default. */
export function preferredLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en';
  }
  return DEFAULT_LANGUAGE;
}

export function loadLanguage(fallback: Language = DEFAULT_LANGUAGE): Language {
  try {
    return parseStoredLanguage(globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY), fallback);
  } catch {
    return fallback;
  }
}

export function saveLanguage(lang: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Private mode or a locked-down browser: the choice lasts for this page only.
  }
}

/** i18next may report 'zh-CN' or a fallback; the app only ever speaks one of its two languages. */
export const asLanguage = (lng: string | undefined): Language => parseStoredLanguage(lng);
