import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IPC } from './ipc-channels.ts';

describe('IPC channels', () => {
  it('the sandboxed preload (which cannot import them) spells every channel as main.ts does', () => {
    const preload = readFileSync(new URL('./preload.ts', import.meta.url), 'utf8');
    for (const channel of Object.values(IPC)) expect(preload).toContain(`'${channel}'`);
  });

  it('the preload exposes named functions, never ipcRenderer itself', () => {
    const preload = readFileSync(new URL('./preload.ts', import.meta.url), 'utf8');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(preload).not.toContain('process.env');
  });
});
