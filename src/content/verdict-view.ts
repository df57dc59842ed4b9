/**
 * What the page shows of a verdict: the banner (top frame only, kept on screen by banner-keeper.ts), the
 * flagged numbers struck through where the page writes them, `tel:` links to them disarmed, and a lock
 * screen defused. The same verdict arrives again after every rescan and every push: it is applied once,
 * compared as JSON, so a page that keeps changing does not rebuild the banner or re-walk its text.
 */
import type { BannerAction } from '../shared/messages.ts';
import type { BannerModel } from '../shared/views.ts';
import { BannerKeeper } from './banner-keeper.ts';
import { disarmTelLinks, markNumbers } from './mark-numbers.ts';
import { defusePage, protectBanner } from './page-signals.ts';
import type { PageText } from './read-page.ts';

export interface VerdictViewOptions {
  /** Only the top frame shows a banner; every frame marks its own numbers. */
  readonly isTop: boolean;
  /** A banner button was pressed ("Hide this warning" has already hidden it). */
  readonly onAction: (action: BannerAction) => void;
  /** The page's text with its nodes, to find the numbers to mark (text-reader.ts). */
  readonly readNodes: () => Promise<PageText | undefined>;
  readonly onError: (error: unknown) => void;
}

export class VerdictView {
  #shown = '';
  /**
   * Made with the first verdict to show, not with the view: every frame of every page makes a view, and
   * the keeper's abort listener is work (a call into the browser) that pages without a verdict never need.
   */
  #banner: BannerKeeper | undefined;

  constructor(
    private readonly win: Window,
    private readonly signal: AbortSignal,
    private readonly options: VerdictViewOptions,
  ) {}

  #keeper(): BannerKeeper | undefined {
    if (this.#banner || !this.options.isTop) return this.#banner;
    const onAction = (action: BannerAction): void => {
      if (action === 'dismiss') this.#banner?.hide();
      this.options.onAction(action);
    };
    this.#banner = new BannerKeeper(this.win.document, onAction, this.signal);
    return this.#banner;
  }

  /** Shows `model`, or hides the banner when there is none; a verdict already shown is left alone. */
  apply(model: BannerModel | undefined): void {
    if (this.signal.aborted) return;
    const key = JSON.stringify(model ?? null);
    if (key === this.#shown) return;
    this.#shown = key;
    if (!model) {
      this.#banner?.hide();
      return;
    }
    if (model.defuse) defusePage(this.win);
    const banner = this.#keeper();
    if (banner) protectBanner(this.win);
    banner?.show(model);
    this.#markPage(model).catch(this.options.onError);
    disarmTelLinks(this.win.document, model.written, model.markLabel, this.signal);
  }

  async #markPage(model: BannerModel): Promise<void> {
    if (model.written.length === 0) return;
    const page = await this.options.readNodes();
    if (page && !this.signal.aborted) markNumbers(this.win.document, page, model.written, model.markLabel);
  }
}
