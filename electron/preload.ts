import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopBridge } from '../shared/platform/bridge';

/**
 * Exposes named functions only (never ipcRenderer itself). A sandboxed preload cannot import project files,
 * so the channel names are repeated from ipc-channels.ts; the shape is shared/platform/bridge.ts's DesktopBridge.
 */
const bridge: DesktopBridge = {
  saveFile: (suggestedName: string, data: Uint8Array): Promise<'saved' | 'cancelled'> =>
    ipcRenderer.invoke('satisfy:save-file', suggestedName, data),
  toggleFullscreen: (): Promise<void> => ipcRenderer.invoke('satisfy:toggle-fullscreen'),
};

contextBridge.exposeInMainWorld('satisfyDesktop', bridge);
