import { domainResources } from '../../shared/i18n/resources.ts';
import type { Language } from '../../shared/domain/workshop.ts';
import { uiEn } from './ui.en.ts';
import { uiZh } from './ui.zh-CN.ts';
import { standardGridEn } from '../standard/i18n.en.ts';
import { standardGridZh } from '../standard/i18n.zh-CN.ts';

/** One `translation` namespace per language: the shared domain words beside the interface words. */
export const resources: Record<Language, { translation: object }> = {
  'zh-CN': { translation: { ...domainResources['zh-CN'], ...uiZh, ...standardGridZh } },
  en: { translation: { ...domainResources.en, ...uiEn, ...standardGridEn } },
};
