import type { Bilingual } from '../shared/domain/library.ts';

/** One sentence in both languages, Chinese first, so the course data reads like the course. */
export const b = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });
