/**
 * The decision forms on a number's page. Which forms appear follows the number's state (remove only when
 * on the list or official; keep only when listed with open appeals; list is replaced by a warning for an
 * official number), but the server checks the same rules again in decisions.ts: the forms are a
 * convenience, not the enforcement.
 */
import { BRANDS } from '../../../src/core/brands/brand-lexicon.ts';
import { html, type Html } from '../html.ts';
import type { Session } from '../accounts/sessions.ts';
import { t, type MessageKey } from '../messages.ts';
import type { NumberDetail } from '../number-detail.ts';
import { csrfField } from './layout.ts';

function form(session: Session, number: string, action: string, label: MessageKey, extra: Html = html``): Html {
  return html`<form method="post" action="/moderate/decide" class="decision decision-${action}">${csrfField(session)}
<input type="hidden" name="action" value="${action}"><input type="hidden" name="number" value="${number}">
${extra}
<label>${t(session.language, 'reason')} <input name="reason" required maxlength="1000"></label>
<button type="submit">${t(session.language, label)}</button></form>`;
}

function brandSelect(session: Session): Html {
  return html`<label>${t(session.language, 'brand')} <select name="brand" required>${BRANDS.map((b) => html`<option value="${b.id}">${b.name}</option>`)}</select></label>`;
}

export function decisionForms(session: Session, detail: NumberDetail): Html {
  const state = detail.decision?.state;
  const hasOpenAppeals = detail.reports.some((r) => r.kind === 'false-positive' && (r.status === 'received' || r.status === 'under-review'));
  const officialNow = detail.official !== undefined;
  const organisation = html`<label>${t(session.language, 'organisation')} <input name="organisation" required maxlength="200"></label>`;
  return html`<section class="decisions"><h2>${t(session.language, 'decide')}</h2>
${officialNow ? html`` : form(session, detail.number, 'list', 'actionList', brandSelect(session))}
${form(session, detail.number, 'reject', 'actionReject')}
${state === 'official' ? html`` : form(session, detail.number, 'official', 'actionOfficial', organisation)}
${state === 'listed' || state === 'official' ? form(session, detail.number, 'remove', 'actionRemove') : html``}
${state === 'listed' && hasOpenAppeals ? form(session, detail.number, 'keep', 'actionKeep') : html``}
</section>`;
}
