/**
 * The in-page warning: a closed shadow root (page scripts cannot reach inside, page CSS cannot restyle it)
 * on a host placed on <html>, outside anything the page controls. Where the browser has the Popover API the
 * host is shown in the top layer, above every z-index. Page text reaches the banner only through
 * `textContent`. If the page removes or restyles the host, a watcher puts it back (banner-keeper.ts).
 *
 * The buttons, in the order a keyboard reaches them: "Leave this page" (the one big, bright button), then
 * "Report", then, set apart as plain underlined words, "This page is safe" and "Hide this warning". On a red
 * page hiding asks first (banner-confirm.ts): a frightened person's stray click must not take the warning
 * away while the fake helpdesk stays.
 */
import type { BannerModel } from '../shared/views.ts';
import type { BannerAction } from '../shared/messages.ts';
import { BANNER_TAG } from '../shared/banner-tag.ts';
import { askBeforeHiding } from './banner-confirm.ts';
import { actionButton, element } from './banner-dom.ts';
import { BANNER_CSS } from './banner-style.ts';
import { HOST_RULES } from './host-style.ts';
import { OWN_MARK_ATTRIBUTE } from './read-page.ts';

/** The same rules inline, for the moment before the shadow stylesheet applies. */
export const HOST_STYLE = HOST_RULES;

export interface RenderedBanner {
  readonly host: HTMLElement;
  readonly focusHeadline: () => void;
  /**
   * Sets the host's own zoom, to cancel a zoom the page puts on <html> (which the host would inherit). It
   * lives in the closed shadow root, where an !important :host rule beats anything the page writes.
   */
  readonly setZoom: (factor: number) => void;
}

function textBlock(doc: Document, model: BannerModel): { text: HTMLElement; headline: HTMLElement } {
  const text = element(doc, 'div', 'text');
  const headline = element(doc, 'p', 'headline', model.headline);
  headline.setAttribute('role', 'alert');
  headline.tabIndex = -1;
  text.append(headline);
  if (model.reason) text.append(element(doc, 'p', 'reason', model.reason));
  if (model.numbers.length > 0) {
    const numbers = element(doc, 'p', 'numbers', `${model.numbersLabel} `);
    for (const number of model.numbers) numbers.append(element(doc, 'span', 'number', number));
    text.append(numbers);
  }
  return { text, headline };
}

function fillActions(doc: Document, actions: HTMLElement, model: BannerModel, onAction: (action: BannerAction) => void): void {
  const quiet = element(doc, 'div', 'quiet-group');
  const hide = actionButton(doc, model.actions.dismiss, 'quiet', () => {
    if (!model.confirmHide) return onAction('dismiss');
    askBeforeHiding(doc, actions, model, onAction, () => {
      fillActions(doc, actions, model, onAction);
      actions.querySelector<HTMLElement>('.hide')?.focus();
    });
  });
  hide.classList.add('hide');
  quiet.append(actionButton(doc, model.actions.notScam, 'quiet', () => onAction('not-a-scam')), hide);
  actions.replaceChildren(
    actionButton(doc, model.actions.leave, 'primary', () => onAction('leave')),
    actionButton(doc, model.actions.report, '', () => onAction('report')),
    quiet,
  );
}

export function renderBanner(doc: Document, model: BannerModel, onAction: (action: BannerAction) => void): RenderedBanner {
  const host = doc.createElement(BANNER_TAG);
  host.setAttribute(OWN_MARK_ATTRIBUTE, 'banner');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = BANNER_CSS;

  const banner = element(doc, 'section', `banner ${model.level}`);
  banner.setAttribute('role', 'region');
  banner.setAttribute('aria-label', model.regionLabel);
  banner.lang = model.lang;
  const icon = element(doc, 'div', 'icon', model.level === 'scam' ? '!' : '?');
  icon.setAttribute('aria-hidden', 'true');
  const { text, headline } = textBlock(doc, model);
  const actions = element(doc, 'div', 'actions');
  fillActions(doc, actions, model, onAction);
  banner.append(icon, text, actions);

  const zoom = doc.createElement('style');
  shadow.append(style, zoom, banner);
  let zoomFactor = 1;
  return {
    host,
    focusHeadline: () => headline.focus({ preventScroll: true }),
    setZoom: (factor) => {
      if (factor === zoomFactor) return;
      zoomFactor = factor;
      zoom.textContent = factor === 1 ? '' : `:host { zoom: ${factor} !important; }`;
    },
  };
}
