/**
 * Keeps the banner on screen (the banner keeper; background/tab-judge.ts, which judges tabs, is another thing).
 * A scam page that has read this code will try to remove the host, restyle it, or cover it; a
 * MutationObserver on <html> puts the host back, resets its inline style and re-opens it in the top layer.
 * The observer watches only the host and <html>'s child list, so it costs nothing on pages that leave the
 * banner alone. The host is <html>'s first child, so the banner comes first in the page's Tab order: "Leave
 * this page" is the first Tab stop of the page, not the last after every link.
 */
import type { BannerAction } from '../shared/messages.ts';
import type { BannerModel } from '../shared/views.ts';
import { HOST_STYLE, renderBanner, type RenderedBanner } from './banner.ts';
import { shouldTakeFocus, type BannerLevel } from './banner-focus.ts';

/** More repairs than this in one page means a fight; stop reacting to each mutation and re-check slowly. */
const MAX_REPAIRS_PER_SECOND = 20;
/** How often a shown banner checks that nothing covers it. */
const COVER_CHECK_MS = 1000;

export class BannerKeeper {
  #banner: RenderedBanner | undefined;
  #observer: MutationObserver | undefined;
  #coverCheck: number | undefined;
  #repairs = 0;
  #windowStart = 0;
  #focused: BannerLevel | undefined;

  constructor(
    private readonly doc: Document,
    private readonly onAction: (action: BannerAction) => void,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.hide(), { once: true });
  }

  get isShown(): boolean {
    return this.#banner !== undefined;
  }

  /** Shows the banner; it takes focus as banner-focus.ts decides (`focus: false` never takes it). */
  show(model: BannerModel, focus = true): void {
    const takeFocus = focus && shouldTakeFocus(this.doc, model.level, this.#focused);
    this.hide();
    if (this.signal.aborted) return;
    this.#banner = renderBanner(this.doc, model, this.onAction);
    this.#attach();
    this.#observer = new MutationObserver(() => this.#repair());
    this.#observe();
    this.#coverCheck = this.doc.defaultView?.setInterval(() => this.#uncover(), COVER_CHECK_MS);
    if (takeFocus) {
      this.#focused = model.level;
      this.#banner.focusHeadline();
    }
  }

  hide(): void {
    if (this.#coverCheck !== undefined) this.doc.defaultView?.clearInterval(this.#coverCheck);
    this.#coverCheck = undefined;
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#banner?.host.remove();
    this.#banner = undefined;
  }

  #observe(): void {
    const host = this.#banner?.host;
    if (!host || !this.#observer) return;
    this.#observer.observe(this.doc.documentElement, { childList: true });
    this.#observer.observe(host, { attributes: true });
  }

  /** The zoom that cancels the page's zoom on <html>, which the host inherits (`html { zoom: 0.1 }`). */
  #counterZoom(): number {
    const zoom = Number.parseFloat(this.doc.defaultView?.getComputedStyle(this.doc.documentElement).zoom ?? '1');
    return Number.isFinite(zoom) && zoom > 0 ? 1 / zoom : 1;
  }

  #attach(): void {
    const host = this.#banner?.host;
    if (!host) return;
    this.#banner?.setZoom(this.#counterZoom());
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    if (!host.isConnected || host.parentNode !== this.doc.documentElement || host.previousSibling !== null) {
      this.doc.documentElement.prepend(host);
    }
    // The top layer sits above every z-index the page can set, including its own modal dialogs.
    if (typeof host.showPopover === 'function') {
      if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
      try {
        if (!host.matches(':popover-open')) host.showPopover();
      } catch {
        // Not shown as a popover (for example while the document is being torn down): fixed position still applies.
      }
    }
  }

  /** A page can open its own top-layer element (a modal dialog, a popover) over the banner: reopen ours above. */
  #uncover(): void {
    const host = this.#banner?.host;
    if (!host || this.signal.aborted) return;
    this.#banner?.setZoom(this.#counterZoom());
    const box = host.getBoundingClientRect();
    const atPoint = this.doc.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 20));
    if (atPoint === host) return;
    if (typeof host.hidePopover === 'function' && host.matches(':popover-open')) host.hidePopover();
    this.#attach();
  }

  #repair(): void {
    const now = Date.now();
    if (now - this.#windowStart > 1000) {
      this.#windowStart = now;
      this.#repairs = 0;
    }
    if (++this.#repairs > MAX_REPAIRS_PER_SECOND) {
      this.#observer?.disconnect();
      setTimeout(() => {
        if (this.#banner && !this.signal.aborted) {
          this.#attach();
          this.#observe();
        }
      }, 1000);
      return;
    }
    this.#observer?.disconnect();
    this.#attach();
    this.#observe();
  }
}
