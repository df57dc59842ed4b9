/**
 * The content script's end of the page-world channel: receives the lock-screen counts the page-world
 * observer posts, keeps only well-formed ones, and hands them on at most twice a second; and asks the
 * observer to defuse the page. Anything on the channel may have been forged by the page; that is fine,
 * because these signals can only make the page itself look worse.
 */
import type { BehaviourCounts, BehaviourSignal } from '../core/verdict/behaviour.ts';
import { PAGE_WORLD_CHANNEL, type PageWorldMessage } from '../shared/page-world-channel.ts';
// The background's own check, so that what is forwarded is exactly what it accepts.
import { validBehaviour } from '../shared/validate-message.ts';

const FORWARD_INTERVAL = 500;

/** What the content script can add to the page world's counts from where it stands. */
export interface PageSignals {
  /** Counts `signal` once for this document, alongside the page world's counts. */
  note(signal: BehaviourSignal): void;
}

export function listenForPageSignals(win: Window, signal: AbortSignal, forward: (counts: BehaviourCounts) => void, onShadow: () => void = () => undefined): PageSignals {
  let latest: BehaviourCounts | undefined;
  const local: BehaviourCounts = {};
  let sent = '';
  let timer: number | undefined;
  const flush = (): void => {
    timer = undefined;
    const counts = { ...latest, ...local };
    const key = JSON.stringify(counts);
    if (key === '{}' || key === sent || signal.aborted) return;
    sent = key;
    forward(counts);
  };
  const schedule = (): void => {
    timer ??= win.setTimeout(flush, FORWARD_INTERVAL);
  };
  win.addEventListener(
    'message',
    (event) => {
      const data = event.data as PageWorldMessage | undefined;
      if (event.source !== win || data?.channel !== PAGE_WORLD_CHANNEL) return;
      if (data.kind === 'shadow') onShadow();
      if (data.kind !== 'counts') return;
      const counts = validBehaviour(data.counts);
      if (!counts) return;
      latest = counts;
      schedule();
    },
    { signal },
  );
  signal.addEventListener('abort', () => (timer === undefined ? undefined : win.clearTimeout(timer)), { once: true });
  return {
    note(name) {
      if (local[name]) return;
      local[name] = 1;
      schedule();
    },
  };
}

/**
 * A lock screen hides the mouse pointer so that the page looks like the whole computer is frozen. Asked only
 * of a page that passed the gate: reading a computed style can force the browser to work out the page's
 * styles, which every other page is spared (it used to be checked in the page world on every page).
 */
export function hidesCursor(win: Window): boolean {
  const { documentElement, body } = win.document;
  return [documentElement, body].some((element) => element !== null && win.getComputedStyle(element).cursor === 'none');
}

/** Asks the page-world script to guard the banner host against the page's own DOM methods. */
export function protectBanner(win: Window): void {
  const message: PageWorldMessage = { channel: PAGE_WORLD_CHANNEL, kind: 'protect' };
  win.postMessage(message, win.location.origin === 'null' ? '*' : win.location.origin);
}

/** Asks the page-world observer to disarm the page, and disarms what the content script can reach itself. */
export function defusePage(win: Window): void {
  const message: PageWorldMessage = { channel: PAGE_WORLD_CHANNEL, kind: 'defuse' };
  win.postMessage(message, win.location.origin === 'null' ? '*' : win.location.origin);
  const doc = win.document;
  if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
  if (doc.pointerLockElement) doc.exitPointerLock();
  for (const media of doc.querySelectorAll<HTMLMediaElement>('audio, video')) {
    media.muted = true;
    media.pause();
  }
  // A modal dialog makes everything else on the page inert, the banner's buttons included.
  for (const dialog of doc.querySelectorAll<HTMLDialogElement>('dialog[open]')) dialog.close();
}
