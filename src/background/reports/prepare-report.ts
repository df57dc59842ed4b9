/**
 * Builds a report from what the background knows about the tab (its address, title, numbers and verdict)
 * and what the user chose in the form. The page's text is not included: the numbers and the verdict's
 * reasons say what the list maintainers need, and the user can add a comment or a screenshot.
 */
import { MAX_TITLE } from '../../core/report/validate-report.ts';
import type { Verdict } from '../../core/verdict/verdict.ts';
import { REPORT_FORMAT, MAX_COMMENT, type Report, type ReportKind } from '../../core/report/report-format.ts';

export interface ReportChoice {
  readonly kind: ReportKind;
  readonly comment: string;
  readonly screenshot: string | null;
}

export interface ReportContext {
  readonly id: string;
  readonly now: Date;
  readonly url: string;
  readonly title: string;
  readonly verdict: Verdict | undefined;
  readonly version: string;
  readonly browser: 'chrome' | 'firefox';
  readonly language: string;
}

export function prepareReport(choice: ReportChoice, context: ReportContext): Report {
  return {
    format: REPORT_FORMAT,
    formatVersion: 1,
    id: context.id,
    kind: choice.kind,
    createdAt: context.now.toISOString(),
    page: { url: context.url, title: context.title.slice(0, MAX_TITLE) },
    numbers: (context.verdict?.numbers ?? []).map((n) => ({ e164: n.e164, status: n.status })),
    verdict: context.verdict ? { level: context.verdict.level, score: context.verdict.score, reasons: context.verdict.reasons.map((r) => r.key) } : null,
    comment: choice.comment.slice(0, MAX_COMMENT),
    screenshot: choice.screenshot,
    extension: { version: context.version, browser: context.browser },
    language: context.language,
  };
}
