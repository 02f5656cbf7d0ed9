import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'satisfy-studio';

/** Where the library lives when nobody says otherwise: the OS's per-user application data folder. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SATISFY_DATA) return env.SATISFY_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME);
}
