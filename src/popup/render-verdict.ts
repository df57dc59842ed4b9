/**
 * Renders a tab's verdict in the popup: the headline and what to do, the reasons in plain words, and each
 * number with its status. All text goes in with textContent.
 */
import type { VerdictNumber } from '../core/verdict/verdict.ts';
import type { MessageKey, Translate } from '../shared/i18n.ts';
import { reasonText } from '../shared/reason-text.ts';
import type { TabStateView } from '../shared/views.ts';
import { byId } from './dom.ts';

const STATUS_KEY: Readonly<Record<VerdictNumber['status'], MessageKey>> = {
  listed: 'numberStatusListed',
  reported: 'numberStatusReported',
  official: 'numberStatusOfficial',
  unknown: 'numberStatusUnknown',
};

export function statusLabel(status: VerdictNumber['status'], t: Translate): string {
  return t(STATUS_KEY[status]);
}

export function renderVerdict(doc: Document, view: TabStateView | undefined, t: Translate): void {
  const level = view?.verdict?.level;
  byId('verdict', doc).className = `verdict ${level ?? 'unknown'}`;
  const title = byId('verdict-title', doc);
  const advice = byId('verdict-advice', doc);
  if (!view || view.status === 'unreadable') {
    title.textContent = t('extName');
    advice.textContent = t('popupUnreadable');
  } else if (view.status === 'not-scanned') {
    title.textContent = t('popupVerdictClean');
    advice.textContent = t('popupNotScanned');
  } else {
    title.textContent = t(level === 'scam' ? 'popupVerdictScam' : level === 'suspicious' ? 'popupVerdictSuspicious' : 'popupVerdictClean');
    advice.textContent = t(level === 'scam' ? 'popupAdviceScam' : level === 'suspicious' ? 'popupAdviceSuspicious' : 'popupAdviceClean');
  }
  byId('trusted-note', doc).hidden = !view?.trustedSite;
  const reasons = view?.verdict?.reasons ?? [];
  byId('reasons-section', doc).hidden = reasons.length === 0;
  byId('reasons', doc).replaceChildren(
    ...reasons.map((reason) => Object.assign(doc.createElement('li'), { textContent: reasonText(reason, t, (n) => view?.display[n] ?? n) })),
  );
  const numbers = view?.verdict?.numbers ?? [];
  byId('numbers-section', doc).hidden = numbers.length === 0;
  byId('numbers', doc).replaceChildren(...numbers.map((n) => numberItem(doc, view?.display[n.e164] ?? n.e164, n.status, t)));
}

export function numberItem(doc: Document, display: string, status: VerdictNumber['status'], t: Translate): HTMLLIElement {
  const item = doc.createElement('li');
  item.dataset['status'] = status;
  const value = Object.assign(doc.createElement('span'), { className: 'number', textContent: display });
  const chip = Object.assign(doc.createElement('span'), { className: `chip ${status}`, textContent: statusLabel(status, t) });
  item.append(value, chip);
  return item;
}
