import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { Guard } from '../../../src/background/guard.ts';
import type { UserActions } from '../../../src/background/user-actions.ts';
import type { Reporting } from '../../../src/background/reports/reporting.ts';
import { routeMessage } from '../../../src/background/message-router.ts';

const check = { extensionId: 'ext', isExtensionUrl: (url: string | undefined) => url?.startsWith('chrome-extension://ext/') ?? false };
const contentSender = { id: 'ext', url: 'http://scam.example/', tab: { id: 4 } as Runtime.MessageSender['tab'], frameId: 0 } as Runtime.MessageSender;
const popupSender = { id: 'ext', url: 'chrome-extension://ext/src/popup/popup.html' } as Runtime.MessageSender;
const sample = { url: 'http://scam.example/', title: 't', lang: 'en', text: 'x', telLinks: [], phoneFields: 0 };

function handlers(guard: Guard) {
  return { guard, actions: { listStatus: vi.fn(), setSettings: vi.fn() } as unknown as UserActions, reporting: { send: vi.fn() } as unknown as Reporting };
}

function fakeGuard(): Guard {
  return {
    handleScan: vi.fn(async () => ({ banner: undefined })),
    handleBehaviour: vi.fn(async () => ({ banner: undefined })),
    handleBannerAction: vi.fn(async () => undefined),
    tabView: vi.fn(async () => ({ tabId: 1 })),
  } as unknown as Guard;
}

describe('routeMessage', () => {
  it('takes a content script’s evidence for its own tab and frame only', async () => {
    const guard = fakeGuard();
    await routeMessage(handlers(guard), { type: 'scan', sample }, { ...contentSender, frameId: 2 }, check);
    expect(guard.handleScan).toHaveBeenCalledWith(4, 2, sample, undefined);
  });

  it('refuses requests that act for the user when they come from a web page', async () => {
    const guard = fakeGuard();
    expect(await routeMessage(handlers(guard), { type: 'get-tab-state', tabId: 9 }, contentSender, check)).toBeUndefined();
    expect(guard.tabView).not.toHaveBeenCalled();
  });

  it('answers the extension’s own pages', async () => {
    const guard = fakeGuard();
    await routeMessage(handlers(guard), { type: 'get-tab-state', tabId: 9 }, popupSender, check);
    expect(guard.tabView).toHaveBeenCalledWith(9);
  });

  it('never lets a web page change settings or lists', async () => {
    const h = handlers(fakeGuard());
    expect(await routeMessage(h, { type: 'set-settings', settings: { sensitivity: 'low' } }, contentSender, check)).toBeUndefined();
    expect(await routeMessage(h, { type: 'change-user-lists', change: { op: 'trust-site', host: 'scam.example' } }, contentSender, check)).toBeUndefined();
    expect(h.actions.setSettings).not.toHaveBeenCalled();
  });

  it('ignores other extensions and malformed messages', async () => {
    const guard = fakeGuard();
    expect(await routeMessage(handlers(guard), { type: 'scan', sample }, { ...contentSender, id: 'evil' }, check)).toBeUndefined();
    for (const bad of [null, 'scan', { type: 'scan' }, { type: 'scan', sample: { ...sample, text: 1 } }, { type: 'behaviour', counts: { dialog: -1 } }, { type: 'banner-action', action: 'trust-everything' }]) {
      expect(await routeMessage(handlers(guard), bad, contentSender, check)).toBeUndefined();
    }
    expect(guard.handleScan).not.toHaveBeenCalled();
    expect(guard.handleBehaviour).not.toHaveBeenCalled();
  });
});
