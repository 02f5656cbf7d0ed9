import { HTTP } from '../../shared/protocol/http.ts';
import { downloadFromHost, type DownloadResult } from '../platform/download.ts';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type ExportResult = DownloadResult;

/** One deliverable (one instance of it, with `artifactId`) as a Word file: every export button goes through here. */
export const exportDeliverable = (workshopId: string, deliverable: string, fallbackName: string, artifactId?: string): Promise<ExportResult> =>
  downloadFromHost(HTTP.exportDeliverable(workshopId, deliverable, artifactId), `${fallbackName}.docx`, DOCX_MIME);
