import { Worker } from 'node:worker_threads';
import type { DeliverableId, ExportSource } from './exporters.ts';
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
/**
 * A warm worker holds ~500 MB (its large young generation, the CJK fonts) and a class exports a few times a day: it
 * ends after this long without work, and the next export starts another (measured in the README).
 */
let idleMs = 3 * 60_000;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
/** Jobs sent and not answered, each with the worker it went to (an ending worker takes only its own with it). */
const pending = new Map<number, { worker: Worker; resolve: (file: ExportedFile) => void; reject: (error: Error) => void }>();

function failAll(w: Worker, error: Error): void {
  for (const [id, p] of pending) {
    if (p.worker !== w) continue;
    pending.delete(id);
    p.reject(error);
  }
}

function exportWorker(): Worker {
  if (worker) return worker;
  // A Word file is many short-lived objects (XML nodes, strings): a larger young generation cuts the collector's share
  // of a large export from about half to a fraction (measured with bench/export.ts).
  const w = new Worker(WORKER_URL, { resourceLimits: { maxYoungGenerationSizeMb: 192 } });
  w.on('message', (reply: ExportReply) => {
    const p = pending.get(reply.id);
    pending.delete(reply.id);
    if (!pending.size) {
      w.unref();
      idleTimer = setTimeout(() => void endIdle(w), idleMs);
      idleTimer.unref();
    }
    if (!p) return;
    if (reply.ok) p.resolve({ bytes: Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength), fileName: reply.fileName });
    else p.reject(new Error(reply.error));
  });
  // A crashed worker takes its jobs with it; the next export starts a fresh one.
  w.on('error', (e) => failAll(w, e));
  w.on('exit', (code) => {
    if (worker === w) worker = undefined;
    failAll(w, new Error(`export worker exited (${code})`));
  });
  worker = w;
  return w;
}

/** Builds a deliverable's Word file in the export worker thread; exports queue there one after another. */
export function runExport(deliverable: DeliverableId, source: ExportSource): Promise<ExportedFile> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    clearTimeout(idleTimer);
    const w = exportWorker();
    pending.set(id, { worker: w, resolve, reject });
    // Referenced while it has work, so a caller awaiting a file is not left hanging; idle, it never keeps a process alive.
    w.ref();
    w.postMessage({ id, deliverable, source } satisfies ExportJob);
  });
}

async function endIdle(w: Worker): Promise<void> {
  if (worker !== w || pending.size) return;
  worker = undefined;
  await w.terminate();
}

/** Ends the worker (host shutdown, tests); a later export starts a new one. */
export async function stopExportWorker(): Promise<void> {
  clearTimeout(idleTimer);
  const w = worker;
  worker = undefined;
  if (w) await w.terminate();
}

/** Whether a worker is up now (tests of the idle ending). */
export const exportWorkerRunning = (): boolean => worker !== undefined;

/** How long an idle worker lives; tests shorten it. Returns the previous value. */
export function setExportWorkerIdleMs(ms: number): number {
  const previous = idleMs;
  idleMs = ms;
  return previous;
}
