/**
 * The message shape between the page-world observer and the content script. Both ends accept only this
 * shape, from their own window; the content script validates every count before forwarding it.
 */
export const PAGE_CHANNEL = 'helpdesk-guard:page';

export type PageMessage =
  | { readonly channel: typeof PAGE_CHANNEL; readonly kind: 'counts'; readonly counts: Readonly<Record<string, number>> }
  | { readonly channel: typeof PAGE_CHANNEL; readonly kind: 'defuse' }
  /** Sent before the banner is first shown: only then does the page world guard the banner host. */
  | { readonly channel: typeof PAGE_CHANNEL; readonly kind: 'protect' }
  /** The page attached an open shadow root: its text is not in textContent, so the gate reads it in full. */
  | { readonly channel: typeof PAGE_CHANNEL; readonly kind: 'shadow' };
