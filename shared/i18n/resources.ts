import { domainEn } from './domain.en.ts';
import { domainZh } from './domain.zh-CN.ts';

export const SUPPORTED_LANGUAGES = ['zh-CN', 'en'] as const;
export const domainResources = { 'zh-CN': domainZh, en: domainEn } as const;
