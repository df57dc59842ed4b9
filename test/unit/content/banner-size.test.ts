// @vitest-environment happy-dom
/**
 * The banner's sizes come from the browser's own text size, never from the page: no `rem` (which inside a
 * shadow root still means the page's <html> font size), no fixed px font sizes, and `font-size: medium`
 * (the browser's default) as the one base. The e2e test banner-legibility.test.ts measures the result.
 */
import { describe, expect, it } from 'vitest';
import { BannerKeeper } from '../../../src/content/banner-keeper.ts';
import { shouldTakeFocus } from '../../../src/content/banner-focus.ts';
import { BANNER_CSS } from '../../../src/content/banner-style.ts';
import type { BannerModel } from '../../../src/shared/views.ts';

describe('banner sizes', () => {
  it('uses no rem: the page cannot shrink it through its root font size', () => {
    expect(BANNER_CSS).not.toMatch(/\d\s*rem\b/);
  });

  it('sets no font size in px, so the browser text-size setting applies', () => {
    expect(BANNER_CSS).not.toMatch(/font-size:\s*[\d.]+px/);
    expect(BANNER_CSS).not.toMatch(/font:[^;]*\b\d+px/);
  });

  it('takes the browser default (`medium`) as its base', () => {
    expect(BANNER_CSS).toMatch(/\.banner \{[^}]*font-size: medium/);
  });

  it('never grows past the window and scrolls inside itself', () => {
    expect(BANNER_CSS).toMatch(/\.banner \{[^}]*max-height: 100vh[^}]*overflow-y: auto/);
  });
});

describe('banner focus', () => {
  const model = (level: 'scam' | 'suspicious'): BannerModel => ({
    level, lang: 'en', headline: 'h', reason: '', numbersLabel: '', numbers: [], written: [], markLabel: '', regionLabel: 'r',
    actions: { leave: 'Leave this page', report: 'Report', dismiss: 'Hide', notScam: 'Safe' }, defuse: false,
  });

  it('red and amber banners take focus once, so "Leave" is one Tab away', () => {
    expect(shouldTakeFocus(document, 'scam', undefined)).toBe(true);
    expect(shouldTakeFocus(document, 'suspicious', undefined)).toBe(true);
    expect(shouldTakeFocus(document, 'suspicious', 'suspicious')).toBe(false);
    expect(shouldTakeFocus(document, 'scam', 'suspicious')).toBe(true);
    expect(shouldTakeFocus(document, 'suspicious', 'scam')).toBe(false);
  });

  it('an amber banner leaves the focus in a field the person is typing in; a red one does not', () => {
    const input = Object.assign(document.createElement('input'), { type: 'text' });
    document.body.append(input);
    input.focus();
    expect(shouldTakeFocus(document, 'suspicious', undefined)).toBe(false);
    expect(shouldTakeFocus(document, 'scam', undefined)).toBe(true);
    input.remove();
  });

  it('puts its host first in <html>, so it is the first Tab stop of the page, and keeps it there', async () => {
    const keeper = new BannerKeeper(document, () => undefined, new AbortController().signal);
    keeper.show(model('suspicious'));
    expect(document.documentElement.firstChild).toBe(document.querySelector('helpdesk-guard-banner'));
    document.documentElement.prepend(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 10));
    expect(document.documentElement.firstChild).toBe(document.querySelector('helpdesk-guard-banner'));
    keeper.hide();
    document.documentElement.querySelector(':scope > div')?.remove();
  });
});
