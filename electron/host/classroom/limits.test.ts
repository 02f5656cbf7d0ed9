import { describe, expect, it } from 'vitest';
import { AttemptLimit, JOIN_ATTEMPTS } from './attempt-limit.ts';
import { TokenBucket } from './op-rate.ts';

describe('failed join attempts are limited per address', () => {
  it(`allows ${JOIN_ATTEMPTS.max} failures in ${JOIN_ATTEMPTS.windowMs / 60_000} minutes, then refuses that address until the oldest is old enough`, () => {
    let now = 1_000_000;
    const limit = new AttemptLimit(JOIN_ATTEMPTS, () => now);
    for (let i = 0; i < JOIN_ATTEMPTS.max; i++) {
      expect(limit.retryAfterSeconds('10.0.0.7')).toBe(0);
      limit.record('10.0.0.7');
      now += 10_000;
    }
    // Five failures at 0 s, 10 s … 40 s; now is 50 s: the first leaves the window at 300 s.
    expect(limit.retryAfterSeconds('10.0.0.7')).toBe(250);
    expect(limit.retryAfterSeconds('10.0.0.8')).toBe(0);
    now += 249_000;
    expect(limit.retryAfterSeconds('10.0.0.7')).toBe(1);
    now += 1_000;
    expect(limit.retryAfterSeconds('10.0.0.7')).toBe(0);
    // One try back; a new failure uses it up again.
    limit.record('10.0.0.7');
    expect(limit.retryAfterSeconds('10.0.0.7')).toBeGreaterThan(0);
  });

  it('a flood from many spoofed addresses neither frees a blocked address early nor opens the door to new ones', () => {
    let now = 0;
    const limit = new AttemptLimit(JOIN_ATTEMPTS, () => now);
    for (let i = 0; i < JOIN_ATTEMPTS.max; i++) limit.record('10.0.0.7');
    now += 1000;
    for (let i = 0; i < 20_000; i++) {
      const address = `10.1.${i >> 8}.${i & 255}`;
      if (limit.retryAfterSeconds(address) === 0) limit.record(address);
    }
    expect(limit.retryAfterSeconds('10.0.0.7')).toBeGreaterThan(0);
    // While ten thousand addresses are failing, one the table cannot hold waits rather than guessing unlimited.
    expect(limit.retryAfterSeconds('10.2.0.1')).toBeGreaterThan(0);
    now += JOIN_ATTEMPTS.windowMs;
    expect(limit.retryAfterSeconds('10.2.0.1')).toBe(0);
    expect(limit.retryAfterSeconds('10.0.0.7')).toBe(0);
  });
});

describe('a participant socket’s message budget', () => {
  it('takes a burst, then refills at the stated rate and never beyond the burst', () => {
    let now = 0;
    const bucket = new TokenBucket(100, 30, () => now);
    let taken = 0;
    while (bucket.take()) taken++;
    expect(taken).toBe(100);
    now += 1000;
    taken = 0;
    while (bucket.take()) taken++;
    expect(taken).toBe(30);
    now += 60_000;
    taken = 0;
    while (bucket.take()) taken++;
    expect(taken).toBe(100);
  });
});
