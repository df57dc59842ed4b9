/**
 * The message shape between the page-world observer and the content script. Both ends accept only this
 * shape, from their own window; the content script validates every count before forwarding it.
 */
export const PAGE_CHANNEL = 'helpdesk-guard:page';

export type PageMessage =
  | { readonly channel: typeof PAGE_CHANNEL; readonly kind: 'counts'; readonly counts: Readonly<Record<string, number>> }
  | { readonly channel: typeof PAGE_CHANNEL; readonly kind: 'defuse' };
