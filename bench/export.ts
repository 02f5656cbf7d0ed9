import { exportSourceOf } from '../electron/host/testing/doc-of-state.ts';
import { Document, Packer } from 'docx';
import type { WorkshopState } from '../shared/domain/state.ts';
import { testState } from '../shared/charts/test-state.ts';
import { buildStandardDocx } from '../electron/host/export/standard-docx.ts';
import { standardContext } from '../electron/host/export/standard-context.ts';
import { indicatorTable } from '../electron/host/export/standard-posts.ts';
import { runExport, stopExportWorker } from '../electron/host/export/run-export.ts';
import { largestState } from './large-state.ts';
import { ms, percentile, ratio } from './stats.ts';

/**
 * Word export of 成果1 (charts and mind maps rendered to PNG, contents with page numbers), for the class-sized
 * standard (3 posts × 5 dimensions × 6 indicators) and the largest the app accepts (30 × 5 × 20), against packing
 * the bare indicator tables of the same standard in the same run. Run: npm run bench:export
 */
const RUNS = Number(process.env.RUNS ?? 3);

async function time(run: () => Promise<unknown>, runs = RUNS): Promise<number> {
  await run(); // warm-up: module loading, fonts and the worker's start are not part of an export
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return percentile(times, 50);
}

/** The same tables, one per post, with docx's defaults: no styles, pictures, contents or page numbers. */
const bareTables = (state: WorkshopState) => {
  const ctx = standardContext(state);
  return Packer.toBuffer(new Document({ sections: [{ children: ctx.posts.map((p) => indicatorTable(ctx, p)) }] }));
};

const cases = [
  { label: '3 posts × 5 × 6', state: testState({ posts: 3, perDimension: 6 }), runs: RUNS },
  { label: '30 posts × 5 × 20', state: largestState(), runs: 1 },
];
for (const { label, state, runs } of cases) {
  const base = await time(() => bareTables(state), runs);
  const inProcess = await time(() => buildStandardDocx(state), runs);
  const inWorker = await time(() => runExport('standard', exportSourceOf(state)), runs);
  console.log(`${label} (${state.indicators.length} indicators), median of ${runs}`);
  console.log(`  bare docx tables (baseline)  ${ms(base)}`);
  console.log(`  成果1 export, in process      ${ms(inProcess)}  (${ratio(inProcess, base)} baseline)`);
  console.log(`  成果1 export, export worker   ${ms(inWorker)}  (${ratio(inWorker, base)} baseline)`);
}
await stopExportWorker();
