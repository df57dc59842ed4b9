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
import type { QueuedReport, ReportLabel, SentReport } from '../../shared/storage/report-records.ts';
import { SerialWrites } from '../../shared/storage/serial-writes.ts';
import type { StorageArea } from '../../shared/storage/storage-area.ts';
import { itemOf, readEntry, readForChange, readOrFallback } from '../../shared/storage/storage-entry.ts';
import { STORAGE } from '../../shared/storage/storage-keys.ts';
import { backoffMs } from '../lists/sync-status.ts';
import { attemptDelivery, type AttemptResult } from './send-attempt.ts';

export type { QueuedReport, ReportLabel, SentReport };

const MAX_RETRY_MS = 6 * 3600_000;
const MAX_SENT_LOG = 200;

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

export function isDue(report: QueuedReport, now: number, sessionStart: number, force: boolean): boolean {
  if (report.notBefore !== undefined && report.notBefore > now) return false;
  return force || report.nextAttempt <= now || (report.lastAttemptAt ?? 0) < sessionStart;
}

export class ReportQueue {
  readonly #writes = new SerialWrites();

  constructor(private readonly deps: QueueDeps) {}

  /** The reports waiting; a queue that cannot be read (a newer version's) is logged, kept, and reads as empty. */
  pending(): Promise<QueuedReport[]> {
    return readOrFallback(this.deps.area, STORAGE.reportQueue, [], this.#log());
  }

  /** Every report that left the queue, oldest first (at most the last 200). */
  sent(): Promise<SentReport[]> {
    return readEntry(this.deps.area, STORAGE.reportsSent);
  }

  /**
   * The queue for a change: a newer version's rejects, so nothing is written over it; one of no known shape is
   * set aside under its own key and the change starts from an empty queue, so a new report is never refused.
   */
  #pendingForChange(): Promise<QueuedReport[]> {
    return readForChange(this.deps.area, STORAGE.reportQueue, [], this.#log(), this.deps.now);
  }

  #log(): Logger {
    return this.deps.log ?? consoleLogger();
  }

  /** Queues a report and tries to send it at once. Rejects only when the report could not be stored. */
  enqueue(id: string, endpoint: string, body: string, label?: ReportLabel): Promise<void> {
    return this.#writes.run(async () => {
      const queue = await this.#pendingForChange();
      if (queue.some((r) => r.id === id) || (await this.sent()).some((r) => r.id === id)) return;
      const now = this.deps.now();
      const report: QueuedReport = { id, endpoint, body, queuedAt: now, attempts: 0, nextAttempt: now, lastError: undefined, ...(label ? { label } : {}) };
      await this.deps.area.set(itemOf(STORAGE.reportQueue, [...queue, report]));
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
    const log = this.#log();
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
    const queue = await this.#pendingForChange();
    const now = this.deps.now();
    if (result.kind !== 'retry') {
      const entry: SentReport = {
        id: report.id, sentAt: now, endpoint: report.endpoint, outcome: result.kind === 'accepted' ? 'sent' : 'failed',
        ...(result.kind === 'refused' ? { code: result.code } : {}), ...(report.label ? { label: report.label } : {}),
      };
      const sent = [...(await this.sent()), entry].slice(-MAX_SENT_LOG);
      // One write for both, so a report is never in the queue and the log at once, nor in neither.
      await this.deps.area.set({ ...itemOf(STORAGE.reportQueue, queue.filter((r) => r.id !== report.id)), ...itemOf(STORAGE.reportsSent, sent) });
      return;
    }
    const attempts = report.attempts + 1;
    const told = result.retryAfterMs === undefined ? undefined : Math.min(MAX_RETRY_MS, result.retryAfterMs);
    const wait = Math.min(MAX_RETRY_MS, Math.max(backoffMs(attempts, MAX_RETRY_MS, this.deps.random), told ?? 0));
    const retried: QueuedReport = { ...report, attempts, lastError: result.error, lastAttemptAt: now, nextAttempt: now + wait, notBefore: told === undefined ? undefined : now + told };
    await this.deps.area.set(itemOf(STORAGE.reportQueue, queue.map((r) => (r.id === report.id ? retried : r))));
  }

  async #wakeForNext(): Promise<void> {
    const next = (await this.pending()).reduce((min, r) => Math.min(min, Math.max(r.nextAttempt, r.notBefore ?? 0)), Number.POSITIVE_INFINITY);
    if (Number.isFinite(next)) await this.deps.wakeAt(next);
  }
}
