import { domainResources } from '../../shared/i18n/resources.ts';
import type { Language } from '../../shared/domain/workshop.ts';
import { playbookUiEn } from '../playbook/i18n.en.ts';
import { playbookUiZh } from '../playbook/i18n.zh-CN.ts';
import { courseEn } from '../course/i18n.en.ts';
import { courseZh } from '../course/i18n.zh-CN.ts';
import { homeworkEn } from '../homework/i18n.en.ts';
import { homeworkZh } from '../homework/i18n.zh-CN.ts';
import { uiEn } from './ui.en.ts';
import { uiZh } from './ui.zh-CN.ts';
import { standardGridEn } from '../standard/i18n.en.ts';
import { standardGridZh } from '../standard/i18n.zh-CN.ts';
import { standardXlsxEn } from '../standard/xlsx/i18n.en.ts';
import { standardXlsxZh } from '../standard/xlsx/i18n.zh-CN.ts';
import { journeyEn } from '../journey/i18n.en.ts';
import { journeyZh } from '../journey/i18n.zh-CN.ts';
import { strategyEn } from '../motStrategy/i18n.en.ts';
import { strategyZh } from '../motStrategy/i18n.zh-CN.ts';
import { classroomEn } from '../classroom/i18n.en.ts';
import { classroomZh } from '../classroom/i18n.zh-CN.ts';
import { activitiesEn } from '../activities/i18n.en.ts';
import { activitiesZh } from '../activities/i18n.zh-CN.ts';

/** One `translation` namespace per language: the shared domain words beside the interface words. */
export const resources: Record<Language, { translation: object }> = {
  'zh-CN': { translation: { ...domainResources['zh-CN'], ...uiZh, ...playbookUiZh, ...courseZh, ...homeworkZh, ...journeyZh, ...strategyZh, ...standardGridZh, ...standardXlsxZh, ...classroomZh, ...activitiesZh } },
  en: { translation: { ...domainResources.en, ...uiEn, ...playbookUiEn, ...courseEn, ...homeworkEn, ...journeyEn, ...strategyEn, ...standardGridEn, ...standardXlsxEn, ...classroomEn, ...activitiesEn } },
};
