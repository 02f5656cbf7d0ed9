import { parentPort } from 'node:worker_threads';
import type { WorkshopState } from '../../../shared/domain/state.ts';
import { EXPORTERS, isDeliverable } from './exporters.ts';

/** A job from the host: which deliverable, from which read model. */
export interface ExportJob {
  id: number;
  deliverable: string;
  state: WorkshopState;
}
export type ExportReply = { id: number; ok: true; bytes: Uint8Array; fileName: string } | { id: number; ok: false; error: string };

/**
 * Builds Word files in a worker thread, so laying out pages and packing never stall the host's event loop. The
 * worker lives on between exports: fonts, glyph outlines and loaded modules stay warm.
 */
parentPort?.on('message', async (job: ExportJob) => {
  let reply: ExportReply;
  try {
    if (!isDeliverable(job.deliverable)) throw new Error(`no exporter for ${job.deliverable}`);
    const exporter = await EXPORTERS[job.deliverable]();
    const bytes = await exporter.build(job.state);
    reply = { id: job.id, ok: true, bytes, fileName: exporter.fileName(job.state) };
  } catch (e) {
    reply = { id: job.id, ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort?.postMessage(reply);
});
