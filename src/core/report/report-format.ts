/**
 * The report a user sends (docs/report-format.md is the reference). Built once, shown to the user as the
 * exact JSON text, and that text is what is queued and sent: no field is added after the preview.
 */
import type { NumberStatus, ReasonKey, VerdictLevel } from '../verdict/verdict.ts';

export const REPORT_FORMAT = 'helpdesk-guard-report';
export const REPORT_KINDS = ['fake-helpdesk', 'refund-scam', 'other', 'false-positive'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface Report {
  readonly format: typeof REPORT_FORMAT;
  readonly formatVersion: 1;
  /** Random per report, so the receiving server can drop a duplicate delivery. Identifies nothing else. */
  readonly id: string;
  readonly kind: ReportKind;
  readonly createdAt: string;
  readonly page: { readonly url: string; readonly title: string };
  readonly numbers: readonly { readonly e164: string; readonly status: NumberStatus }[];
  readonly verdict: { readonly level: VerdictLevel; readonly score: number; readonly reasons: readonly ReasonKey[] } | null;
  readonly comment: string;
  /** A PNG data URL of the visible part of the tab, only when the user ticked the box. */
  readonly screenshot: string | null;
  readonly extension: { readonly version: string; readonly browser: 'chrome' | 'firefox' };
  readonly language: string;
}

export const MAX_COMMENT = 2000;
export const MAX_SCREENSHOT = 4 * 1024 * 1024;

export function isReportKind(value: unknown): value is ReportKind {
  return typeof value === 'string' && (REPORT_KINDS as readonly string[]).includes(value);
}

/** The exact bytes that are previewed, queued and sent. */
export function reportJson(report: Report): string {
  return JSON.stringify(report, null, 2);
}
