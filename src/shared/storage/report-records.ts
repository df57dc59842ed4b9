/**
 * What the report flow keeps in storage, and the checks it passes when read: the queue of reports waiting
 * to be sent (versioned: it holds reports the user has already chosen to send, so a newer build's queue is
 * left alone rather than read as empty and written over), the log of reports that left it, what the service
 * said about each, and the report prepared for the popup's preview. The flow itself: background/reports/.
 */
import { isNotListedReason, isServiceStatus, type KnownReportStatus } from '../report-log.ts';
import { isVersion, type VersionedShape } from './versions.ts';

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

/** What the service said about each report still in the log, by report id. */
export type StatusMap = Readonly<Record<string, KnownReportStatus>>;

/** A report built for the preview, kept until the user sends it: exactly the JSON they saw. */
export interface PreparedReport {
  readonly json: string;
  readonly tabId: number;
}

export const REPORT_QUEUE_SCHEMA = 2;

const isObject = (r: unknown): r is Record<string, unknown> => typeof r === 'object' && r !== null;

function validQueue(value: unknown): QueuedReport[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (r): r is QueuedReport =>
      isObject(r) && typeof r['id'] === 'string' && typeof r['endpoint'] === 'string' && typeof r['body'] === 'string' &&
      typeof r['attempts'] === 'number' && typeof r['nextAttempt'] === 'number',
  );
}

/** Version 1 (before versions were stored) is the bare array of reports; version 2 wraps it with its version. */
export const REPORT_QUEUE_SHAPE: VersionedShape<QueuedReport[]> = {
  current: REPORT_QUEUE_SCHEMA,
  empty: [],
  versionOf: (stored) => (Array.isArray(stored) ? 1 : isObject(stored) && isVersion(stored['schema']) ? stored['schema'] : undefined),
  steps: {
    /** 1 → 2: the same reports, in an object that says its version. */
    1: (old) => ({ schema: 2, reports: old }),
  },
  validate: (value) => (isObject(value) && Array.isArray(value['reports']) ? validQueue(value['reports']) : undefined),
  encode: (reports) => ({ schema: REPORT_QUEUE_SCHEMA, reports }),
};

/** The log as stored; entries without an id are dropped. */
export function decodeSentLog(value: unknown): SentReport[] {
  return Array.isArray(value) ? value.filter((r): r is SentReport => isObject(r) && typeof r['id'] === 'string') : [];
}

function isKnownStatus(value: unknown): value is KnownReportStatus {
  if (!isObject(value)) return false;
  const { status, reason, updatedAt, checkedAt } = value;
  return (
    (status === undefined || status === 'unknown' || isServiceStatus(status)) && (reason === null || isNotListedReason(reason)) &&
    (updatedAt === undefined || typeof updatedAt === 'string') && typeof checkedAt === 'number'
  );
}

/** The statuses as stored; entries that are not of the documented shape are dropped. */
export function decodeStatusMap(value: unknown): StatusMap {
  if (!isObject(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => isKnownStatus(v))) as StatusMap;
}

export function decodePreparedReport(value: unknown): PreparedReport | undefined {
  return isObject(value) && typeof value['json'] === 'string' && typeof value['tabId'] === 'number' ? { json: value['json'], tabId: value['tabId'] } : undefined;
}
