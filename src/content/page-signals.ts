/**
 * The content script's end of the page-world channel: receives the lock-screen counts the page-world
 * observer posts, keeps only well-formed ones, and hands them on at most twice a second; and asks the
 * observer to defuse the page. Anything on the channel may have been forged by the page; that is fine,
 * because these signals can only make the page itself look worse.
 */
import { isBehaviourSignal, type BehaviourCounts } from '../core/verdict/behaviour.ts';
import { PAGE_CHANNEL, type PageMessage } from '../shared/page-channel.ts';

const FORWARD_INTERVAL = 500;

export function validCounts(value: unknown): BehaviourCounts | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const counts: BehaviourCounts = {};
  for (const [key, n] of Object.entries(value)) {
    if (!isBehaviourSignal(key)) continue;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return undefined;
    counts[key] = Math.min(n, 1_000_000);
  }
  return counts;
}

export function listenForPageSignals(win: Window, signal: AbortSignal, forward: (counts: BehaviourCounts) => void, onShadow: () => void = () => undefined): void {
  let latest: BehaviourCounts | undefined;
  let sent = '';
  let timer: number | undefined;
  const flush = (): void => {
    timer = undefined;
    const key = JSON.stringify(latest);
    if (!latest || key === sent || signal.aborted) return;
    sent = key;
    forward(latest);
  };
  win.addEventListener(
    'message',
    (event) => {
      const data = event.data as PageMessage | undefined;
      if (event.source !== win || data?.channel !== PAGE_CHANNEL) return;
      if (data.kind === 'shadow') onShadow();
      if (data.kind !== 'counts') return;
      const counts = validCounts(data.counts);
      if (!counts) return;
      latest = counts;
      timer ??= win.setTimeout(flush, FORWARD_INTERVAL);
    },
    { signal },
  );
  signal.addEventListener('abort', () => (timer === undefined ? undefined : win.clearTimeout(timer)), { once: true });
}

/** Asks the page-world script to guard the banner host against the page's own DOM methods. */
export function protectBanner(win: Window): void {
  const message: PageMessage = { channel: PAGE_CHANNEL, kind: 'protect' };
  win.postMessage(message, win.location.origin === 'null' ? '*' : win.location.origin);
}

/** Asks the page-world observer to disarm the page, and disarms what the content script can reach itself. */
export function defusePage(win: Window): void {
  const message: PageMessage = { channel: PAGE_CHANNEL, kind: 'defuse' };
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
