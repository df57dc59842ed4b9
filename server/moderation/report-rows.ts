/**
 * Reports as the moderation pages and the partner API read them. Every text field here was chosen by
 * whoever sent the report (a scammer, possibly): it is carried as plain strings and only ever rendered
 * through `html` (escaped) and `visibleText` (invisible characters shown).
 */
export interface ReportView {
  readonly id: string;
  readonly kind: string;
  readonly receivedAt: Date;
  readonly pageUrl: string;
  readonly pageHost: string;
  readonly pageTitle: string;
  readonly verdictLevel: string | null;
  readonly verdictScore: number | null;
  readonly verdictReasons: readonly string[];
  readonly comment: string;
  readonly language: string;
  readonly reporter: string;
  readonly partner: string | null;
  readonly status: string;
  readonly reason: string | null;
  readonly hasScreenshot: boolean;
}

export interface ReportRow {
  id: string; kind: string; received_at: Date | string; page_url: string; page_host: string; page_title: string;
  verdict_level: string | null; verdict_score: number | null; verdict_reasons: unknown; comment: string; language: string;
  reporter: string; partner: string | null; status: string; reason: string | null; has_screenshot: boolean;
}

export function toReportView(row: ReportRow): ReportView {
  const reasons = Array.isArray(row.verdict_reasons) ? row.verdict_reasons.filter((r): r is string => typeof r === 'string') : [];
  return {
    id: row.id, kind: row.kind, receivedAt: new Date(row.received_at), pageUrl: row.page_url, pageHost: row.page_host,
    pageTitle: row.page_title, verdictLevel: row.verdict_level, verdictScore: row.verdict_score === null ? null : Number(row.verdict_score),
    verdictReasons: reasons, comment: row.comment, language: row.language, reporter: row.reporter, partner: row.partner,
    status: row.status, reason: row.reason, hasScreenshot: row.has_screenshot,
  };
}

/** Counts of each value, most frequent first (verdict levels, reasons, titles across a number's reports). */
export function tally(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
