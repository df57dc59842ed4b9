/**
 * Reports wait in storage.local until the endpoint has answered for good: a 2xx moves a report to the log
 * as sent, a permanent refusal (send-attempt.ts) moves it there as failed with the code, so the options page
 * can show it and it is never retried forever. Anything else keeps it queued, so a browser restart, an
 * offline laptop or a failing server loses nothing. The queue's steps run one after another
 * (shared/storage/serial-writes.ts), so two wake-ups never send the same report at once; each report carries its own random id, so the server can also drop a
 * delivery it has seen (an answer lost on the way back).
 *
 * When a report is due: its backoff has passed, or it was waiting from an earlier browser session (the
 * browser was closed before it could go: it goes as soon as the browser is back, not hours later). A
 * server's `Retry-After` is never overruled, not by the user's "Try again now" either.
 */
import { consoleLogger, logged, type Logger } from '../../shared/log.ts';
import { SerialWrites } from '../../shared/storage/serial-writes.ts';
import type { StorageArea } from '../../shared/storage/storage-area.ts';
import { backoffMs } from '../lists/sync-status.ts';
import { attemptDelivery, type AttemptResult } from './send-attempt.ts';

export const QUEUE_KEY = 'reportQueue';
export const SENT_KEY = 'reportsSent';
const MAX_RETRY_MS = 6 * 3600_000;
const MAX_SENT_LOG = 200;

/** What the log shows about a report besides its fate, taken from the report when it was queued. */
export interface ReportLabel {
  readonly kind: string;
  /** The reported page's host name. */
  readonly host: string | undefined;
}

export interface QueuedReport {
  readonly id: string;
  readonly endpoint: string;
  /** Exactly the JSON the user saw in the preview. */
  readonly body: string;
  readonly queuedAt: number;
  readonly attempts: number;
  readonly nextAttempt: number;
  readonly lastError: string | undefined;
  /** When it was last tried; a try before this browser session began makes it due at once. */
  readonly lastAttemptAt?: number;
  /** The server's Retry-After: not to be sent before this time, whatever else happens. */
  readonly notBefore?: number | undefined;
  readonly label?: ReportLabel;
}

/** The log of reports that left the queue: accepted by the endpoint, or refused for good with `code`. */
export interface SentReport {
  readonly id: string;
  readonly sentAt: number;
  /** Missing in entries written before version 2 of the log. */
  readonly endpoint?: string;
  readonly outcome?: 'sent' | 'failed';
  readonly code?: number;
  readonly label?: ReportLabel;
}

export interface QueueDeps {
  readonly area: StorageArea;
  readonly fetch: typeof fetch;
  readonly now: () => number;
  readonly random: () => number;
  /** Asks to be woken up at `when` (an alarm) to try again. */
  readonly wakeAt: (when: number) => Promise<void>;
  /** When the current browser session began (background/browser-session.ts). */
  readonly sessionStart: () => Promise<number>;
  readonly timeoutMs?: number;
  /** Where bookkeeping failures go (the report stays queued either way); the console by default. */
  readonly log?: Logger;
}

const isObject = (r: unknown): r is Record<string, unknown> => typeof r === 'object' && r !== null;

function validQueue(value: unknown): QueuedReport[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (r): r is QueuedReport =>
      isObject(r) && typeof r['id'] === 'string' && typeof r['endpoint'] === 'string' && typeof r['body'] === 'string' &&
      typeof r['attempts'] === 'number' && typeof r['nextAttempt'] === 'number',
  );
}

function validLog(value: unknown): SentReport[] {
  return Array.isArray(value) ? value.filter((r): r is SentReport => isObject(r) && typeof r['id'] === 'string') : [];
}

export function isDue(report: QueuedReport, now: number, sessionStart: number, force: boolean): boolean {
  if (report.notBefore !== undefined && report.notBefore > now) return false;
  return force || report.nextAttempt <= now || (report.lastAttemptAt ?? 0) < sessionStart;
}

export class ReportQueue {
  readonly #writes = new SerialWrites();

  constructor(private readonly deps: QueueDeps) {}

