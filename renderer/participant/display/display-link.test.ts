import { describe, expect, it } from 'vitest';
import { displayFragment } from './display-link.ts';

describe('display fragment', () => {
  it('reads the credential the trainer’s link carries, and the mode alone after a reload', () => {
    expect(displayFragment('#display=abcDEF012_-abcDEF012_-abcDEF01')).toEqual({ token: 'abcDEF012_-abcDEF012_-abcDEF01' });
    expect(displayFragment('#display')).toEqual({ token: null });
  });
  it('is not a display for a join link or anything else', () => {
    expect(displayFragment('')).toBeNull();
    expect(displayFragment('#code=ABCD2345')).toBeNull();
    expect(displayFragment('#displayed')).toBeNull();
    expect(displayFragment('#display=<script>')).toBeNull();
  });
});
