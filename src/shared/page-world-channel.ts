/**
 * The message shape between the page-world observer and the content script. Both ends accept only this
 * shape, from their own window; the content script validates every count before forwarding it.
 */
export const PAGE_WORLD_CHANNEL = 'helpdesk-guard:page';

/**
 * The most a lock-screen count may say: far above any count that matters (a dozen repeats make a loop). The
 * page world stops counting here and the background refuses more, so a page that loops for hours still
 * reports, and a forged huge count is refused.
 */
export const MAX_BEHAVIOUR_COUNT = 1_000_000;

export type PageWorldMessage =
  | { readonly channel: typeof PAGE_WORLD_CHANNEL; readonly kind: 'counts'; readonly counts: Readonly<Record<string, number>> }
  | { readonly channel: typeof PAGE_WORLD_CHANNEL; readonly kind: 'defuse' }
  /** Sent before the banner is first shown: only then does the page world guard the banner host. */
  | { readonly channel: typeof PAGE_WORLD_CHANNEL; readonly kind: 'protect' }
  /** The page attached an open shadow root: its text is not in textContent, so the gate reads it in full. */
  | { readonly channel: typeof PAGE_WORLD_CHANNEL; readonly kind: 'shadow' };
