import { apiFetch } from '../sync/session.ts';
import { filenameFromDisposition, safeFilename } from './filename.ts';
import { saveFile, type SaveOutcome } from './save-file.ts';

export type DownloadResult =
  | { ok: true; outcome: SaveOutcome; name: string }
  | { ok: false; error: { kind: 'http'; status: number } | { kind: 'network' } };

/**
 * Fetches a file the host makes (a Word document, a workbook) and hands it to the user: the native Save dialog in the
 * desktop shell, a download in a browser; named as the host suggests, else `fallbackName`.
 */
export async function downloadFromHost(path: string, fallbackName: string, mime: string): Promise<DownloadResult> {
  let response: Response;
  try {
    response = await apiFetch(path);
  } catch {
    return { ok: false, error: { kind: 'network' } };
  }
  if (!response.ok) return { ok: false, error: { kind: 'http', status: response.status } };
  const bytes = new Uint8Array(await response.arrayBuffer());
  const name = filenameFromDisposition(response.headers.get('content-disposition')) ?? safeFilename(fallbackName);
  return { ok: true, outcome: await saveFile(name, bytes, mime), name };
}
