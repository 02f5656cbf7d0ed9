import { desktopBridge } from './bridge.ts';

export type SaveOutcome = 'saved' | 'cancelled' | 'downloaded';

/**
 * Hands bytes to the user as a file: the desktop shell's native Save dialog when there is one,
 * otherwise an ordinary browser download.
 */
export async function saveFile(name: string, bytes: Uint8Array, mime: string): Promise<SaveOutcome> {
  const bridge = desktopBridge();
  if (bridge) return bridge.saveFile(name, bytes);
  downloadInBrowser(name, bytes, mime);
  return 'downloaded';
}

function downloadInBrowser(name: string, bytes: Uint8Array, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start reading the blob before it is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
