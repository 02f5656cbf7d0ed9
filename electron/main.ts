import { app, BrowserWindow, dialog, ipcMain, session, shell, utilityProcess, type UtilityProcess } from 'electron';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IPC } from './ipc-channels.ts';
import {
  externalUrlToOpen,
  isAllowedNavigation,
  isAllowedPermission,
  isPresenterWindow,
  safeSuggestedName,
  WEB_PREFERENCES,
} from './security-policy.ts';

/**
 * The desktop shell: starts the host in a utility process, opens one window on it, and adds what a browser
 * cannot do (native save dialog). Every rule about what a window may do lives in security-policy.ts.
 */
const here = dirname(fileURLToPath(import.meta.url));
let host: UtilityProcess | null = null;
let hostOrigin = '';
let mainWindow: BrowserWindow | null = null;
let quitting = false;

function startHostProcess(): Promise<string> {
  const dataArg = process.argv.indexOf('--data');
  const dataDir = dataArg > 0 ? process.argv[dataArg + 1] : join(app.getPath('userData'), 'library');
  host = utilityProcess.fork(join(here, 'host', 'utility-entry.js'), [
    '--data',
    dataDir,
    '--static',
    join(app.getAppPath(), 'dist', 'renderer'),
    // `npm start -- --demo` asks for the sample workshop in the desktop window as in the browser.
    ...(process.argv.includes('--demo') ? ['--demo'] : []),
  ]);
  return new Promise((resolve, reject) => {
    host!.once('message', (message: { url?: string; error?: string }) =>
      message.url ? resolve(message.url) : reject(new Error(message.error ?? 'host failed')),
    );
    host!.once('exit', (code) => {
      reject(new Error(`The host stopped (exit code ${code}).`));
      // After start-up the promise is settled; a host that dies then would leave the window retrying forever.
      if (!quitting && hostOrigin) hostDied(code);
    });
  });
}

/** Restarts in a minute beyond which the host is taken to be broken rather than unlucky. */
const MAX_RESTARTS_PER_MINUTE = 3;
const restarts: number[] = [];

/**
 * A new host on the same library, and its fresh link handed to the open window: the page trades it for a session and
 * sends the edits it kept (in IndexedDB, per address: the host comes back on the same port). Acknowledged work is on disk.
 */
function hostDied(code: number): void {
  const now = Date.now();
  restarts.push(now);
  while (restarts[0] < now - 60_000) restarts.shift();
  if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
    dialog.showErrorBox(
      '满意度工作坊 Satisfy Studio',
      `后台服务反复意外停止（代码 ${code}），应用将关闭；已保存的内容不会丢失。\n` +
        `The background service keeps stopping (code ${code}). The app closes; saved work is kept.`,
    );
    app.exit(1);
    return;
  }
  startHostProcess()
    .then((url) => {
      hostOrigin = new URL(url).origin;
      // The main window takes the new link; a presenter window keeps its session, which outlives the restart.
      void mainWindow?.loadURL(url);
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('满意度工作坊 Satisfy Studio', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

function openWindow(url: string): void {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: '满意度工作坊 Satisfy Studio',
    backgroundColor: '#0f1b2d',
    webPreferences: { ...WEB_PREFERENCES, preload: join(here, 'preload.js') },
  });
  mainWindow = win;
  win.on('closed', () => (mainWindow = null));
  void win.loadURL(url);
}

const fromHostPage = (frameUrl: string | undefined): boolean => !!frameUrl && isAllowedNavigation(frameUrl, hostOrigin);

ipcMain.handle(IPC.saveFile, async (event, suggestedName: unknown, data: unknown) => {
  const name = safeSuggestedName(suggestedName);
  if (!fromHostPage(event.senderFrame?.url) || !name || !(data instanceof Uint8Array)) throw new Error('refused');
  const win = BrowserWindow.fromWebContents(event.sender);
  const options = { defaultPath: join(app.getPath('documents'), name), filters: [{ name: 'Word', extensions: ['docx'] }] };
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return 'cancelled';
  await writeFile(result.filePath, data);
  return 'saved';
});

ipcMain.handle(IPC.toggleFullscreen, (event) => {
  if (!fromHostPage(event.senderFrame?.url)) throw new Error('refused');
  const win = BrowserWindow.fromWebContents(event.sender);
  win?.setFullScreen(!win.isFullScreen());
});

// Every window, the presenter view's included, gets the same guards.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event, target) => {
    if (!isAllowedNavigation(target, hostOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, target) => {
    if (!isAllowedNavigation(target, hostOrigin)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url: target }) => {
    if (isPresenterWindow(target, hostOrigin)) {
      return {
        action: 'allow',
        overrideBrowserWindowOptions: {
          width: 1280,
          height: 800,
          backgroundColor: '#0f1b2d',
          webPreferences: { ...WEB_PREFERENCES, preload: join(here, 'preload.js') },
        },
      };
    }
    const external = externalUrlToOpen(target);
    if (external && !isAllowedNavigation(external, hostOrigin)) void shell.openExternal(external);
    return { action: 'deny' };
  });
});

// One library, one host: a second launch would run a second host on the same database and the two windows
// would drift apart. It focuses the open window instead.
if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(isAllowedPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => isAllowedPermission(permission));
  try {
    const url = await startHostProcess();
    hostOrigin = new URL(url).origin;
    openWindow(url);
  } catch (error) {
    dialog.showErrorBox('满意度工作坊 Satisfy Studio', error instanceof Error ? error.message : String(error));
    app.quit();
  }
});

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => {
  quitting = true;
  host?.kill();
});
