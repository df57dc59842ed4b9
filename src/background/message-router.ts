/**
 * Every message into the background passes here: it is validated, its sender is checked, and only then is it
 * handed on. A content script speaks for a web page: it may hand in evidence for its own tab and ask for the
 * banner's buttons to be carried out, nothing else. Requests that act for the user (settings, lists,
 * reports) are accepted only from the extension's own pages.
 *
 * What each request does is a table keyed by the request maps of messages.ts rather than a switch: each
 * handler's reply is checked against its request's reply type, and a request without a handler does not
 * compile. The price is one cast where a validated request meets its handler (`dispatch`), because the
 * compiler cannot see that `request.type` names the entry the request belongs to.
 */
import type { Runtime } from 'webextension-polyfill';
import type { ContentReply, ContentRequest, ContentRequests, ExtensionPageReply, ExtensionPageRequest, ExtensionPageRequests } from '../shared/messages.ts';
import { validContentRequest, validExtensionPageRequest } from '../shared/validate-message.ts';
import type { TabJudge } from './tab-judge.ts';
import type { Reporting } from './reports/reporting.ts';
import type { UserActions } from './user-actions.ts';

export interface SenderCheck {
  readonly extensionId: string;
  readonly isExtensionUrl: (url: string | undefined) => boolean;
}

/** The parts of the background that carry requests out. */
export interface Services {
  readonly judge: TabJudge;
  readonly actions: UserActions;
  readonly reporting: Reporting;
}

/** Where a content script's message came from, as the browser tells it (never as the message claims). */
export interface ContentSender {
  readonly tabId: number;
  readonly frameId: number;
  readonly url: string | undefined;
  /** The frame's real origin where the browser gives one (about:srcdoc and about:blank frames inherit it). */
  readonly origin: string | undefined;
}

export type ContentHandlers = { readonly [K in keyof ContentRequests]: (request: ContentRequest<K>, from: ContentSender) => Promise<ContentReply<K>> };
export type ExtensionPageHandlers = { readonly [K in keyof ExtensionPageRequests]: (request: ExtensionPageRequest<K>) => Promise<ExtensionPageReply<K>> };

export interface RequestHandlers {
  readonly content: ContentHandlers;
  readonly extensionPage: ExtensionPageHandlers;
}

function contentHandlers(judge: TabJudge): ContentHandlers {
  return {
    hello: async ({ documentId }, from) => {
      await judge.handleHello(from.tabId, from.frameId, documentId, from.url);
      return { ok: true };
    },
    scan: ({ sample, documentId }, from) => judge.handleScan(from.tabId, from.frameId, sample, documentId),
    behaviour: ({ counts }, from) => judge.handleBehaviour(from.tabId, from.frameId, counts, from.origin),
    'banner-action': async ({ action }, from) => {
      await judge.handleBannerAction(from.tabId, action);
      return { ok: true };
    },
  };
}

function extensionPageHandlers({ judge, actions, reporting }: Services): ExtensionPageHandlers {
  return {
    'get-tab-state': ({ tabId }) => judge.tabView(tabId),
    'get-list-status': () => actions.listStatus(),
    'sync-now': () => actions.syncNow(),
    'get-user-lists': () => actions.userLists(),
    'change-user-lists': ({ change, tabId }) => actions.changeLists(change, tabId),
    'import-user-lists': ({ json }) => actions.importLists(json),
    'export-user-lists': () => actions.exportLists(),
    'get-settings': () => actions.settings(),
    'set-settings': ({ settings }) => actions.setSettings(settings),
    'check-number': ({ text }) => actions.checkNumber(text),
    'prepare-report': ({ tabId, kind, comment, screenshot }) => reporting.prepare(tabId, { kind, comment, screenshot }),
    'send-report': ({ id }) => reporting.send(id),
    'get-report-queue': () => reporting.queueState(),
    'retry-reports': () => actions.retryReports().then(() => reporting.queueState()),
    'get-report-log': ({ refresh }) => reporting.reportLog(refresh),
  };
}

/** Built once, where the background wires its listeners. */
export function requestHandlers(services: Services): RequestHandlers {
  return { content: contentHandlers(services.judge), extensionPage: extensionPageHandlers(services) };
}

function dispatchContent<K extends keyof ContentRequests>(table: ContentHandlers, request: ContentRequest<K>, from: ContentSender): Promise<ContentReply<K>> {
  const handle: ContentHandlers[K] = table[request.type as K];
  return handle(request, from);
}

function dispatchExtensionPage<K extends keyof ExtensionPageRequests>(table: ExtensionPageHandlers, request: ExtensionPageRequest<K>): Promise<ExtensionPageReply<K>> {
  const handle: ExtensionPageHandlers[K] = table[request.type as K];
  return handle(request);
}

export async function routeMessage(handlers: RequestHandlers, raw: unknown, sender: Runtime.MessageSender, check: SenderCheck): Promise<ContentReply | ExtensionPageReply | undefined> {
  if (sender.id !== check.extensionId) return undefined;
  const tabId = sender.tab?.id;
  if (!check.isExtensionUrl(sender.url)) {
    const request = tabId === undefined ? undefined : validContentRequest(raw);
    if (!request || tabId === undefined) return undefined;
    const origin = (sender as { origin?: string }).origin ?? sender.url;
    return dispatchContent(handlers.content, request, { tabId, frameId: sender.frameId ?? 0, url: sender.url, origin });
  }
  const request = validExtensionPageRequest(raw);
  return request ? dispatchExtensionPage(handlers.extensionPage, request) : undefined;
}
