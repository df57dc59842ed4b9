/**
 * Reports wait in storage.local until the endpoint has accepted them: a report is removed from the queue
 * only after a 2xx answer, so a browser restart, an offline laptop or a failing server loses nothing. One
 * promise chain runs the queue, so two wake-ups never send the same report at once; each report carries its
 * own random id, so the server can also drop a delivery it has seen (an answer lost on the way back).
 */
import type { StorageArea } from '../../shared/storage/storage-area.ts';
import { backoffMs } from '../lists/sync-status.ts';

export const QUEUE_KEY = 'reportQueue';
export const SENT_KEY = 'reportsSent';
const MAX_RETRY_MS = 6 * 3600_000;
const MAX_SENT_LOG = 200;

export interface QueuedReport {
  readonly id: string;
  readonly endpoint: string;
  /** Exactly the JSON the user saw in the preview. */
  readonly body: string;
  readonly queuedAt: number;
  readonly attempts: number;
  readonly nextAttempt: number;
  readonly lastError: string | undefined;
}

export interface SentReport {
  readonly id: string;
  readonly sentAt: number;
}

export interface QueueDeps {
  readonly area: StorageArea;
  readonly fetch: typeof fetch;
  readonly now: () => number;
  readonly random: () => number;
  /** Asks to be woken up at `when` (an alarm) to try again. */
  readonly wakeAt: (when: number) => Promise<void>;
  readonly timeoutMs?: number;
}

function validQueue(value: unknown): QueuedReport[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (r): r is QueuedReport =>
      typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.endpoint === 'string' && typeof r.body === 'string' &&
      typeof r.attempts === 'number' && typeof r.nextAttempt === 'number',
  );
}

export class ReportQueue {
  #chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: QueueDeps) {}

  async pending(): Promise<QueuedReport[]> {
    return validQueue((await this.deps.area.get(QUEUE_KEY))[QUEUE_KEY]);
  }

  async sent(): Promise<SentReport[]> {
    const value = (await this.deps.area.get(SENT_KEY))[SENT_KEY];
    return Array.isArray(value) ? value.filter((r): r is SentReport => typeof r === 'object' && r !== null && typeof r.id === 'string') : [];
  }

  /** Queues a report and tries to send it at once. Rejects only when the report could not be stored. */
  enqueue(id: string, endpoint: string, body: string): Promise<void> {
    return this.#serial(async () => {
      const queue = await this.pending();
      if (queue.some((r) => r.id === id) || (await this.sent()).some((r) => r.id === id)) return;
      const now = this.deps.now();
      await this.deps.area.set({ [QUEUE_KEY]: [...queue, { id, endpoint, body, queuedAt: now, attempts: 0, nextAttempt: now, lastError: undefined }] });
      // Stored: from here on the report is safe, and a failure while sending is the queue's business.
      await this.#sendDue().catch(() => this.#wakeForNext().catch(() => undefined));
    });
  }

  /**
   * Sends every report that is due; called on alarms, on browser start and after queueing. Never rejects: a
   * storage failure while bookkeeping leaves the report in the queue, to be tried again (the server drops a
   * repeated id), and a wake-up is still asked for.
   */
  process(force = false): Promise<void> {
    return this.#serial(() => this.#sendDue(force).catch(() => this.#wakeForNext().catch(() => undefined)));
  }

  async #sendDue(force = false): Promise<void> {
    for (const report of await this.pending()) {
      if (!force && report.nextAttempt > this.deps.now()) continue;
      const error = await this.#send(report);
      const queue = await this.pending();
      if (error === undefined) {
        await this.deps.area.set({
          [QUEUE_KEY]: queue.filter((r) => r.id !== report.id),
          [SENT_KEY]: [...(await this.sent()), { id: report.id, sentAt: this.deps.now() }].slice(-MAX_SENT_LOG),
        });
        continue;
      }
      const attempts = report.attempts + 1;
      const retried = { ...report, attempts, lastError: error, nextAttempt: this.deps.now() + backoffMs(attempts, MAX_RETRY_MS, this.deps.random) };
      await this.deps.area.set({ [QUEUE_KEY]: queue.map((r) => (r.id === report.id ? retried : r)) });
    }
    await this.#wakeForNext();
  }

  async #wakeForNext(): Promise<void> {
    const next = (await this.pending()).reduce((min, r) => Math.min(min, r.nextAttempt), Number.POSITIVE_INFINITY);
    if (Number.isFinite(next)) await this.deps.wakeAt(next);
  }

  async #send(report: QueuedReport): Promise<string | undefined> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.deps.timeoutMs ?? 30_000);
    try {
      const response = await this.deps.fetch(report.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: report.body,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        signal: controller.signal,
      });
      return response.ok ? undefined : `HTTP ${response.status}`;
    } catch (error) {
      return controller.signal.aborted ? 'timeout' : `network: ${String(error)}`;
    } finally {
      clearTimeout(timer);
    }
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#chain.catch(() => undefined).then(work);
    this.#chain = next;
    return next;
  }
}
