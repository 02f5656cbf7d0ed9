import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../host/testing/temp-dir.ts';
import { runDesktop } from './desktop-shell.ts';

describe.skipIf(process.platform === 'win32')('npm start with the Electron program', () => {
  it('runs it on the project with the arguments given and reports its exit code', async () => {
    const project = tempDir('satisfy-desktop-');
    try {
      // Stands in for Electron: records where and how it was started.
      const fake = join(project.dir, 'electron');
      writeFileSync(fake, '#!/bin/sh\necho "$PWD|$*" > started.txt\nexit 3\n');
      chmodSync(fake, 0o755);
      expect(await runDesktop(fake, project.dir, ['--data', 'lib', '--demo'])).toBe(3);
      expect(readFileSync(join(project.dir, 'started.txt'), 'utf8').trim()).toBe(`${project.dir}|. --data lib --demo`);
    } finally {
      project.remove();
    }
  });

  it('stops listening for Ctrl+C once the window has closed', async () => {
    const project = tempDir('satisfy-desktop-');
    try {
      const fake = join(project.dir, 'electron');
      writeFileSync(fake, '#!/bin/sh\nexit 0\n');
      chmodSync(fake, 0o755);
      const before = process.listenerCount('SIGINT');
      await runDesktop(fake, project.dir, []);
      expect(process.listenerCount('SIGINT')).toBe(before);
    } finally {
      project.remove();
    }
  });
});
