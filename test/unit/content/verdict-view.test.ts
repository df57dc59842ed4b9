// @vitest-environment happy-dom
/**
 * What a verdict does to the page: the banner in the top frame only, the flagged numbers struck through,
 * their tel: links disarmed, a lock screen defused; the same verdict applied once; hiding on request.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BannerKeeper } from '../../../src/content/banner-keeper.ts';
import { readPage } from '../../../src/content/read-page.ts';
import { VerdictView, type VerdictViewOptions } from '../../../src/content/verdict-view.ts';
import type { BannerAction } from '../../../src/shared/messages.ts';
import { PAGE_WORLD_CHANNEL } from '../../../src/shared/page-world-channel.ts';
import { BANNER_TAG } from '../../../src/shared/banner-tag.ts';
import { scamBanner } from './banner-models.ts';

const red = scamBanner;

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  vi.restoreAllMocks();
});

function view(options: Partial<VerdictViewOptions> = {}) {
  const actions: BannerAction[] = [];
  const p = Object.assign(document.createElement('p'), { textContent: 'Call 1-844-555-0147 now' });
  const link = Object.assign(document.createElement('a'), { href: 'tel:+18445550147', textContent: 'Call us' });
  document.body.replaceChildren(p, link);
  const made = new VerdictView(window, controller.signal, {
    isTop: true,
    onAction: (action) => actions.push(action),
    readNodes: async () => readPage(document.body),
    onError: (error) => {
      throw error;
    },
    ...options,
  });
  return { view: made, actions, link };
}

const banner = (): Element | null => document.querySelector(BANNER_TAG);
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const postedKinds = (post: { mock: { calls: unknown[][] } }): unknown[] =>
  post.mock.calls.map(([message]) => (message as { channel?: string; kind?: string }).channel === PAGE_WORLD_CHANNEL && (message as { kind: string }).kind);

describe('VerdictView', () => {
  it('shows the banner, marks the number, disarms its tel: link, and defuses the page', async () => {
    const post = vi.spyOn(window, 'postMessage');
    const { view: v, link } = view();
    v.apply(red);
    await settle();
    expect(banner()).not.toBeNull();
    expect(document.querySelectorAll('[data-helpdesk-guard="mark"]').length).toBeGreaterThan(0);
    expect(link.getAttribute('data-helpdesk-guard')).toBe('tel');
    expect(postedKinds(post)).toEqual(['defuse', 'protect']);
  });

  it('applies the same verdict once, however often it arrives', async () => {
    const show = vi.spyOn(BannerKeeper.prototype, 'show');
    const readNodes = vi.fn(async () => readPage(document.body));
    const { view: v } = view({ readNodes });
    v.apply(red);
    v.apply({ ...red });
    await settle();
    expect(show).toHaveBeenCalledTimes(1);
    expect(readNodes).toHaveBeenCalledTimes(1);
  });

  it('hides the banner when the verdict goes away', () => {
    const { view: v } = view();
    v.apply(red);
    v.apply(undefined);
    expect(banner()).toBeNull();
  });

  it('shows no banner in a frame, but still marks its numbers', async () => {
    const post = vi.spyOn(window, 'postMessage');
    const { view: v } = view({ isTop: false });
    v.apply({ ...red, defuse: false });
    await settle();
    expect(banner()).toBeNull();
    expect(document.querySelectorAll('[data-helpdesk-guard="mark"]').length).toBeGreaterThan(0);
    expect(postedKinds(post)).toEqual([]);
  });

  it('walks no text for a verdict with no number written on the page', async () => {
    const readNodes = vi.fn(async () => readPage(document.body));
    view({ readNodes }).view.apply({ ...red, written: [] });
    await settle();
    expect(readNodes).not.toHaveBeenCalled();
  });

  it('hides the banner on "Hide this warning" and passes every action on', () => {
    const { view: v, actions } = view();
    const shadow = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    v.apply(red);
    const root = shadow.mock.results[0]?.value as ShadowRoot;
    const press = (label: string): void => {
      const event = new MouseEvent('click', { bubbles: true });
      Object.defineProperty(event, 'isTrusted', { value: true });
      [...root.querySelectorAll('button')].find((b) => b.textContent === label)?.dispatchEvent(event);
    };
    press('Report this page');
    expect(banner()).not.toBeNull();
    press('Hide this warning');
    expect(banner()).toBeNull();
    expect(actions).toEqual(['report', 'dismiss']);
  });

  it('does nothing once the script is stopped', () => {
    const { view: v } = view();
    controller.abort();
    v.apply(red);
    expect(banner()).toBeNull();
  });
});
