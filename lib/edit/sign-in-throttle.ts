/**
 * Slows sign-in down after wrong passwords in a row, per name and per client address: the first
 * FREE_FAILURES cost nothing, then each further one doubles the wait, up to MAX_WAIT_MS. A
 * success clears the name's count. Kept in the server's memory: one server holds the database.
 */
export const FREE_FAILURES = 4;
export const FIRST_WAIT_MS = 250;
export const MAX_WAIT_MS = 4000;
/** A count older than this is forgotten. */
const FORGET_MS = 15 * 60_000;
/** At most this many keys are remembered (the oldest go first): a flood of names cannot exhaust memory. */
const MAX_KEYS = 10_000;

type Count = { failures: number; last: number };

export class SignInThrottle {
  private readonly counts = new Map<string, Count>();

  /** How long an attempt for `name` from `address` waits before its password is checked. */
  waitMs(name: string, address: string, now = Date.now()): number {
    const failures = Math.max(this.failuresOf(`name:${name}`, now), this.failuresOf(`address:${address}`, now));
    return failures < FREE_FAILURES ? 0 : Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_FAILURES));
  }

  failed(name: string, address: string, now = Date.now()): void {
    for (const key of [`name:${name}`, `address:${address}`]) {
      const failures = this.failuresOf(key, now) + 1;
      this.counts.delete(key);
      this.counts.set(key, { failures, last: now });
    }
    for (const oldest of this.counts.keys()) {
      if (this.counts.size <= MAX_KEYS) break;
      this.counts.delete(oldest);
    }
  }

  succeeded(name: string): void {
    this.counts.delete(`name:${name}`);
  }

  private failuresOf(key: string, now: number): number {
    const count = this.counts.get(key);
    return count && now - count.last < FORGET_MS ? count.failures : 0;
  }
}
