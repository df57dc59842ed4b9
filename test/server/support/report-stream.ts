/**
 * A bounded stream of reports to a running service over loopback, a few at a time, recording what each one
 * got back: the fault tests then check that every report answered with a 2xx is stored exactly once, and
 * that nothing was answered in a way the extension would not handle (a 500, a 503 without Retry-After).
 */
import { randomUUID } from 'node:crypto';
import { reportBody } from '../../../harness/reports.ts';

export interface Delivery {
  readonly id: string;
  readonly body: string;
  /** The HTTP status, or 'network' when the connection failed (the service down or killed mid-request). */
  readonly status: number | 'network';
  readonly retryAfter: string | undefined;
  readonly error?: string;
}

/** The extension's whole answer-handling: 2xx delivered; 503 with Retry-After and network errors retried. */
export const isAcknowledged = (d: Delivery): boolean => typeof d.status === 'number' && d.status >= 200 && d.status < 300;

/** Past the service's own 30-second request limit: a request still open then is a hang. */
const HANG_MS = 35_000;

export async function send(url: string, id: string, body: string): Promise<Delivery> {
  try {
    const response = await fetch(`${url}/v1/reports`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(HANG_MS),
    });
    await response.arrayBuffer();
    return { id, body, status: response.status, retryAfter: response.headers.get('retry-after') ?? undefined };
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') throw new Error(`report ${id} got no answer within ${HANG_MS} ms: the service hangs`);
    return { id, body, status: 'network', retryAfter: undefined, error: String(error) };
  }
}

export function newReport(index: number): { id: string; body: string } {
  const id = randomUUID();
  // Several numbers, so that a report is a few rows in a few tables, as in real use.
  const numbers = [`+1844555${String(index % 10_000).padStart(4, '0')}`, '+18445550147'];
  return { id, body: reportBody({ id, numbers, comment: `report ${index}` }) };
}

export interface StreamOptions {
  readonly url: () => string;
  readonly max: number;
  readonly concurrency: number;
  /** Called after each answer; the stream stops once it returns true (or at `max`). */
  readonly until?: (deliveries: readonly Delivery[]) => boolean;
  /** Pause between one worker's requests, so a stream spans a fault rather than racing past it. */
  readonly pauseMs?: number;
  /** Where the answers go as they come (a test watching a running stream); a new array by default. */
  readonly into?: Delivery[];
}

/** Sends up to `max` new reports, `concurrency` at a time; returns every answer. */
export async function streamReports(options: StreamOptions): Promise<Delivery[]> {
  const deliveries: Delivery[] = options.into ?? [];
  let next = 0;
  let stop = false;
  const worker = async (): Promise<void> => {
    while (!stop && next < options.max) {
      const { id, body } = newReport(next++);
      deliveries.push(await send(options.url(), id, body));
      if (options.until?.(deliveries)) stop = true;
      if (options.pauseMs) await new Promise((done) => setTimeout(done, options.pauseMs));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return deliveries;
}

/** Sends each report again until it is acknowledged, as the extension's queue does; bounded. */
export async function redeliver(url: string, deliveries: readonly Delivery[], attempts = 20): Promise<Delivery[]> {
  const answers: Delivery[] = [];
  for (const first of deliveries) {
    let last = first;
    for (let attempt = 0; attempt < attempts && !isAcknowledged(last); attempt++) {
      if (attempt > 0) await new Promise((done) => setTimeout(done, 250));
      last = await send(url, first.id, first.body);
    }
    answers.push(last);
  }
  return answers;
}
