import { HTTP } from '../../../shared/protocol/http.ts';
import { filenameFromDisposition, safeFilename } from '../../platform/filename.ts';
import { saveFile, type SaveOutcome } from '../../platform/save-file.ts';
import { apiFetch } from '../../sync/session.ts';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type ExportResult =
  | { ok: true; outcome: SaveOutcome; name: string }
  | { ok: false; error: { kind: 'http'; status: number } | { kind: 'network' } };

/**
 * Asks the host for the standard as a Word file and hands it to the user (native Save dialog in the desktop
 * shell, a download in a browser), named as the host suggests or after the workshop.
 */
export async function exportStandard(workshopId: string, fallbackName: string): Promise<ExportResult> {
  let response: Response;
  try {
    response = await apiFetch(HTTP.exportDeliverable(workshopId, 'standard'));
  } catch {
    return { ok: false, error: { kind: 'network' } };
  }
  if (!response.ok) return { ok: false, error: { kind: 'http', status: response.status } };
  const bytes = new Uint8Array(await response.arrayBuffer());
  const name = filenameFromDisposition(response.headers.get('content-disposition')) ?? safeFilename(`${fallbackName}.docx`);
  const outcome = await saveFile(name, bytes, DOCX_MIME);
  return { ok: true, outcome, name };
}
