/**
 * Slows sign-in down after wrong passwords in a row, per name and per client address: the first
 * FREE_FAILURES cost nothing; after each further one, the next attempt is refused until twice
 * the last wait has passed (up to MAX_WAIT_MS) since it. A success clears the name's count.
 * Kept in the server's memory: one server holds the database.
 */
export const FREE_FAILURES = 4;
export const FIRST_WAIT_MS = 250;
export const MAX_WAIT_MS = 4000;
/** At most this many passwords are checked at once: scrypt takes 32 MiB and a worker thread each. */
export const MAX_CHECKS = 2;
/** A count older than this is forgotten. */
const FORGET_MS = 15 * 60_000;
/** At most this many keys are remembered (the oldest go first): a flood of names cannot exhaust memory. */
const MAX_KEYS = 10_000;

type Count = { failures: number; last: number };

export class SignInThrottle {
  private readonly counts = new Map<string, Count>();
  private checking = 0;

  /** Takes one of the MAX_CHECKS places for a password check; false when none is free. */
  beginCheck(): boolean {
    if (this.checking >= MAX_CHECKS) return false;
    this.checking++;
    return true;
  }

  endCheck(): void {
    this.checking = Math.max(0, this.checking - 1);
  }

  /** How long an attempt for `name` from `address` must still wait before it is taken (0: now). */
  waitMs(name: string, address: string, now = Date.now()): number {
    const waits = [`name:${name}`, `address:${address}`].map((key) => {
      const count = this.counts.get(key);
      if (!count || now - count.last >= FORGET_MS || count.failures < FREE_FAILURES) return 0;
      return Math.max(0, count.last + Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (count.failures - FREE_FAILURES)) - now);
    });
    return Math.max(...waits);
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

  /** A right password: the name's count is cleared, and the address loses the failure its attempt was counted as. */
  succeeded(name: string, address: string): void {
    this.counts.delete(`name:${name}`);
    const count = this.counts.get(`address:${address}`);
    if (count) count.failures = Math.max(0, count.failures - 1);
  }

  private failuresOf(key: string, now: number): number {
    const count = this.counts.get(key);
    return count && now - count.last < FORGET_MS ? count.failures : 0;
  }
}
