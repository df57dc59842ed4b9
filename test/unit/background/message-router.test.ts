import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { TabJudge } from '../../../src/background/tab-judge.ts';
import type { UserActions } from '../../../src/background/user-actions.ts';
import type { Reporting } from '../../../src/background/reports/reporting.ts';
import { requestHandlers, routeMessage, type Services } from '../../../src/background/message-router.ts';

const check = { extensionId: 'ext', isExtensionUrl: (url: string | undefined) => url?.startsWith('chrome-extension://ext/') ?? false };
const contentSender = { id: 'ext', url: 'http://scam.example/', tab: { id: 4 } as Runtime.MessageSender['tab'], frameId: 0 } as Runtime.MessageSender;
const popupSender = { id: 'ext', url: 'chrome-extension://ext/src/popup/popup.html' } as Runtime.MessageSender;
const sample = { url: 'http://scam.example/', title: 't', lang: 'en', text: 'x', telLinks: [], phoneFields: 0 };

function handlers(judge: TabJudge) {
  return { judge, actions: { listStatus: vi.fn(), setSettings: vi.fn() } as unknown as UserActions, reporting: { send: vi.fn() } as unknown as Reporting };
}

const route = (services: Services, raw: unknown, sender: Runtime.MessageSender) => routeMessage(requestHandlers(services), raw, sender, check);

function fakeGuard(): TabJudge {
  return {
    handleScan: vi.fn(async () => ({ banner: undefined })),
    handleBehaviour: vi.fn(async () => ({ banner: undefined })),
    handleBannerAction: vi.fn(async () => undefined),
    tabView: vi.fn(async () => ({ tabId: 1 })),
  } as unknown as TabJudge;
}

describe('routeMessage', () => {
  it('takes a content script’s evidence for its own tab and frame only', async () => {
    const judge = fakeGuard();
    await route(handlers(judge), { type: 'scan', sample }, { ...contentSender, frameId: 2 });
    expect(judge.handleScan).toHaveBeenCalledWith(4, 2, sample, undefined);
  });

  it('refuses requests that act for the user when they come from a web page', async () => {
    const judge = fakeGuard();
    expect(await route(handlers(judge), { type: 'get-tab-state', tabId: 9 }, contentSender)).toBeUndefined();
    expect(judge.tabView).not.toHaveBeenCalled();
  });

  it('answers the extension’s own pages', async () => {
    const judge = fakeGuard();
    await route(handlers(judge), { type: 'get-tab-state', tabId: 9 }, popupSender);
    expect(judge.tabView).toHaveBeenCalledWith(9);
  });

  it('never lets a web page change settings or lists', async () => {
    const h = handlers(fakeGuard());
    expect(await route(h, { type: 'set-settings', settings: { sensitivity: 'low' } }, contentSender)).toBeUndefined();
    expect(await route(h, { type: 'change-user-lists', change: { op: 'trust-site', host: 'scam.example' } }, contentSender)).toBeUndefined();
    expect(h.actions.setSettings).not.toHaveBeenCalled();
  });

  it('ignores other extensions and malformed messages', async () => {
    const judge = fakeGuard();
    expect(await route(handlers(judge), { type: 'scan', sample }, { ...contentSender, id: 'evil' })).toBeUndefined();
    for (const bad of [null, 'scan', { type: 'scan' }, { type: 'scan', sample: { ...sample, text: 1 } }, { type: 'behaviour', counts: { dialog: -1 } }, { type: 'banner-action', action: 'trust-everything' }]) {
      expect(await route(handlers(judge), bad, contentSender)).toBeUndefined();
    }
    expect(judge.handleScan).not.toHaveBeenCalled();
    expect(judge.handleBehaviour).not.toHaveBeenCalled();
  });
});

/** Each service method answers with its own name, so a reply shows which handler produced it. */
function answeringServices(): Services {
  const answer = <T extends string>(names: readonly T[]) => Object.fromEntries(names.map((name) => [name, vi.fn(async () => ({ from: name }))]));
  return {
    judge: answer(['tabView', 'handleScan', 'handleBehaviour', 'handleHello', 'handleBannerAction']) as unknown as TabJudge,
    actions: answer(['listStatus', 'syncNow', 'userLists', 'changeLists', 'importLists', 'exportLists', 'settings', 'setSettings', 'checkNumber', 'retryReports']) as unknown as UserActions,
    reporting: answer(['prepare', 'send', 'queueState', 'reportLog']) as unknown as Reporting,
  };
}

