import { Document, Packer, Paragraph } from 'docx';
import { buildStandardDocx } from '../electron/host/export/standard-docx.ts';
import { ms, percentile, ratio } from './stats.ts';
import { testState } from '../shared/charts/test-state.ts';

/**
 * Word export of 成果1 for 3 posts × 5 dimensions × 6 indicators (charts and mind maps rendered to PNG included),
 * against packing a one-paragraph document in the same run. Run: npm run bench:export
 */
const RUNS = Number(process.env.RUNS ?? 5);
const state = testState({ posts: 3, perDimension: 6 });

async function time(run: () => Promise<unknown>): Promise<number[]> {
  await run(); // warm-up: module loading and font discovery are not part of an export
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

const baseline = await time(() => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('满意度工作坊')] }] })));
let size = 0;
const exportTimes = await time(async () => {
  size = (await buildStandardDocx(state)).length;
});
const b = percentile(baseline, 50);
const e = percentile(exportTimes, 50);
console.log(`standard: ${state.posts.length} posts × 5 dimensions × 6 indicators = ${state.indicators.length} indicators`);
console.log(`one-paragraph docx (baseline) median ${ms(b)}`);
console.log(`成果1 export                   median ${ms(e)}  (${ratio(e, b)} baseline), ${(size / 1024).toFixed(0)} KiB`);
