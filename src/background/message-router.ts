/**
 * Every message into the background passes here: it is validated, its sender is checked, and only then is it
 * handed to the Guard. A content script speaks for a web page: it may hand in evidence for its own tab and
 * ask for the banner's buttons to be carried out, nothing else. Requests that act for the user (settings,
 * lists, reports) are accepted only from the extension's own pages.
 */
import type { Runtime } from 'webextension-polyfill';
import { validContentRequest, validPageRequest } from '../shared/validate-message.ts';
import type { Guard } from './guard.ts';

export interface SenderCheck {
  readonly extensionId: string;
  readonly isExtensionUrl: (url: string | undefined) => boolean;
}

export async function routeMessage(guard: Guard, raw: unknown, sender: Runtime.MessageSender, check: SenderCheck): Promise<unknown> {
  if (sender.id !== check.extensionId) return undefined;
  const fromExtensionPage = check.isExtensionUrl(sender.url);
  const tabId = sender.tab?.id;
  if (!fromExtensionPage && tabId !== undefined) {
    const request = validContentRequest(raw);
    if (!request) return undefined;
    const frameId = sender.frameId ?? 0;
    switch (request.type) {
      case 'scan':
        return guard.handleScan(tabId, frameId, request.sample);
      case 'behaviour':
        return guard.handleBehaviour(tabId, frameId, request.counts);
      case 'banner-action':
        await guard.handleBannerAction(tabId, request.action);
        return { ok: true };
    }
  }
  if (!fromExtensionPage) return undefined;
  const request = validPageRequest(raw);
  if (!request) return undefined;
  switch (request.type) {
    case 'get-tab-state':
      return guard.tabView(request.tabId);
  }
}
