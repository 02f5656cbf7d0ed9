import { describe, expect, it } from 'vitest';
import { domainEn } from '../../shared/i18n/domain.en.ts';
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
import { parseStoredLanguage, preferredLanguage } from './language.ts';
import { journeyEn } from '../journey/i18n.en.ts';
import { journeyZh } from '../journey/i18n.zh-CN.ts';
import { strategyEn } from '../motStrategy/i18n.en.ts';
import { strategyZh } from '../motStrategy/i18n.zh-CN.ts';
import { classroomEn } from '../classroom/i18n.en.ts';
import { classroomZh } from '../classroom/i18n.zh-CN.ts';
import { activitiesEn } from '../activities/i18n.en.ts';
import { activitiesZh } from '../activities/i18n.zh-CN.ts';

/** Every leaf key path of a nested string table. */
function keys(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );
}

const placeholders = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

describe('interface strings', () => {
  it('has the same keys in both languages', () => {
    expect(keys(uiEn).sort()).toEqual(keys(uiZh).sort());
  });

  it('uses the same placeholders in both languages', () => {
    const lookup = (table: object, path: string): string =>
      path.split('.').reduce<unknown>((node, seg) => (node as Record<string, unknown>)[seg], table) as string;
    for (const path of keys(uiZh)) {
      expect([path, placeholders(lookup(uiEn, path))]).toEqual([path, placeholders(lookup(uiZh, path))]);
    }
  });

  it('never shadows a shared domain key', () => {
    const domainTop = new Set(Object.keys(domainEn));
    expect(Object.keys(uiZh).filter((k) => domainTop.has(k))).toEqual([]);
  });

  it('has no empty text', () => {
    for (const table of [uiZh, uiEn]) {
      const lookup = (path: string): string =>
        path.split('.').reduce<unknown>((node, seg) => (node as Record<string, unknown>)[seg], table) as string;
      for (const path of keys(table)) expect(lookup(path).trim(), path).not.toBe('');
    }
  });
});

describe('module interface strings', () => {
  /** Each screen's own words (renderer/<module>/i18n.*.ts): one line per module. */
  const modules: [string, object, object][] = [
    ['playbook', playbookUiZh, playbookUiEn],
    ['course', courseZh, courseEn],
    ['homework', homeworkZh, homeworkEn],
    ['journey', journeyZh, journeyEn],
    ['motStrategy', strategyZh, strategyEn],
    ['standardGrid', standardGridZh, standardGridEn],
    ['standardXlsx', standardXlsxZh, standardXlsxEn],
    ['classroom', classroomZh, classroomEn],
    ['activities', activitiesZh, activitiesEn],
  ];
  const lookup = (table: object, path: string): string =>
    path.split('.').reduce<unknown>((node, seg) => (node as Record<string, unknown>)[seg], table) as string;

  it.each(modules)('%s: same keys and placeholders in both languages, no empty text', (_, zh, en) => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
    for (const path of keys(zh)) {
      expect([path, placeholders(lookup(en, path))]).toEqual([path, placeholders(lookup(zh, path))]);
      for (const table of [zh, en]) expect(lookup(table, path).trim(), path).not.toBe('');
    }
  });

  it.each(modules)('%s: one top-level key of its own, shadowing neither the interface nor the domain words', (name, zh) => {
    expect(Object.keys(zh)).toEqual([name]);
    expect(Object.keys(uiZh)).not.toContain(name);
    expect(Object.keys(domainEn)).not.toContain(name);
  });
});

describe('stored interface language', () => {
  it('defaults to simplified Chinese', () => {
    expect(parseStoredLanguage(null)).toBe('zh-CN');
    expect(parseStoredLanguage('fr')).toBe('zh-CN');
  });
  it('keeps a supported choice', () => {
    expect(parseStoredLanguage('en')).toBe('en');
  });
  it('falls back to the page\'s own default when nothing was chosen', () => {
    expect(parseStoredLanguage(null, 'en')).toBe('en');
    expect(parseStoredLanguage('zh-CN', 'en')).toBe('zh-CN');
  });
});

describe('browser language', () => {
  it('takes the first language the app speaks, by its primary tag', () => {
    expect(preferredLanguage(['en-GB', 'zh-CN'])).toBe('en');
    expect(preferredLanguage(['fr-FR', 'zh-TW', 'en'])).toBe('zh-CN');
    expect(preferredLanguage(['de', 'EN-us'])).toBe('en');
  });
  it('is Chinese when the browser speaks neither', () => {
    expect(preferredLanguage(['fr', 'de'])).toBe('zh-CN');
    expect(preferredLanguage([])).toBe('zh-CN');
  });
});
