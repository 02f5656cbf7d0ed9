import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/workshop.ts';
import { asLanguage } from './language.ts';

/** A plain `(key, params) => string`, the shape shared helpers such as `reasonText` take. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The translator and the interface language, re-rendering on a language switch. */
export function useUi(): { t: Translate; lang: Language } {
  const { t, i18n } = useTranslation();
  const translate = useCallback<Translate>((key, params) => String(t(key, params ?? {})), [t]);
  return { t: translate, lang: asLanguage(i18n.resolvedLanguage ?? i18n.language) };
}
