import { describe, expect, it } from 'vitest';
import { parseHash, workshopHref } from './routing.ts';

describe('parseHash', () => {
  it('treats an empty or token fragment as the library', () => {
    expect(parseHash('')).toEqual({ screen: 'library' });
    expect(parseHash('#token=abc123')).toEqual({ screen: 'library' });
    expect(parseHash('#/')).toEqual({ screen: 'library' });
  });

  it('reads a workshop and an optional deliverable', () => {
    expect(parseHash('#/w/abcdefgh12345678')).toEqual({ screen: 'workshop', workshopId: 'abcdefgh12345678', deliverable: null });
    expect(parseHash('#/w/abcdefgh12345678/standard')).toEqual({
      screen: 'workshop',
      workshopId: 'abcdefgh12345678',
      deliverable: 'standard',
    });
  });

  it('refuses malformed ids', () => {
    expect(parseHash('#/w/short')).toEqual({ screen: 'library' });
    expect(parseHash('#/w/has%20space%20inside')).toEqual({ screen: 'library' });
    expect(parseHash('#/w/%E0%A4%A')).toEqual({ screen: 'library' });
  });

  it('round-trips the hrefs it builds', () => {
    expect(parseHash(workshopHref('abcdefgh12345678', 'standard'))).toMatchObject({ deliverable: 'standard' });
  });
});