const reportId = '0b6f2a8e-3c1d-4e5f-8a9b-0c1d2e3f4a5b';
const screenshot = 'data:image/png;base64,AAAA';
const change = { op: 'trust-site', host: 'bank.example' };

describe('the handler table', () => {
  // Every page request, with the service that carries it out and what that service is given.
  it.each([
    [{ type: 'get-tab-state', tabId: 9 }, 'judge', 'tabView', [9]],
    [{ type: 'get-list-status' }, 'actions', 'listStatus', []],
    [{ type: 'sync-now' }, 'actions', 'syncNow', []],
    [{ type: 'get-user-lists' }, 'actions', 'userLists', []],
    [{ type: 'change-user-lists', change, tabId: 3 }, 'actions', 'changeLists', [change, 3]],
    [{ type: 'change-user-lists', change }, 'actions', 'changeLists', [change, undefined]],
    [{ type: 'import-user-lists', json: '{}' }, 'actions', 'importLists', ['{}']],
    [{ type: 'export-user-lists' }, 'actions', 'exportLists', []],
    [{ type: 'get-settings' }, 'actions', 'settings', []],
    [{ type: 'set-settings', settings: { sensitivity: 'high' } }, 'actions', 'setSettings', [{ sensitivity: 'high' }]],
    [{ type: 'check-number', text: '0800 123' }, 'actions', 'checkNumber', ['0800 123']],
    [{ type: 'prepare-report', tabId: 5, kind: 'fake-helpdesk', comment: 'c', screenshot }, 'reporting', 'prepare', [5, { kind: 'fake-helpdesk', comment: 'c', screenshot }]],
    [{ type: 'send-report', id: reportId }, 'reporting', 'send', [reportId]],
    [{ type: 'get-report-queue' }, 'reporting', 'queueState', []],
    [{ type: 'get-report-log', refresh: true }, 'reporting', 'reportLog', [true]],
  ] as const)('hands the page’s %o to %s.%s and answers with its reply', async (request, service, method, args) => {
    const services = answeringServices();
    const called = (services[service] as unknown as Record<string, ReturnType<typeof vi.fn>>)[method];
    expect(await route(services, request, popupSender)).toEqual({ from: method });
    expect(called).toHaveBeenCalledExactlyOnceWith(...args);
  });

  it('retries the queued reports first, then answers with the queue', async () => {
    const services = answeringServices();
    expect(await route(services, { type: 'retry-reports' }, popupSender)).toEqual({ from: 'queueState' });
    expect(services.actions.retryReports).toHaveBeenCalledOnce();
    expect(services.actions.retryReports).toHaveBeenCalledBefore(services.reporting.queueState as ReturnType<typeof vi.fn>);
  });

  it('gives a content script’s handlers the tab, frame, address and origin the browser names', async () => {
    const services = answeringServices();
    const sender = { ...contentSender, frameId: 3, origin: 'http://frame.example' } as Runtime.MessageSender;
    expect(await route(services, { type: 'hello', documentId: 'abcdef0123' }, sender)).toEqual({ ok: true });
    expect(services.judge.handleHello).toHaveBeenCalledWith(4, 3, 'abcdef0123', 'http://scam.example/');
    expect(await route(services, { type: 'scan', sample, documentId: 'abcdef0123' }, sender)).toEqual({ from: 'handleScan' });
    expect(services.judge.handleScan).toHaveBeenCalledWith(4, 3, sample, 'abcdef0123');
    expect(await route(services, { type: 'behaviour', counts: { dialog: 2 } }, sender)).toEqual({ from: 'handleBehaviour' });
    expect(services.judge.handleBehaviour).toHaveBeenCalledWith(4, 3, { dialog: 2 }, 'http://frame.example');
    expect(await route(services, { type: 'banner-action', action: 'dismiss' }, sender)).toEqual({ ok: true });
    expect(services.judge.handleBannerAction).toHaveBeenCalledWith(4, 'dismiss');
  });

  it('takes the frame’s address as its origin when the browser gives none, and frame 0 when it names no frame', async () => {
    const services = answeringServices();
    const noFrame = { ...contentSender, frameId: undefined } as unknown as Runtime.MessageSender;
    await route(services, { type: 'behaviour', counts: { dialog: 1 } }, noFrame);
    expect(services.judge.handleBehaviour).toHaveBeenCalledWith(4, 0, { dialog: 1 }, 'http://scam.example/');
  });
});
