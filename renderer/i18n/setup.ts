import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain/workshop.ts';
import { loadLanguage, saveLanguage } from './language.ts';
import { resources } from './resources.ts';

/**
 * Starts i18next synchronously (resources are bundled) in the remembered language; before any choice, in `fallback`
 * (zh-CN, the course's language, unless a page says otherwise).
 */
export function setupI18n(fallback?: Language): typeof i18next {
  const lng = loadLanguage(fallback);
  void i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'zh-CN',
    supportedLngs: ['zh-CN', 'en'],
    initAsync: false,
    // React escapes text itself; user text is never injected as HTML anywhere.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    returnNull: false,
  });
  reflectLanguage(lng);
  i18next.on('languageChanged', (next) => reflectLanguage(next as Language));
  return i18next;
}

/** `<html lang>` picks the right CJK glyphs and tells screen readers which voice to use. */
function reflectLanguage(lng: Language): void {
  document.documentElement.lang = lng;
  document.title = i18next.t('app.title');
}

export async function switchLanguage(lng: Language): Promise<void> {
  saveLanguage(lng);
  await i18next.changeLanguage(lng);
}
