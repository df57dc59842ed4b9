/**
 * The two extension APIs the content script uses, without webextension-polyfill. The polyfill builds a
 * wrapper over the whole chrome.* API when it is evaluated, and the content script is evaluated in every
 * frame of every page: that cost was most of what a page without phone numbers paid (docs/performance.md).
 * Both browsers' MV3 runtime.sendMessage return promises; replies to pushes use sendResponse, which both
 * support.
 */
import type { BackgroundPush } from '../shared/messages.ts';
import { validPush } from '../shared/validate-message.ts';

interface MessageSenderLike {
  readonly id?: string;
}

type Listener = (message: unknown, sender: MessageSenderLike, sendResponse: (response: unknown) => void) => boolean | undefined;

interface RuntimeLike {
  readonly id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  readonly onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

function runtime(): RuntimeLike | undefined {
  const scope = globalThis as { browser?: { runtime?: RuntimeLike }; chrome?: { runtime?: RuntimeLike } };
  return scope.browser?.runtime ?? scope.chrome?.runtime;
}

/** The extension's id, or undefined once the extension has been updated or removed (orphaned script). */
export function extensionId(): string | undefined {
  try {
    return runtime()?.id;
  } catch {
    return undefined;
  }
}

export function sendMessage(message: unknown): Promise<unknown> {
  const api = runtime();
  if (!api) return Promise.reject(new Error('no extension runtime'));
  return api.sendMessage(message);
}

/**
 * Listens for the background's pushes (messages.ts). `handle` returns a reply (sent back) or undefined (no
 * reply); the returned function removes the listener. Only a push of a known shape reaches `handle`: the
 * compiler's checks end at the message port, so a malformed push is dropped here rather than half-handled
 * in the banner code.
 */
export function onPush(handle: (push: BackgroundPush) => unknown): () => void {
  const api = runtime();
  if (!api) return () => undefined;
  const listener: Listener = (message, sender, sendResponse) => {
    if (sender.id !== undefined && sender.id !== api.id) return undefined;
    const push = validPush(message);
    const reply = push && handle(push);
    if (reply === undefined) return undefined;
    sendResponse(reply);
    return undefined;
  };
  api.onMessage.addListener(listener);
  return () => api.onMessage.removeListener(listener);
}
