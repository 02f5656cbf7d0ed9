import { XLSX_LIMITS } from '../../../shared/deliverables/standard/xlsx/layout.ts';
import type { ImportPreview, ImportRefusal } from '../../../shared/deliverables/standard/xlsx/problems.ts';
import { HTTP } from '../../../shared/protocol/http.ts';
import { downloadFromHost, type DownloadResult } from '../../platform/download.ts';
import { apiFetch } from '../../sync/session.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Failure = { kind: 'http'; status: number } | { kind: 'network' };
export type XlsxExport = DownloadResult;
export type XlsxImport = { kind: 'preview'; preview: ImportPreview } | { kind: 'refused'; refusal: ImportRefusal } | { kind: 'failed'; error: Failure };

/** Downloads (or saves, in the desktop shell) 成果1 as an Excel workbook. */
export const exportStandardXlsx = (workshopId: string, fallbackName: string): Promise<XlsxExport> =>
  downloadFromHost(HTTP.standardXlsx(workshopId, 'export'), `${fallbackName}.xlsx`, XLSX_MIME);

/** Sends a workbook to the host to be checked; the host answers with a preview and changes nothing. */
export async function previewStandardXlsx(workshopId: string, file: Blob): Promise<XlsxImport> {
  // A file over the limit is refused here without uploading it; the host refuses it too.
  if (file.size > XLSX_LIMITS.fileBytes) return { kind: 'refused', refusal: 'tooLarge' };
  let response: Response;
  try {
    response = await apiFetch(HTTP.standardXlsx(workshopId, 'import'), { method: 'POST', body: file });
  } catch {
    return { kind: 'failed', error: { kind: 'network' } };
  }
  if (response.status === 413 || response.status === 422) {
    const body = (await response.json().catch(() => null)) as { refusal?: ImportRefusal } | null;
    if (body?.refusal) return { kind: 'refused', refusal: body.refusal };
  }
  if (!response.ok) return { kind: 'failed', error: { kind: 'http', status: response.status } };
  return { kind: 'preview', preview: (await response.json()) as ImportPreview };
}
