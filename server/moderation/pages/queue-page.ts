/**
 * The queue (scam reports) and the appeals ("This page is safe"), both grouped by number, the numbers with
 * the most distinct reporters first. Each group shows its summary and latest reports; deciding happens on the
 * number's own page, where opening it marks its reports as under review.
 */
import { html, type Html } from '../html.ts';
import type { Session } from '../accounts/sessions.ts';
import { t } from '../messages.ts';
import type { NumberGroup, QueueKind } from '../queue.ts';
import { numberLink } from './format.ts';
import { page } from './layout.ts';
import { numberSummary } from './number-summary.ts';
import { reportCard } from './report-card.ts';

function group(session: Session, g: NumberGroup): Html {
  return html`<section class="group${g.official ? ' is-official' : ''}">
<h2>${numberLink(g.number)}</h2>
${numberSummary(session, { ...g, firstSeen: g.firstSeen, lastSeen: g.lastSeen })}
<p><a class="open" href="/moderate/numbers/${encodeURIComponent(g.number)}">${t(session.language, 'open')}</a></p>
<details><summary>${t(session.language, 'reports')} (${g.reports.length})</summary>
${g.reports.map((r) => reportCard(session, r))}
</details>
</section>`;
}

export function queuePage(session: Session, kind: QueueKind, groups: readonly NumberGroup[]): Html {
  const lang = session.language;
  const title = t(lang, kind === 'appeals' ? 'navAppeals' : 'navQueue');
  const intro = kind === 'appeals' ? html`<p>${t(lang, 'appealsIntro')}</p>` : html``;
  const empty = html`<p class="empty">${t(lang, kind === 'appeals' ? 'appealsEmpty' : 'queueEmpty')}</p>`;
  return page(session, title, html`${intro}${groups.length === 0 ? empty : groups.map((g) => group(session, g))}`);
}
