/**
 * What a report holds, as a plain list a person can read before pressing Send: the page's address and
 * title, its phone numbers, the kind of page they chose, what Helpdesk Guard found, their comment, whether a
 * picture is included, and one line for the technical fields. The exact JSON stays one click away under it
 * (report-view.ts), because that text is what is sent and some people will want to check it.
 */
import type { Report } from '../core/report/report-format.ts';
import type { MessageKey, Translate } from '../shared/i18n.ts';

const KIND_KEY: Readonly<Record<Report['kind'], MessageKey>> = {
  'fake-helpdesk': 'reportKindFakeHelpdesk',
  'refund-scam': 'reportKindRefund',
  other: 'reportKindOther',
  'false-positive': 'popupSafe',
};

const FOUND_KEY: Readonly<Record<string, MessageKey>> = {
  scam: 'popupVerdictScam',
  suspicious: 'popupVerdictSuspicious',
  clean: 'popupVerdictClean',
};

/** The lines of the preview, in order. `display` turns an E.164 number into the reading format. */
export function reportLines(report: Report, t: Translate, display: (e164: string) => string): string[] {
  const lines = [t('reportFieldPage', report.page.url)];
  if (report.page.title.trim()) lines.push(t('reportFieldTitle', report.page.title));
  lines.push(t('reportFieldNumbers', report.numbers.map((n) => display(n.e164)).join(', ') || t('listEmpty')));
  lines.push(t('reportFieldKind', t(KIND_KEY[report.kind])));
  if (report.verdict) lines.push(t('reportFieldFound', t(FOUND_KEY[report.verdict.level] ?? 'popupVerdictClean')));
  if (report.comment.trim()) lines.push(t('reportFieldComment', report.comment));
  if (report.screenshot) lines.push(t('reportFieldScreenshot'));
  lines.push(t('reportFieldTechnical'));
  return lines;
}

export function renderReportLines(list: HTMLElement, lines: readonly string[]): void {
  const doc = list.ownerDocument;
  list.replaceChildren(...lines.map((line) => Object.assign(doc.createElement('li'), { textContent: line })));
}
