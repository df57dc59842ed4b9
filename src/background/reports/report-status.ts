/**
 * What became of the user's sent reports, asked of the service with `GET <endpoint>/<id>` when the popup or
 * the options page opens (never in the background on a timer): at most once per few minutes per report, and
 * only from an endpoint that is the built-in service or the address the user set. The request carries
 * nothing but the report's random id (no cookies, no referrer, no redirects followed).
 *
 * The answer is attacker-chosen text as far as this code knows: it is read as JSON with a size cap and kept
 * only if every field is one of the documented values; the pages turn those values into their own words.
 */
import { isNotListedReason, isServiceStatus, type KnownReportStatus, type NotListedReason, type ServiceStatus } from '../../shared/report-log.ts';
import type { SentReport, StatusMap } from '../../shared/storage/report-records.ts';
import { SerialWrites } from '../../shared/storage/serial-writes.ts';
import type { StorageArea } from '../../shared/storage/storage-area.ts';
import { readEntry, writeEntry } from '../../shared/storage/storage-entry.ts';
import { STORAGE } from '../../shared/storage/storage-keys.ts';
import { fetchCapped } from '../lists/fetch-capped.ts';

export type { StatusMap };

const CHECK_EVERY_MS = 5 * 60_000;
const MAX_CHECKS_PER_REFRESH = 20;
const MAX_ANSWER_BYTES = 4096;

/** The service's answer for report `id`, or undefined when it is not exactly the documented shape. */
export function parseStatusAnswer(text: string, id: string): Omit<KnownReportStatus, 'checkedAt'> | undefined {
  if (text.length > MAX_ANSWER_BYTES) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { id: answeredId, status, reason, updatedAt } = value as Record<string, unknown>;
  if (answeredId !== id || !isServiceStatus(status)) return undefined;
  if (reason !== null && !isNotListedReason(reason)) return undefined;
  if (typeof updatedAt !== 'string' || updatedAt.length > 40 || Number.isNaN(Date.parse(updatedAt))) return undefined;
  return { status: status as ServiceStatus, reason: status === 'not-listed' ? (reason as NotListedReason | null) : null, updatedAt };
}

/** `<endpoint>/<id>`; undefined for an endpoint that cannot take a path (a query or fragment in it). */
export function statusUrl(endpoint: string, id: string): string | undefined {
  try {
    const url = new URL(endpoint);
    if (url.search || url.hash) return undefined;
    return `${url.href.replace(/\/+$/, '')}/${encodeURIComponent(id)}`;
  } catch {
    return undefined;
  }
}

export interface StatusDeps {
  readonly area: StorageArea;
  readonly fetch: typeof fetch;
  readonly now: () => number;
  readonly log: () => Promise<readonly SentReport[]>;
  /** Endpoints whose status may be asked: the built-in service's and the user's own; empty when reporting is off. */
  readonly allowedEndpoints: () => Promise<readonly string[]>;
  readonly timeoutMs?: number;
}

export class ReportStatuses {
  readonly #writes = new SerialWrites();

  constructor(private readonly deps: StatusDeps) {}

  /** The statuses known so far; entries that are not of the documented shape are dropped. */
  read(): Promise<StatusMap> {
    return readEntry(this.deps.area, STORAGE.reportStatuses);
  }

  /** Asks for the status of the reports that are due for a check; never rejects. */
  refresh(): Promise<void> {
    return this.#writes.run(() => this.#refresh()).catch(() => undefined);
  }

  async #refresh(): Promise<void> {
    const [log, allowed, known] = await Promise.all([this.deps.log(), this.deps.allowedEndpoints(), this.read()]);
    const now = this.deps.now();
    const due = log
      .filter((r) => r.outcome !== 'failed' && r.endpoint !== undefined && allowed.includes(r.endpoint))
      .filter((r) => known[r.id]?.status !== 'unknown' && now - (known[r.id]?.checkedAt ?? 0) >= CHECK_EVERY_MS)
      .slice(-MAX_CHECKS_PER_REFRESH);
    const updates: Record<string, KnownReportStatus> = {};
    for (const report of due) {
      const answer = await this.#ask(report.endpoint ?? '', report.id);
      updates[report.id] = { ...(answer ?? known[report.id] ?? { status: undefined, reason: null, updatedAt: undefined }), checkedAt: now };
    }
    // Only reports still in the log keep a status, so this map is never larger than the log (200).
    const ids = new Set(log.map((r) => r.id));
    const merged = Object.fromEntries(Object.entries({ ...(await this.read()), ...updates }).filter(([id]) => ids.has(id)));
    await writeEntry(this.deps.area, STORAGE.reportStatuses, merged);
  }

  /** The status, 'unknown' for a 404 (deleted after the retention period, or never received), undefined on any failure. */
  async #ask(endpoint: string, id: string): Promise<Omit<KnownReportStatus, 'checkedAt'> | undefined> {
    const url = statusUrl(endpoint, id);
    if (!url) return undefined;
    try {
      const limits = { timeoutMs: this.deps.timeoutMs ?? 10_000, maxBytes: MAX_ANSWER_BYTES, redirect: 'error' as const };
      const { status, bytes } = await fetchCapped(this.deps.fetch, url, limits);
      if (status === 404) return { status: 'unknown', reason: null, updatedAt: undefined };
      return status === 200 ? parseStatusAnswer(new TextDecoder().decode(bytes), id) : undefined;
    } catch {
      return undefined;
    }
  }
}
