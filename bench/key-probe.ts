import type { Page } from 'playwright-core';

/**
 * Installed in a loaded page: for every key, the time from the key event (its own timestamp, so time
 * spent waiting behind other work counts) to the first moment after the next frame was drawn. The rAF callback runs
 * just before the paint; a message posted from it is handled just after, which is what the typist sees.
 * A string, not a function: tsx's compiled functions call helpers that do not exist in the page.
 */
const PROBE = `
  window.__keyLatencies = [];
  let keyAt = null;
  document.addEventListener('keydown', (e) => { keyAt = e.timeStamp; }, true);
  document.addEventListener('input', () => {
    const start = keyAt;
    keyAt = null;
    if (start === null) return;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__keyLatencies.push(performance.now() - start);
      channel.port2.postMessage(null);
    });
  }, true);
`;

export const addKeyProbe = (page: Page): Promise<unknown> => page.evaluate(PROBE);

export const takeLatencies = (page: Page): Promise<number[]> =>
  page.evaluate('window.__keyLatencies.splice(0)') as Promise<number[]>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Types `keys` keystrokes into the focused field at a brisk typist's pace (a key every 60–100 ms), in runs of
 * letters followed by as many backspaces, so the text stays short and every key changes it.
 */
export async function typeKeys(page: Page, keys: number): Promise<void> {
  const run = 12;
  for (let i = 0; i < keys; i++) {
    const inRun = i % (2 * run);
    await page.keyboard.press(inRun < run ? String.fromCharCode(97 + (i % 26)) : 'Backspace');
    await sleep(60 + Math.random() * 40);
  }
}
