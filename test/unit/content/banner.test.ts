// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { BannerKeeper } from '../../../src/content/banner-keeper.ts';
import { renderBanner } from '../../../src/content/banner.ts';
import type { BannerModel } from '../../../src/shared/views.ts';
import { scamBanner } from './banner-models.ts';

const model: BannerModel = {
  ...scamBanner,
  headline: 'This is a fake helpdesk. <img src=x onerror=alert(1)> Do not call.',
  reason: '<b>reason</b>',
};

describe('banner', () => {
  it('lives in a closed shadow root the page cannot reach', () => {
    const { host } = renderBanner(document, model, () => undefined);
    document.documentElement.append(host);
    expect(host.shadowRoot).toBeNull();
    host.remove();
  });

  it('puts text in as text: markup in a message never becomes elements', () => {
    const shadow = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    renderBanner(document, model, () => undefined);
    const root = shadow.mock.results[0]?.value as ShadowRoot;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.querySelector('section')?.getAttribute('role')).toBe('region');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(model.headline);
    shadow.mockRestore();
  });

  it('ignores synthetic clicks from page script', () => {
    const shadow = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    const onAction = vi.fn();
    renderBanner(document, model, onAction);
    const root = shadow.mock.results[0]?.value as ShadowRoot;
    root.querySelector('button')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onAction).not.toHaveBeenCalled();
    shadow.mockRestore();
  });

  it('comes back when the page removes it', async () => {
    const keeper = new BannerKeeper(document, () => undefined, new AbortController().signal);
    keeper.show(model, false);
    document.querySelector('helpdesk-guard-banner')?.remove();
    await new Promise((r) => setTimeout(r, 10));
    expect(document.querySelector('helpdesk-guard-banner')).not.toBeNull();
    keeper.hide();
    expect(document.querySelector('helpdesk-guard-banner')).toBeNull();
  });

  it('goes away for good when its controller aborts (extension updated or removed)', () => {
    const controller = new AbortController();
    const keeper = new BannerKeeper(document, () => undefined, controller.signal);
    keeper.show(model, false);
    controller.abort();
    expect(document.querySelector('helpdesk-guard-banner')).toBeNull();
  });
});
