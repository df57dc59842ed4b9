/**
 * One delivery attempt of a queued report, and what its answer means for the queue (the service's contract
 * is in docs/report-format.md): a 2xx is accepted (a 200 for an id the service already has too); 400, 409,
 * 413 and 415 are permanent refusals that no retry can change; 429 and 503 say when to come back in
 * `Retry-After`; anything else, a network error or a timeout is retried with backoff.
 */

export type AttemptResult =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'refused'; readonly code: number }
  | { readonly kind: 'retry'; readonly error: string; readonly retryAfterMs: number | undefined };

export const PERMANENT_REFUSALS: readonly number[] = [400, 409, 413, 415];
const SAYS_WHEN: readonly number[] = [429, 503];

/** `Retry-After` as delay-seconds or an HTTP date, in milliseconds from `now`; undefined when unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d{1,10}$/.test(value)) return Number(value) * 1000;
  // An HTTP date always names its zone (GMT); requiring it keeps Date.parse's looser formats out.
  if (!/GMT$/.test(value)) return undefined;
  const when = Date.parse(value);
  return Number.isNaN(when) ? undefined : Math.max(0, when - now);
}

export interface AttemptDeps {
  readonly fetch: typeof fetch;
  readonly now: () => number;
  readonly timeoutMs: number;
}

export async function attemptDelivery(endpoint: string, body: string, deps: AttemptDeps): Promise<AttemptResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs);
  try {
    const response = await deps.fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: controller.signal,
    });
    // The answer's body is not needed; cancel it rather than let the server keep sending.
    void response.body?.cancel().catch(() => undefined);
    if (response.ok) return { kind: 'accepted' };
    if (PERMANENT_REFUSALS.includes(response.status)) return { kind: 'refused', code: response.status };
    const wait = SAYS_WHEN.includes(response.status) ? retryAfterMs(response.headers.get('retry-after'), deps.now()) : undefined;
    return { kind: 'retry', error: `HTTP ${response.status}`, retryAfterMs: wait };
  } catch (error) {
    return { kind: 'retry', error: controller.signal.aborted ? 'timeout' : `network: ${String(error)}`, retryAfterMs: undefined };
  } finally {
    clearTimeout(timer);
  }
}
