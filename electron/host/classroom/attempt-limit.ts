/**
 * Failed join attempts allowed per remote address: 5 in any 5 minutes, then that address is refused (even with the
 * right code) until its oldest failure is 5 minutes old. A person who mistypes gets five tries; a guesser gets at
 * most 1,440 a day per address, against 31^8 ≈ 8.5×10^11 codes (a whole /24 of spoofed addresses for a two-day
 * course: about 7×10^5 guesses, a chance under 1 in a million).
 */
export const JOIN_ATTEMPTS = { failures: 5, windowMs: 5 * 60_000 } as const;

/** Addresses tracked at once; past this the ones whose failures are all old are forgotten first. */
const MAX_TRACKED = 10_000;

export class AttemptLimit {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly policy: { failures: number; windowMs: number } = JOIN_ATTEMPTS,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Seconds this address must wait before trying again, or 0 when it may try now. */
  retryAfterSeconds(address: string): number {
    const recent = this.recent(address);
    if (recent.length < this.policy.failures) return 0;
    const freesAt = recent[recent.length - this.policy.failures] + this.policy.windowMs;
    return Math.max(1, Math.ceil((freesAt - this.clock()) / 1000));
  }

  fail(address: string): void {
    if (this.failures.size >= MAX_TRACKED) this.prune();
    this.failures.set(address, [...this.recent(address), this.clock()]);
  }

  private recent(address: string): number[] {
    const since = this.clock() - this.policy.windowMs;
    return (this.failures.get(address) ?? []).filter((at) => at > since);
  }

  private prune(): void {
    for (const address of [...this.failures.keys()]) if (this.recent(address).length === 0) this.failures.delete(address);
    // Still full: a flood from many addresses; drop the oldest entries rather than grow without bound.
    for (const address of this.failures.keys()) {
      if (this.failures.size < MAX_TRACKED) break;
      this.failures.delete(address);
    }
  }
}
