/**
 * Failed join attempts allowed per remote address: 5 in any 5 minutes, then that address is refused (even with the
 * right code) until its oldest failure is 5 minutes old. A person who mistypes gets five tries; a guesser gets at
 * most 1,440 a day per address, against 31^8 ≈ 8.5×10^11 codes (a whole /24 of spoofed addresses for a two-day
 * course: about 7×10^5 guesses, a chance under 1 in a million).
 */
export const JOIN_ATTEMPTS = { max: 5, windowMs: 5 * 60_000 } as const;

/**
 * Successful joins per address: 20 in any 5 minutes. A phone that lost its saved credential joins again a few times;
 * someone who saw the code on the projector cannot fill the room with thousands of participants from one laptop.
 */
export const JOINS_PER_ADDRESS = { max: 20, windowMs: 5 * 60_000 } as const;

/**
 * Addresses with recent events tracked at once. When that many are failing (a flood from spoofed addresses), an
 * address not yet tracked is refused until some expire: the limit fails closed instead of forgetting a blocked one.
 */
const MAX_TRACKED = 10_000;

/** Events (failed or successful joins) counted per remote address over a sliding window, with a bound on each. */
export class AttemptLimit {
  private readonly events = new Map<string, number[]>();
  private lastPrune = -Infinity;

  constructor(
    private readonly policy: { max: number; windowMs: number },
    private readonly clock: () => number = Date.now,
  ) {}

  /** Seconds this address must wait before trying again, or 0 when it may try now. */
  retryAfterSeconds(address: string): number {
    const recent = this.recent(address);
    if (recent.length === 0) return this.full() ? Math.ceil(this.policy.windowMs / 1000) : 0;
    if (recent.length < this.policy.max) return 0;
    const freesAt = recent[recent.length - this.policy.max] + this.policy.windowMs;
    return Math.max(1, Math.ceil((freesAt - this.clock()) / 1000));
  }

  record(address: string): void {
    if (!this.events.has(address) && this.full()) return;
    this.events.set(address, [...this.recent(address), this.clock()].slice(-this.policy.max));
  }

  private recent(address: string): number[] {
    const since = this.clock() - this.policy.windowMs;
    return (this.events.get(address) ?? []).filter((at) => at > since);
  }

  /** Full of recent events; expired entries are swept at most once a second, so a flood costs little per request. */
  private full(): boolean {
    if (this.events.size < MAX_TRACKED) return false;
    const now = this.clock();
    if (now - this.lastPrune >= 1000) {
      this.lastPrune = now;
      for (const address of [...this.events.keys()]) if (this.recent(address).length === 0) this.events.delete(address);
    }
    return this.events.size >= MAX_TRACKED;
  }
}
