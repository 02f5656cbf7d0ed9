import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { testState } from '../../../shared/charts/test-state.ts';
import { buildStandardDocx } from './standard-docx.ts';

const bodyText = async (docx: Uint8Array | Buffer): Promise<string> => {
  const xml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
};

describe("the Word file's dimension chapter follows the room's industry", () => {
  it("an airline's standard speaks of cabin crew and check-in, not online chat or field engineers", async () => {
    const state = testState({ lang: 'en', perDimension: 4 });
    state.workshop.industry = 'airline';
    const text = await bodyText(await buildStandardDocx(state));
    expect(text).toContain('Cabin crew: Reach the seat within a minute of a call bell');
    expect(text).toContain('Check-in and gate agent: Passport, visa and ticket details are checked to match');
    expect(text).not.toMatch(/Field service engineer:|online chat/i);
  }, 60_000);
});
