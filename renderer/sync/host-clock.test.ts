import { describe, expect, it } from 'vitest';
import { hostClockOffset } from './host-clock.ts';

describe('hostClockOffset', () => {
  it('finds a phone clock five minutes slow, within half the round trip', () => {
    const hostMinusPhone = 5 * 60_000;
    const sentAt = 1_000_000;
    const receivedAt = sentAt + 80;
    // The host stamped its welcome 30 ms after our hello left (by its own clock).
    const hostTime = sentAt + 30 + hostMinusPhone;
    const offset = hostClockOffset(sentAt, hostTime, receivedAt);
    expect(Math.abs(offset - hostMinusPhone)).toBeLessThanOrEqual(40);
  });

  it('finds a phone clock that runs ahead as a negative offset', () => {
    expect(hostClockOffset(10_000, 10_000 - 120_000 + 5, 10_010)).toBe(-120_000);
  });

  it('ignores a receive time before the send time (a clock stepped back mid-greeting)', () => {
    expect(hostClockOffset(10_000, 10_000, 9_000)).toBe(0);
  });
});
