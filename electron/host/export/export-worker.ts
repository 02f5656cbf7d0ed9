import { parentPort } from 'node:worker_threads';
import { EXPORTERS, isDeliverable, type ExportSource } from './exporters.ts';

/** A job from the host: which deliverable, of which workshop as stored. */
export interface ExportJob {
  id: number;
  deliverable: string;
  source: ExportSource;
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
    const bytes = await exporter.build(job.source);
    reply = { id: job.id, ok: true, bytes, fileName: exporter.fileName(job.source) };
  } catch (e) {
    reply = { id: job.id, ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort?.postMessage(reply);
});