  async pending(): Promise<QueuedReport[]> {
    return validQueue((await this.deps.area.get(QUEUE_KEY))[QUEUE_KEY]);
  }

  /** Every report that left the queue, oldest first (at most the last 200). */
  async sent(): Promise<SentReport[]> {
    return validLog((await this.deps.area.get(SENT_KEY))[SENT_KEY]);
  }

  /** Queues a report and tries to send it at once. Rejects only when the report could not be stored. */
  enqueue(id: string, endpoint: string, body: string, label?: ReportLabel): Promise<void> {
    return this.#writes.run(async () => {
      const queue = await this.pending();
      if (queue.some((r) => r.id === id) || (await this.sent()).some((r) => r.id === id)) return;
      const now = this.deps.now();
      const report: QueuedReport = { id, endpoint, body, queuedAt: now, attempts: 0, nextAttempt: now, lastError: undefined, ...(label ? { label } : {}) };
      await this.deps.area.set({ [QUEUE_KEY]: [...queue, report] });
      // Stored: from here on the report is safe, and a failure while sending is the queue's business.
      await this.#sendDue().catch((error: unknown) => this.#afterFailure(error));
    });
  }

  /**
   * Sends every report that is due; called on alarms, at browser start, on each wake-up of the background
   * and after queueing. Never rejects: a storage failure while bookkeeping leaves the report in the queue,
   * to be tried again (the server drops a repeated id), and a wake-up is still asked for.
   */
  process(force = false): Promise<void> {
    return this.#writes.run(() => this.#sendDue(force).catch((error: unknown) => this.#afterFailure(error)));
  }

  /** A storage failure while sending: logged, and a wake-up is still asked for (logged too if it fails). */
  #afterFailure(error: unknown): Promise<void> {
    const log = this.deps.log ?? consoleLogger();
    log.warn('report queue: send', error);
    return this.#wakeForNext().catch(logged(log, 'report queue: ask for a wake-up'));
  }

  async #sendDue(force = false): Promise<void> {
    const sessionStart = await this.deps.sessionStart();
    for (const report of await this.pending()) {
      if (!isDue(report, this.deps.now(), sessionStart, force)) continue;
      const result = await attemptDelivery(report.endpoint, report.body, { fetch: this.deps.fetch, now: this.deps.now, timeoutMs: this.deps.timeoutMs ?? 30_000 });
      await this.#record(report, result);
    }
    await this.#wakeForNext();
  }

  async #record(report: QueuedReport, result: AttemptResult): Promise<void> {
    const queue = await this.pending();
    const now = this.deps.now();
    if (result.kind !== 'retry') {
      const entry: SentReport = {
        id: report.id, sentAt: now, endpoint: report.endpoint, outcome: result.kind === 'accepted' ? 'sent' : 'failed',
        ...(result.kind === 'refused' ? { code: result.code } : {}), ...(report.label ? { label: report.label } : {}),
      };
      await this.deps.area.set({ [QUEUE_KEY]: queue.filter((r) => r.id !== report.id), [SENT_KEY]: [...(await this.sent()), entry].slice(-MAX_SENT_LOG) });
      return;
    }
    const attempts = report.attempts + 1;
    const told = result.retryAfterMs === undefined ? undefined : Math.min(MAX_RETRY_MS, result.retryAfterMs);
    const wait = Math.min(MAX_RETRY_MS, Math.max(backoffMs(attempts, MAX_RETRY_MS, this.deps.random), told ?? 0));
    const retried: QueuedReport = { ...report, attempts, lastError: result.error, lastAttemptAt: now, nextAttempt: now + wait, notBefore: told === undefined ? undefined : now + told };
    await this.deps.area.set({ [QUEUE_KEY]: queue.map((r) => (r.id === report.id ? retried : r)) });
  }

  async #wakeForNext(): Promise<void> {
    const next = (await this.pending()).reduce((min, r) => Math.min(min, Math.max(r.nextAttempt, r.notBefore ?? 0)), Number.POSITIVE_INFINITY);
    if (Number.isFinite(next)) await this.deps.wakeAt(next);
  }
}
