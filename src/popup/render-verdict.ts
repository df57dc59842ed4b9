/**
 * Renders a tab's verdict in the popup: the headline and what to do, the reasons in plain words, and each
 * number with its status. All text goes in with textContent.
 */
import type { VerdictNumber } from '../core/verdict/verdict.ts';
import type { MessageKey, Translate } from '../shared/i18n.ts';
import type { TabStateView } from '../shared/views.ts';
import { reasonText } from '../shared/reason-text.ts';

const STATUS_KEY: Readonly<Record<VerdictNumber['status'], MessageKey>> = {
  listed: 'numberStatusListed',
  reported: 'numberStatusReported',
  official: 'numberStatusOfficial',
  unknown: 'numberStatusUnknown',
};

function byId<T extends HTMLElement>(doc: Document, id: string): T {
  const element = doc.getElementById(id);
  if (!element) throw new Error(`popup.html has no #${id}`);
  return element as T;
}

export function renderVerdict(doc: Document, view: TabStateView | undefined, t: Translate): void {
  const box = byId(doc, 'verdict');
  const title = byId(doc, 'verdict-title');
  const advice = byId(doc, 'verdict-advice');
  const level = view?.verdict?.level;
  box.className = `verdict ${level ?? 'unknown'}`;
  if (!view || view.status === 'unreadable') {
    title.textContent = t('extName');
    advice.textContent = t('popupUnreadable');
  } else if (!view.verdict) {
    title.textContent = t('popupVerdictClean');
    advice.textContent = t('popupNotScanned');
  } else {
    title.textContent = t(level === 'scam' ? 'popupVerdictScam' : level === 'suspicious' ? 'popupVerdictSuspicious' : 'popupVerdictClean');
    advice.textContent = t(level === 'scam' ? 'popupAdviceScam' : level === 'suspicious' ? 'popupAdviceSuspicious' : 'popupAdviceClean');
  }
  const reasons = view?.verdict?.reasons ?? [];
  byId(doc, 'reasons-section').hidden = reasons.length === 0;
  byId(doc, 'reasons').replaceChildren(
    ...reasons.map((reason) => Object.assign(doc.createElement('li'), { textContent: reasonText(reason, t, (n) => view?.display[n] ?? n) })),
  );
  const numbers = view?.verdict?.numbers ?? [];
  byId(doc, 'numbers-section').hidden = numbers.length === 0;
  byId(doc, 'numbers').replaceChildren(...numbers.map((n) => numberItem(doc, n, view?.display[n.e164] ?? n.e164, t)));
}

function numberItem(doc: Document, number: VerdictNumber, display: string, t: Translate): HTMLLIElement {
  const item = doc.createElement('li');
  item.dataset['status'] = number.status;
  const value = Object.assign(doc.createElement('span'), { className: 'number', textContent: display });
  const chip = Object.assign(doc.createElement('span'), { className: `chip ${number.status}`, textContent: t(STATUS_KEY[number.status]) });
  item.append(value, chip);
  return item;
}
