/**
 * A token bucket: `take()` spends one token if there is one; tokens come back continuously up to `burst`.
 * `msUntilToken()` says how long until the next one.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly clock: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.last = clock();
  }

  take(): boolean {
    const now = this.clock();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  msUntilToken(): number {
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.perSecond) * 1000);
  }

  /** Resolves once a token has been spent: callers chained one after another get tokens in their order. */
  async acquire(): Promise<void> {
    while (!this.take()) await new Promise((resolve) => setTimeout(resolve, this.msUntilToken()));
  }
}
