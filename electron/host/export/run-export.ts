import { Worker } from 'node:worker_threads';
import type { WorkshopState } from '../../../shared/domain/state.ts';
import type { DeliverableId } from './exporters.ts';
import type { ExportJob, ExportReply } from './export-worker.ts';

export interface ExportedFile {
  bytes: Buffer;
  fileName: string;
}

// Built JS under Electron and `npm run build`; TypeScript under tsx, vitest and the benches.
const fromSource = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(fromSource ? './export-worker-source.mjs' : './export-worker.js', import.meta.url);

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (file: ExportedFile) => void; reject: (error: Error) => void }>();

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

function exportWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(WORKER_URL);
  w.on('message', (reply: ExportReply) => {
    const p = pending.get(reply.id);
    pending.delete(reply.id);
    if (!pending.size) w.unref();
    if (!p) return;
    if (reply.ok) p.resolve({ bytes: Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength), fileName: reply.fileName });
    else p.reject(new Error(reply.error));
  });
  // A crashed worker takes its jobs with it; the next export starts a fresh one.
  w.on('error', (e) => failAll(e));
  w.on('exit', (code) => {
    if (worker === w) worker = undefined;
    failAll(new Error(`export worker exited (${code})`));
  });
  worker = w;
  return w;
}

/** Builds a deliverable's Word file in the export worker thread; exports queue there one after another. */
export function runExport(deliverable: DeliverableId, state: WorkshopState): Promise<ExportedFile> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const w = exportWorker();
    // Referenced while it has work, so a caller awaiting a file is not left hanging; idle, it never keeps a process alive.
    w.ref();
    w.postMessage({ id, deliverable, state } satisfies ExportJob);
  });
}

/** Ends the worker (host shutdown, tests); a later export starts a new one. */
export async function stopExportWorker(): Promise<void> {
  const w = worker;
  worker = undefined;
  if (w) await w.terminate();
}
