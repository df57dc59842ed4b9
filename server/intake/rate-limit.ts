/**
 * Per-client token buckets for report intake: each client (by pseudonym, never by address) may send a burst
 * and then a steady trickle. Kept in memory per instance: a restart forgets them, and several instances each
 * allow their own share, which bounds a flood by the number of instances; the distinct-reporter count, not
 * this limit, is what stops one client from making a number look widely reported.
 */
export interface RateDecision {
  readonly allowed: boolean;
  /** Whole seconds until one more request would be allowed (0 when allowed). */
  readonly retryAfterS: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Past this many clients the fullest buckets are forgotten first, so memory stays bounded under a flood. */
const MAX_CLIENTS = 100_000;

export class TokenBuckets {
  readonly #buckets = new Map<string, Bucket>();

  constructor(private readonly perHour: number, private readonly burst: number) {}

  take(client: string, nowMs: number): RateDecision {
    const refillPerMs = this.perHour / 3_600_000;
    const bucket = this.#buckets.get(client) ?? { tokens: this.burst, at: nowMs };
    bucket.tokens = Math.min(this.burst, bucket.tokens + Math.max(0, nowMs - bucket.at) * refillPerMs);
    bucket.at = nowMs;
    this.#buckets.delete(client);
    this.#buckets.set(client, bucket);
    if (this.#buckets.size > MAX_CLIENTS) this.#forgetOldest();
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterS: 0 };
    }
    return { allowed: false, retryAfterS: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) };
  }

  #forgetOldest(): void {
    // Map iteration is insertion order and take() re-inserts, so the first keys are the least recently seen.
    for (const key of this.#buckets.keys()) {
      this.#buckets.delete(key);
      if (this.#buckets.size <= MAX_CLIENTS * 0.9) return;
    }
  }
}
