import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../host/testing/temp-dir.ts';
import { fallbackLine, findElectronBinary, type MissingReason } from './electron-binary.ts';

let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const remove of cleanup) remove();
  cleanup = [];
});

/** A project folder whose node_modules/electron looks the way a given install left it. */
function fakeProject(electron: { installed: boolean; pathTxt?: string; binaryAt?: string }): { dir: string; packageDir: string } {
  const temp = tempDir('satisfy-electron-');
  cleanup.push(temp.remove);
  writeFileSync(join(temp.dir, 'package.json'), '{"name":"fake"}');
  const packageDir = join(temp.dir, 'node_modules', 'electron');
  if (electron.installed) {
    mkdirSync(packageDir, { recursive: true });
    writeFileSync(join(packageDir, 'package.json'), '{"name":"electron","main":"index.js"}');
    // What the real package does when its download failed: throw as soon as it is required.
    writeFileSync(join(packageDir, 'index.js'), "throw new Error('Electron failed to install correctly');");
    if (electron.pathTxt !== undefined) writeFileSync(join(packageDir, 'path.txt'), electron.pathTxt);
    if (electron.binaryAt) {
      mkdirSync(join(packageDir, 'dist', electron.binaryAt, '..'), { recursive: true });
      writeFileSync(join(packageDir, 'dist', electron.binaryAt), '');
      chmodSync(join(packageDir, 'dist', electron.binaryAt), 0o755);
    }
  }
  return { dir: temp.dir, packageDir };
}

describe('finding the Electron program without loading the electron package', () => {
  it('reports a project where electron is not installed at all', () => {
    expect(findElectronBinary(fakeProject({ installed: false }).dir, {})).toEqual({ found: false, why: 'notInstalled' });
  });

  it('reports a blocked download (no path.txt): the case of ELECTRON_SKIP_BINARY_DOWNLOAD and offline installs', () => {
    expect(findElectronBinary(fakeProject({ installed: true }).dir, {})).toEqual({ found: false, why: 'notDownloaded' });
  });

  it('reports a path.txt whose program file is gone', () => {
    const { dir } = fakeProject({ installed: true, pathTxt: 'electron' });
    expect(findElectronBinary(dir, {})).toEqual({ found: false, why: 'fileMissing' });
  });

  it('finds the program where path.txt says, as the electron package would', () => {
    const { dir, packageDir } = fakeProject({ installed: true, pathTxt: 'Electron.app/Contents/MacOS/Electron', binaryAt: 'Electron.app/Contents/MacOS/Electron' });
    expect(findElectronBinary(dir, {})).toEqual({ found: true, path: join(packageDir, 'dist', 'Electron.app/Contents/MacOS/Electron') });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, as the electron package does', () => {
    const elsewhere = tempDir('satisfy-electron-dist-');
    cleanup.push(elsewhere.remove);
    writeFileSync(join(elsewhere.dir, 'electron'), '');
    const { dir } = fakeProject({ installed: true });
    expect(findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere.dir })).toEqual({ found: true, path: join(elsewhere.dir, 'electron') });
  });

  it.each(['notInstalled', 'notDownloaded', 'fileMissing'] as MissingReason[])('explains %s in one bilingual line', (why) => {
    const line = fallbackLine(why);
    expect(line).not.toContain('\n');
    expect(line).toMatch(/[\u4e00-\u9fff]/);
    expect(line).toMatch(/Electron .*browser/);
  });
});
