/**
 * Renders a tab's verdict in the popup: the headline and what to do, the reasons in plain words, and each
 * number with its status. On a red page "Leave this page" sits in the verdict itself, the first button, and
 * every number that is not an official one says "Do not call" in red: a frightened reader must not find a
 * scam number labelled in calm grey. Numbers are shown as the page wrote them (what the reader sees on
 * screen), with the international form beside them when that looks different. All text goes in with
 * textContent.
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

function headline(view: TabStateView | undefined): [MessageKey, MessageKey] {
  if (!view || view.status === 'unreadable') return ['extName', 'popupUnreadable'];
  if (view.status === 'not-scanned') return ['popupVerdictClean', 'popupNotScanned'];
  const level = view.verdict?.level;
  if (level === 'scam') return ['popupVerdictScam', 'popupAdviceScam'];
  if (level === 'suspicious') return ['popupVerdictSuspicious', 'popupAdviceSuspicious'];
  return ['popupVerdictClean', 'popupAdviceClean'];
}

export function renderVerdict(doc: Document, view: TabStateView | undefined, t: Translate): void {
  const level = view?.verdict?.level;
  byId('verdict', doc).className = `verdict ${level ?? 'unknown'}`;
  const [title, advice] = headline(view);
  byId('verdict-title', doc).textContent = t(title);
  byId('verdict-advice', doc).textContent = t(advice);
  const red = level === 'scam' && view?.status === 'scanned';
  byId('action-leave', doc).hidden = !red;
  // One bright way out: on a red page "Report" steps back so that "Leave this page" stands alone.
  byId('action-report', doc).classList.toggle('primary', !red);
  byId('trusted-note', doc).hidden = !view?.trustedSite;
  const reasons = view?.verdict?.reasons ?? [];
  byId('reasons-section', doc).hidden = reasons.length === 0;
  byId('reasons', doc).replaceChildren(
    ...reasons.map((reason) => Object.assign(doc.createElement('li'), { textContent: reasonText(reason, t, (n) => view?.display[n] ?? n) })),
  );
  const numbers = view?.verdict?.numbers ?? [];
  byId('numbers-section', doc).hidden = numbers.length === 0;
  byId('numbers', doc).replaceChildren(
    ...numbers.map((n) => numberItem(doc, view?.display[n.e164] ?? n.e164, n.status, t, { written: n.written[0], doNotCall: level === 'scam' && n.status !== 'official' })),
  );
}

export interface NumberItemOptions {
  /** The number as the page wrote it. */
  readonly written?: string | undefined;
  /** On a red page: say "Do not call" in red, whatever the lists know. */
  readonly doNotCall?: boolean;
}

export function numberItem(doc: Document, display: string, status: VerdictNumber['status'], t: Translate, options: NumberItemOptions = {}): HTMLLIElement {
  const item = doc.createElement('li');
  item.dataset['status'] = status;
  const written = options.written?.trim();
  const showWritten = written !== undefined && written !== '' && written !== display;
  const what = doc.createElement('span');
  what.className = 'what';
  if (showWritten) what.append(Object.assign(doc.createElement('span'), { className: 'written', textContent: written }));
  what.append(Object.assign(doc.createElement('span'), { className: showWritten ? 'number secondary' : 'number', textContent: display }));
  item.append(what);
  if (options.doNotCall) {
    item.dataset['doNotCall'] = 'true';
    item.append(Object.assign(doc.createElement('span'), { className: 'chip do-not-call', textContent: t('numberDoNotCall') }));
    if (status === 'listed' || status === 'reported') item.append(Object.assign(doc.createElement('span'), { className: 'status-note', textContent: statusLabel(status, t) }));
    return item;
  }
  item.append(Object.assign(doc.createElement('span'), { className: `chip ${status}`, textContent: statusLabel(status, t) }));
  return item;
}
