import type { BookmarkListNumber, EstimatedPageNumbers } from 'docx';
import { describe, expect, it, vi } from 'vitest';
import { testState } from '../../../shared/charts/test-state.ts';
import { applyEffect, type WorkshopDoc } from '../../../shared/core/doc.ts';
import { reduce } from '../../../shared/core/reduce.ts';
import { scenarioFromTemplate } from '../../../shared/deliverables/playbook/library.ts';
import type { OpInput } from '../../../shared/protocol/ops.ts';
import { SCENARIO_TEMPLATES } from '../../../templates/complaint-scenarios.ts';
import { buildPlaybookDocx } from '../deliverables/playbook/export/playbook-docx.ts';
import { docOfState } from '../testing/doc-of-state.ts';
import { addPlaybook, addTier, tierFields } from '../testing/playbook-ops.ts';
import { buildStandardDocx } from './standard-docx.ts';

interface Seen {
  ours: EstimatedPageNumbers;
  docx: EstimatedPageNumbers;
  oursNumbers: ReadonlyMap<string, BookmarkListNumber>;
  docxNumbers: ReadonlyMap<string, BookmarkListNumber>;
}
const seen = vi.hoisted(() => ({ last: {} as Partial<Seen> }));

// Every export still writes our estimate; docx's own layout is run beside it on the very same body to compare.
vi.mock('./page-estimate.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./page-estimate.ts')>();
  const { estimatePageNumbersWith } = await import('docx/layout');
  const docx = estimatePageNumbersWith({ guess: true });
  const ours = real.estimatePages;
  return {
    estimatePages: Object.assign(
      (body: object, context: never) => {
        seen.last.docx = docx(body, context);
        return (seen.last.ours = ours(body, context));
      },
      {
        listNumbers: (body: object, context: never) => {
          seen.last.docxNumbers = docx.listNumbers!(body, context);
          return (seen.last.oursNumbers = ours.listNumbers!(body, context));
        },
      },
    ),
  };
});

async function estimates(build: () => Promise<Buffer>): Promise<Seen> {
  seen.last = {};
  await build();
  return seen.last as Seen;
}

function expectClose({ ours, docx }: Seen): void {
  // docx guesses too (it has no widths for 宋体 and 黑体), so a heading near a page's end may land one page apart.
  expect([...ours.bookmarks.keys()]).toEqual([...docx.bookmarks.keys()]);
  for (const [name, page] of docx.bookmarks) expect(Math.abs(Number(ours.bookmarks.get(name)) - Number(page)), name).toBeLessThanOrEqual(1);
  expect(Math.abs(ours.pageCount! - docx.pageCount!)).toBeLessThanOrEqual(1);
}

const run = (doc: WorkshopDoc, ops: OpInput[]): WorkshopDoc => ops.reduce((d, op) => applyEffect(d, reduce(d, op as never, '2025-03-15T00:00:00Z')), doc);

describe('the contents page numbers', () => {
  it('number the headings as docx does: chapters 1, 2, …, sections 1.1, 1.2, … restarting in each chapter', async () => {
    const { oursNumbers, docxNumbers } = await estimates(() => buildStandardDocx(testState({ posts: 2, perDimension: 2 })));
    const text = (m: ReadonlyMap<string, BookmarkListNumber>) => [...m].map(([name, n]) => [name, n.text, n.separator]);
    expect(text(oursNumbers)).toEqual(text(docxNumbers));
    expect([...oursNumbers.values()].map((n) => n.text)).toContain('4.2');
  }, 60_000);

  it.each([
    ['a one-post standard', { posts: 1, perDimension: 2 }],
    ['the class-sized standard (3 posts × 5 × 6)', { posts: 3, perDimension: 6 }],
    ['an English standard', { posts: 3, perDimension: 4, lang: 'en' as const }],
  ])('put %s within a page of docx’s own layout', async (_label, shape) => {
    const seen = await estimates(() => buildStandardDocx(testState(shape)));
    expect(seen.ours.pageCount).toBeGreaterThan(5); // chapters start on pages of their own: far from a one-page guess
    expectClose(seen);
  }, 60_000);

  it('put the playbook’s headings within a page of docx’s own layout', async () => {
    const state = testState({});
    const workshopId = state.workshop.id;
    const artifactId = 'playbook-1';
    const doc = run(docOfState(state), [
      addPlaybook(workshopId, artifactId),
      ...SCENARIO_TEMPLATES.slice(0, 4).map((t) => scenarioFromTemplate(t, { workshopId, artifactId, language: 'zh-CN' })),
      addTier(workshopId, artifactId, tierFields('前台客服', 0, 200)),
    ]);
    const seen = await estimates(() => buildPlaybookDocx({ doc, artifactId }));
    expect(seen.ours.bookmarks.size).toBeGreaterThan(20);
    expectClose(seen);
  }, 60_000);
});
