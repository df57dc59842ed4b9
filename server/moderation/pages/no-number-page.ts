/** Open reports that named no phone number: nothing can be listed, so each can only be rejected (`no-number`). */
import { html, type Html } from '../html.ts';
import type { Session } from '../accounts/sessions.ts';
import { t } from '../messages.ts';
import type { ReportView } from '../report-rows.ts';
import { page } from './layout.ts';
import { reportCard } from './report-card.ts';

export function noNumberPage(session: Session, reports: readonly ReportView[], notice: Html): Html {
  const content = reports.length === 0
    ? html`<p class="empty">${t(session.language, 'noNumberEmpty')}</p>`
    : html`${reports.map((r) => reportCard(session, r, 'reject-no-number'))}`;
  return page(session, t(session.language, 'navNoNumber'), content, notice);
}
