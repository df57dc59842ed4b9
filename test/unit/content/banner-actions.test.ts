// @vitest-environment happy-dom
/**
 * The banner's buttons: "Leave" first and bright; hiding a red warning asks first, with "Leave" still first
 * in the question; an amber warning hides at once. Only a real person's click (isTrusted) counts, so these
 * tests mark their clicks as trusted the one way happy-dom allows.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderBanner } from '../../../src/content/banner.ts';
import type { BannerAction } from '../../../src/shared/messages.ts';
import type { BannerModel } from '../../../src/shared/views.ts';
import { red } from './banner-models.ts';

const amber: BannerModel = Object.fromEntries(
  Object.entries({ ...red, level: 'suspicious', defuse: false }).filter(([key]) => key !== 'confirmHide'),
) as unknown as BannerModel;

function trustedClick(target: Element | null | undefined): void {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target?.dispatchEvent(event);
}

function pressEscape(target: Element | null | undefined): void {
  const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target?.dispatchEvent(event);
}

function render(model: BannerModel): { root: ShadowRoot; actions: BannerAction[] } {
  const shadow = vi.spyOn(HTMLElement.prototype, 'attachShadow');
  const actions: BannerAction[] = [];
  const { host } = renderBanner(document, model, (action) => actions.push(action));
  document.documentElement.append(host);
  const root = shadow.mock.results[0]?.value as ShadowRoot;
  shadow.mockRestore();
  return { root, actions };
}

const button = (root: ShadowRoot, label: string): HTMLButtonElement | undefined =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === label);
const labels = (root: ShadowRoot): string[] => [...root.querySelectorAll('button')].map((b) => b.textContent ?? '');

afterEach(() => document.querySelectorAll('helpdesk-guard-banner').forEach((h) => h.remove()));

describe('banner actions', () => {
  it('puts "Leave this page" first and alone as the bright button; hiding and "safe" are quiet words at the end', () => {
    const { root } = render(red);
    expect(labels(root)).toEqual(['Leave this page', 'Report this page', 'This page is safe', 'Hide this warning']);
    expect(root.querySelector('button')?.className).toBe('primary');
    expect(root.querySelectorAll('button.primary')).toHaveLength(1);
    expect(button(root, 'Hide this warning')?.classList.contains('quiet')).toBe(true);
    expect(button(root, 'This page is safe')?.classList.contains('quiet')).toBe(true);
  });

  it('on a red page, "Hide this warning" asks first and hides nothing yet; "Leave" stays first in the question', () => {
    const { root, actions } = render(red);
    trustedClick(button(root, 'Hide this warning'));
    expect(actions).toEqual([]);
    expect(root.querySelector('.question')?.textContent).toBe('Hide the warning?');
    expect(labels(root)).toEqual(['Leave this page', 'Keep the warning', 'Yes, hide it']);
    expect(root.activeElement).toBe(root.querySelector('.question'));
    trustedClick(button(root, 'Yes, hide it'));
    expect(actions).toEqual(['dismiss']);
  });

  it('"Keep the warning" and Escape bring the buttons back, with focus on "Hide this warning"', () => {
    const { root, actions } = render(red);
    trustedClick(button(root, 'Hide this warning'));
    trustedClick(button(root, 'Keep the warning'));
    expect(labels(root)).toEqual(['Leave this page', 'Report this page', 'This page is safe', 'Hide this warning']);
    expect(root.activeElement).toBe(button(root, 'Hide this warning'));
    trustedClick(button(root, 'Hide this warning'));
    pressEscape(root.querySelector('.question'));
    expect(root.querySelector('.question')).toBeNull();
    expect(actions).toEqual([]);
  });

  it('"Leave" in the question leaves', () => {
    const { root, actions } = render(red);
    trustedClick(button(root, 'Hide this warning'));
    trustedClick(button(root, 'Leave this page'));
    expect(actions).toEqual(['leave']);
  });

  it('an amber warning hides at once, without a question', () => {
    const { root, actions } = render(amber);
    trustedClick(button(root, 'Hide this warning'));
    expect(actions).toEqual(['dismiss']);
    expect(root.querySelector('.question')).toBeNull();
  });

  it('page script cannot answer the question for the user', () => {
    const { root, actions } = render(red);
    trustedClick(button(root, 'Hide this warning'));
    button(root, 'Yes, hide it')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(actions).toEqual([]);
  });
});
