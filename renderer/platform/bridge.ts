import { BRIDGE_GLOBAL, type DesktopBridge } from '../../shared/platform/bridge.ts';

/** The Electron preload's bridge when running in the desktop shell, else null (a plain browser). */
export function desktopBridge(): DesktopBridge | null {
  const candidate = (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL];
  return candidate && typeof candidate === 'object' ? (candidate as DesktopBridge) : null;
}
