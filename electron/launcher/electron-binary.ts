import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type MissingReason = 'notInstalled' | 'notDownloaded' | 'fileMissing';
export type ElectronBinary = { found: true; path: string } | { found: false; why: MissingReason };

/**
 * Where the Electron program is, found the way the electron package itself finds it (its path.txt, written once the
 * download succeeded, and ELECTRON_OVERRIDE_DIST_PATH), but without requiring the package: its index.js throws
 * "Electron failed to install correctly" when the download was blocked, which is what newcomers used to see.
 */
export function findElectronBinary(projectDir: string, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(join(projectDir, 'package.json')).resolve('electron/package.json'));
  } catch {
    return { found: false, why: 'notInstalled' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!override && !relative) return { found: false, why: 'notDownloaded' };
  const binary = override ? join(override, relative || 'electron') : join(packageDir, 'dist', relative);
  return existsSync(binary) ? { found: true, path: binary } : { found: false, why: 'fileMissing' };
}

const WHY: Record<MissingReason, string> = {
  notInstalled: '未安装 Electron，改在浏览器中打开满意度工作坊。 · Electron is not installed: opening Satisfy Studio in your browser instead.',
  notDownloaded:
    'Electron 程序在安装时未能下载，改在浏览器中打开满意度工作坊。 · Electron could not be downloaded when it was installed: opening Satisfy Studio in your browser instead.',
  fileMissing:
    '找不到 Electron 程序文件，改在浏览器中打开满意度工作坊。 · The Electron program file is missing: opening Satisfy Studio in your browser instead.',
};

/** The one line `npm start` prints before falling back to the browser. */
export const fallbackLine = (why: MissingReason): string => WHY[why];
