import { describe, expect, it } from 'vitest';
import { domainEn } from '../../shared/i18n/domain.en.ts';
import { uiEn as uiEnBase } from './ui.en.ts';
import { uiZh as uiZhBase } from './ui.zh-CN.ts';
import { standardGridEn } from '../standard/i18n.en.ts';
import { standardGridZh } from '../standard/i18n.zh-CN.ts';
import { parseStoredLanguage } from './language.ts';

// The modules' own tables are checked with the interface's (same keys, placeholders, no empty text).
const uiZh = { ...uiZhBase, ...standardGridZh };
const uiEn = { ...uiEnBase, ...standardGridEn };

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

describe('stored interface language', () => {
  it('defaults to simplified Chinese', () => {
    expect(parseStoredLanguage(null)).toBe('zh-CN');
    expect(parseStoredLanguage('fr')).toBe('zh-CN');
  });
  it('keeps a supported choice', () => {
    expect(parseStoredLanguage('en')).toBe('en');
  });
});
