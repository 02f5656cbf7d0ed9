// Starts the export worker from TypeScript source (vitest, tsx, the benches): a worker's execArgv cannot carry
// `--import tsx` on Node 20, so the worker registers tsx itself. Built code starts export-worker.js directly.
import { register } from 'tsx/esm/api';

register();
await import('./export-worker.ts');
