/**
 * Every message into the background passes here: it is validated, its sender is checked, and only then is it
 * handed on. A content script speaks for a web page: it may hand in evidence for its own tab and ask for the
 * banner's buttons to be carried out, nothing else. Requests that act for the user (settings, lists,
 * reports) are accepted only from the extension's own pages.
 */
import type { Runtime } from 'webextension-polyfill';
import type { ContentRequest, PageRequest } from '../shared/messages.ts';
import { validContentRequest, validPageRequest } from '../shared/validate-message.ts';
import type { Guard } from './guard.ts';
import type { Reporting } from './reports/reporting.ts';
import type { UserActions } from './user-actions.ts';

export interface SenderCheck {
  readonly extensionId: string;
  readonly isExtensionUrl: (url: string | undefined) => boolean;
}

export interface Handlers {
  readonly guard: Guard;
  readonly actions: UserActions;
  readonly reporting: Reporting;
}

async function fromContent(guard: Guard, request: ContentRequest, tabId: number, frameId: number, url: string | undefined, origin: string | undefined): Promise<unknown> {
  switch (request.type) {
    case 'hello':
      await guard.handleHello(tabId, frameId, request.documentId, url);
      return { ok: true };
    case 'scan':
      return guard.handleScan(tabId, frameId, request.sample, request.documentId);
    case 'behaviour':
      return guard.handleBehaviour(tabId, frameId, request.counts, origin);
    case 'banner-action':
      await guard.handleBannerAction(tabId, request.action);
      return { ok: true };
  }
}

function fromPage({ guard, actions, reporting }: Handlers, request: PageRequest): Promise<unknown> {
  switch (request.type) {
    case 'get-tab-state':
      return guard.tabView(request.tabId);
    case 'get-list-status':
      return actions.listStatus();
    case 'sync-now':
      return actions.syncNow();
    case 'get-user-lists':
      return actions.userLists();
    case 'change-user-lists':
      return actions.changeLists(request.change, request.tabId);
    case 'import-user-lists':
      return actions.importLists(request.json);
    case 'export-user-lists':
      return actions.exportLists();
    case 'get-settings':
      return actions.settings();
    case 'set-settings':
      return actions.setSettings(request.settings);
    case 'check-number':
      return actions.checkNumber(request.text);
    case 'prepare-report':
      return reporting.prepare(request.tabId, { kind: request.kind, comment: request.comment, screenshot: request.screenshot });
    case 'send-report':
      return reporting.send(request.id);
    case 'get-report-queue':
      return reporting.queueState();
    case 'retry-reports':
      return actions.retryReports().then(() => reporting.queueState());
    case 'get-report-log':
      return reporting.reportLog(request.refresh);
  }
}

export async function routeMessage(handlers: Handlers, raw: unknown, sender: Runtime.MessageSender, check: SenderCheck): Promise<unknown> {
  if (sender.id !== check.extensionId) return undefined;
  const fromExtensionPage = check.isExtensionUrl(sender.url);
  const tabId = sender.tab?.id;
  if (!fromExtensionPage) {
    const request = tabId === undefined ? undefined : validContentRequest(raw);
    // The frame's real origin where the browser gives one (about:srcdoc and about:blank frames inherit it).
    const origin = (sender as { origin?: string }).origin ?? sender.url;
    return request && tabId !== undefined ? fromContent(handlers.guard, request, tabId, sender.frameId ?? 0, sender.url, origin) : undefined;
  }
  const request = validPageRequest(raw);
  return request ? fromPage(handlers, request) : undefined;
}
