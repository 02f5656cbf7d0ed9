import { HTTP } from '../../shared/protocol/http.ts';
import { filenameFromDisposition, safeFilename } from '../platform/filename.ts';
import { saveFile } from '../platform/save-file.ts';
import { DOCX_MIME } from '../standard/export/export-standard.ts';
import { apiFetch } from '../sync/session.ts';

/** The action plan as a Word file from the host, saved (desktop) or downloaded (browser); null when it failed. */
export async function exportHomework(workshopId: string, fallbackName: string): Promise<string | null> {
  const response = await apiFetch(HTTP.exportDeliverable(workshopId, 'homework')).catch(() => null);
  if (!response?.ok) return null;
  const name = filenameFromDisposition(response.headers.get('content-disposition')) ?? safeFilename(`${fallbackName}.docx`);
  await saveFile(name, new Uint8Array(await response.arrayBuffer()), DOCX_MIME);
  return name;
}
