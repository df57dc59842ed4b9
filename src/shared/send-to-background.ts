/**
 * How the extension's own pages (popup, options, leave page) ask the background for something. The request
 * must be one of `ExtensionPageRequests` (messages.ts), and the reply's type is read from the same map by the
 * request's `type`, so a caller can neither send a shape the background would refuse nor pick the reply
 * type it hopes for. The `& { type: K }` is only there to let the compiler infer the name from the literal;
 * the background still validates every message (validate-message.ts), since the compiler's word ends at the
 * message port.
 */
import type { ExtensionPageReply, ExtensionPageRequest, ExtensionPageRequests } from './messages.ts';
import { browser } from './platform.ts';

export async function send<K extends keyof ExtensionPageRequests>(request: ExtensionPageRequest<K> & { readonly type: K }): Promise<ExtensionPageReply<K>> {
  return (await browser.runtime.sendMessage(request)) as ExtensionPageReply<K>;
}
