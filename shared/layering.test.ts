import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** DESIGN.md's rooms, enforced: which folder may import which (tests and test fixtures aside). */
const root = resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter((f) => !f.includes('/testing/'));
}

function imports(file: string): { spec: string; target: string | null }[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => {
    const spec = m[1] ?? m[2];
    return { spec, target: spec.startsWith('.') ? relative(root, resolve(root, file, '..', spec)) : null };
  });
}

const room = (path: string): string => path.split('/')[0];

describe('import boundaries', () => {
  it('shared/ is plain TypeScript: no Node, no Electron, no DOM-bound packages, no other rooms', () => {
    for (const file of sources('shared')) {
      for (const { spec, target } of imports(file)) {
        if (target) expect(room(target), `${file} → ${spec}`).toBe('shared');
        else expect(['zod', 'nanoid', 'fractional-indexing', '@dagrejs/dagre', 'echarts'], `${file} → ${spec}`).toContain(spec);
      }
    }
  });

  it('templates/ holds data checked by shared/ schemas and imports nothing else', () => {
    for (const file of sources('templates'))
      for (const { spec, target } of imports(file)) expect(target && ['shared', 'templates'].includes(room(target)), `${file} → ${spec}`).toBe(true);
  });

  it('renderer/ never reaches Node, Electron or the host', () => {
    for (const file of sources('renderer')) {
      for (const { spec, target } of imports(file)) {
        if (target) expect(['renderer', 'shared', 'templates'], `${file} → ${spec}`).toContain(room(target));
        else expect(spec.startsWith('node:') || ['electron', 'better-sqlite3', 'ws', 'docx', '@resvg/resvg-js'].includes(spec), `${file} → ${spec}`).toBe(false);
      }
    }
  });

  it('only electron/main.ts and electron/preload.ts import electron; the host imports shared/ and templates/ only', () => {
    for (const file of sources('electron')) {
      for (const { spec, target } of imports(file)) {
        if (spec === 'electron') expect(['electron/main.ts', 'electron/preload.ts'], file).toContain(file);
        if (target && file.startsWith('electron/host/'))
          expect(target.startsWith('electron/host/') || ['shared', 'templates'].includes(room(target)), `${file} → ${spec}`).toBe(true);
      }
    }
  });
});
