/**
 * The user's sent reports as the popup and the options page show them: when, which page, where it went and
 * what the service says became of it, in the user's words. The background builds the entries from the
 * report log and the statuses it asked for (background/reports/report-status.ts); only documented values
 * reach this file, and every string lands in the page with textContent.
 */
import type { MessageKey, Translate } from './i18n.ts';

export const SERVICE_STATUSES = ['received', 'under-review', 'listed', 'not-listed'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];
export const NOT_LISTED_REASONS = ['rejected', 'official-number', 'no-number', 'removed'] as const;
export type NotListedReason = (typeof NOT_LISTED_REASONS)[number];

export function isServiceStatus(value: unknown): value is ServiceStatus {
  return (SERVICE_STATUSES as readonly unknown[]).includes(value);
}

export function isNotListedReason(value: unknown): value is NotListedReason {
  return (NOT_LISTED_REASONS as readonly unknown[]).includes(value);
}

export interface KnownReportStatus {
  /** 'unknown': the service answered 404 (deleted after its retention period, or never received). */
  readonly status: ServiceStatus | 'unknown' | undefined;
  readonly reason: NotListedReason | null;
  readonly updatedAt: string | undefined;
  readonly checkedAt: number;
}

export interface ReportLogEntry {
  readonly id: string;
  readonly sentAt: number;
  /** 'failed': the endpoint refused it for good (`code`), it will not be sent again. */
  readonly outcome: 'sent' | 'failed';
  readonly code: number | undefined;
  readonly kind: string | undefined;
  readonly pageHost: string | undefined;
  readonly destinationHost: string | undefined;
  readonly status: KnownReportStatus['status'];
  readonly reason: NotListedReason | null;
}

/** Newest first. */
export interface ReportLogView {
  readonly entries: readonly ReportLogEntry[];
}

const REASON_KEYS: Readonly<Record<NotListedReason, MessageKey>> = {
  rejected: 'notListedRejected',
  'official-number': 'notListedOfficial',
  'no-number': 'notListedNoNumber',
  removed: 'notListedRemoved',
};

const STATUS_KEYS: Readonly<Record<ServiceStatus | 'unknown', MessageKey>> = {
  received: 'reportStatusReceived',
  'under-review': 'reportStatusUnderReview',
  listed: 'reportStatusListed',
  'not-listed': 'reportStatusNotListedPlain',
  unknown: 'reportStatusUnknown',
};

/** What became of one report, in plain words. */
export function reportStatusText(entry: Pick<ReportLogEntry, 'outcome' | 'code' | 'kind' | 'status' | 'reason'>, t: Translate): string {
  if (entry.outcome === 'failed') return t('reportStatusFailed', String(entry.code ?? '?'));
  if (entry.status === undefined) return t('reportStatusSent');
  // An appeal ("this page is safe") is about a listed number: listed means it stays, removed means it went.
  if (entry.kind === 'false-positive' && entry.status === 'listed') return t('reportStatusAppealRefused');
  if (entry.kind === 'false-positive' && entry.reason === 'removed') return t('reportStatusAppealAccepted');
  if (entry.status === 'not-listed' && entry.reason) return t('reportStatusNotListed', t(REASON_KEYS[entry.reason]));
  return t(STATUS_KEYS[entry.status]);
}

/** Fills `list` with one item per report (newest first), or the empty text. */
export function renderReportLog(list: HTMLElement, view: ReportLogView, t: Translate, lang: string): void {
  const doc = list.ownerDocument;
  if (view.entries.length === 0) {
    list.replaceChildren(Object.assign(doc.createElement('li'), { className: 'empty', textContent: t('reportLogEmpty') }));
    return;
  }
  list.replaceChildren(
    ...view.entries.map((entry) => {
      const item = doc.createElement('li');
      item.dataset['reportId'] = entry.id;
      item.dataset['status'] = entry.outcome === 'failed' ? 'failed' : (entry.status ?? 'sent');
      const when = new Date(entry.sentAt).toLocaleDateString(lang);
      const status = doc.createElement('strong');
      status.className = 'report-status';
      status.textContent = reportStatusText(entry, t);
      item.append(t('reportLogEntry', when, entry.pageHost ?? '–', entry.destinationHost ?? '–'), ' ', status);
      return item;
    }),
  );
}
