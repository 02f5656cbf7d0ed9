import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { LIBRARY_FILE } from './store/database.ts';
import { tempDir } from './testing/temp-dir.ts';

describe('npm run serve on a library it must not open', () => {
  const dir = tempDir();
  afterEach(() => dir.remove());

  it('prints the bilingual refusal as one message, no stack trace, and exits with 1', async () => {
    const file = join(dir.dir, LIBRARY_FILE);
    writeFileSync(file, '');
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', '--data', dir.dir, '--port', '0'], {
      // A host that starts instead of refusing is stopped, not left running.
      timeout: 20_000,
    });
    const failure = await run.then(
      () => expect.fail('the host started'),
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(failure.code).toBe(1);
    expect(failure.stdout).toBe('');
    expect(failure.stderr.trim()).toMatch(new RegExp(`^The library file is empty \\(0 bytes\\): ${file}.* / 资料库文件是空的`, 's'));
    expect(failure.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
