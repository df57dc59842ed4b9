/**
 * Runs in the page's own world at document_start, before the page's scripts, in every frame. It only
 * watches what lock-screen scam pages do to trap people (fullscreen without a click, keyboard and pointer
 * lock, dialog loops, beforeunload traps, history floods, window.open and print loops, sound and speech)
 * and counts it; the content script forwards the counts as evidence (and adds a hidden cursor, which it
 * checks itself, only on pages that pass its gate). It stays small and self-contained: no imports, nothing
 * exposed to the page.
 *
 * A page can forge these counts (it shares this world), but only to raise its own risk: the background
 * files them under the sending tab and frame and never lets them lower a score.
 *
 * When the extension judges the page a scam, the content script asks for it to be defused: leave fullscreen,
 * release the locks, stop dialogs, print and pop-ups, drop beforeunload traps, silence the media.
 */
import { MAX_BEHAVIOUR_COUNT, PAGE_WORLD_CHANNEL, type PageWorldMessage } from '../shared/page-world-channel.ts';
import { protectBanner } from './protect-banner.ts';

(() => {
  const counts: Record<string, number> = {};
  let defused = false;
  let timer = 0;
  const w = window;
  const post = w.postMessage.bind(w);
  const origin = location.origin === 'null' ? '*' : location.origin;

  const flush = (): void => {
    timer = 0;
    const message: PageWorldMessage = { channel: PAGE_WORLD_CHANNEL, kind: 'counts', counts: { ...counts } };
    post(message, origin);
  };
  const count = (signal: string): void => {
    // The background refuses counts above a million (shared/validate-message.ts), and the content script
    // forwards only what it would accept: a page that loops for hours must not fall silent.
    counts[signal] = Math.min((counts[signal] ?? 0) + 1, MAX_BEHAVIOUR_COUNT);
    if (!timer) timer = w.setTimeout(flush, 250);
  };
  const active = (): boolean => (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation?.isActive ?? true;

  // A page that prints a wrapped method (alert.toString()) would read this script's source and know an
  // extension watches it. Every wrapper, and toString itself, prints as the function it stands for.
  const nativeToString = Function.prototype.toString;
  const standsFor = new WeakMap<object, object>();
  const maskedToString = {
    toString(this: unknown): string {
      return nativeToString.call((typeof this === 'function' && standsFor.get(this)) || this);
    },
  }.toString;
  const disguise = (replacement: object, original: object): void => {
    standsFor.set(replacement, original);
    const { name, length } = original as { name: string; length: number };
    if ((replacement as { name: string }).name !== name) Object.defineProperty(replacement, 'name', { value: name });
    if ((replacement as { length: number }).length !== length) Object.defineProperty(replacement, 'length', { value: length });
  };
  disguise(maskedToString, nativeToString);
  Object.defineProperty(Function.prototype, 'toString', { value: maskedToString, configurable: true, writable: true });

  // Replaces a method with a counting (and, once defused, refusing) version that keeps its name and length.
  // `before` returns true to refuse the call (after defusing).
  const wrap = <T extends object, K extends keyof T>(target: T | undefined, key: K, before: (this: unknown, ...args: unknown[]) => boolean): void => {
    const original = target?.[key];
    if (!target || typeof original !== 'function') return;
    // A method, not a function expression: like the built-in it stands for it has no `prototype` and cannot
    // be called with `new`, and it already carries the right name.
    const replacement = {
      [key](this: unknown, ...args: unknown[]): unknown {
        if (before.apply(this, args)) return undefined;
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      },
    }[key] as (...args: unknown[]) => unknown;
    disguise(replacement, original);
    try {
      Object.defineProperty(target, key, { value: replacement, configurable: true, writable: true });
    } catch {
      // A frozen prototype: nothing to observe here.
    }
  };

  // Registered before any of the page's own listeners, and before addEventListener is wrapped (it must not
  // count itself).
  // Once defused, it stops them all from running.
  w.addEventListener('beforeunload', (event) => {
    if (defused) event.stopImmediatePropagation();
  });

  /** Counts `signal`; refuses the call once the page has been defused. */
  const observe = (signal: string) => (): boolean => {
    if (defused) return true;
    count(signal);
    return false;
  };
  const wholePage = (el: unknown): boolean => el === document.documentElement || el === document.body;
  for (const name of ['requestFullscreen', 'webkitRequestFullscreen', 'mozRequestFullScreen'] as const) {
    wrap(Element.prototype as unknown as Record<string, unknown>, name, function (this: unknown) {
      if (defused) return true;
      if (wholePage(this)) count('fullscreen');
      if (!active()) count('fullscreenWithoutGesture');
      return false;
    });
  }
  wrap(Element.prototype, 'requestPointerLock', observe('pointerLock'));
  // Prototypes, not navigator.keyboard or window.speechSynthesis: reading those getters creates the objects
  // behind them, which cost every page a fraction of a millisecond for nothing.
  const scope = w as unknown as { Keyboard?: { prototype: Record<string, unknown> }; SpeechSynthesis?: { prototype: Record<string, unknown> } };
  wrap(scope.Keyboard?.prototype, 'lock', observe('keyboardLock'));
  for (const name of ['alert', 'confirm', 'prompt'] as const) wrap(w, name, observe('dialog'));
  wrap(w, 'print', observe('print'));
  wrap(w, 'open', observe('windowOpen'));
  // Single-page apps push history entries too, one per navigation; a trap pushes them in bursts.
  let pushes: number[] = [];
  wrap(History.prototype, 'pushState', () => {
    const now = Date.now();
    pushes = [...pushes.filter((t) => now - t < 1000), now];
    if (pushes.length >= 3) count('historyPush');
    return false;
  });
  wrap(HTMLMediaElement.prototype, 'play', function (this: unknown) {
    if (defused) return true;
    if (!active() || (this as HTMLMediaElement).loop) count('autoplayAudio');
    return false;
  });
  wrap(scope.SpeechSynthesis?.prototype, 'speak', observe('speech'));
  // Shadow roots, open or closed, hold text that textContent and innerText do not: the content script reads
  // such pages with its walker (closed roots through the extension API). A root attached while the page
  // loads comes before the content script listens (it starts at document_idle), so the notice is repeated
  // once the page has loaded.
  let toldShadow = false;
  const tellShadow = (): void => {
    const message: PageWorldMessage = { channel: PAGE_WORLD_CHANNEL, kind: 'shadow' };
    post(message, origin);
  };
  wrap(Element.prototype, 'attachShadow', () => {
    if (!toldShadow) {
      toldShadow = true;
      tellShadow();
      // The content script starts at document_idle, which a busy browser can put well after load.
      w.addEventListener('load', () => [250, 1000, 3000].forEach((ms) => w.setTimeout(tellShadow, ms)), { once: true });
    }
    return false;
  });
  // On the window object only, not EventTarget.prototype: every other addEventListener call on the page
  // keeps the browser's own fast path.
  wrap(w as unknown as Record<string, unknown>, 'addEventListener', function (this: unknown, type: unknown) {
    if (type !== 'beforeunload') return false;
    if (defused) return true;
    count('beforeunload');
    return false;
  });
  const unloadSetter = Object.getOwnPropertyDescriptor(w, 'onbeforeunload') ?? Object.getOwnPropertyDescriptor(Window.prototype, 'onbeforeunload');
  if (unloadSetter?.set && unloadSetter.configurable) {
    // Accessors of an object literal, like the built-in ones: named "get onbeforeunload", no `prototype`.
    const accessors = Object.getOwnPropertyDescriptor(
      {
        get onbeforeunload(): unknown {
          return unloadSetter.get?.call(w);
        },
        set onbeforeunload(value: unknown) {
          if (defused) return;
          if (typeof value === 'function') count('beforeunload');
          unloadSetter.set?.call(w, value);
        },
      },
      'onbeforeunload',
    );
    const get = accessors?.get;
    const set = accessors?.set;
    if (get && set) {
      if (unloadSetter.get) disguise(get, unloadSetter.get);
      disguise(set, unloadSetter.set);
      Object.defineProperty(w, 'onbeforeunload', { configurable: true, enumerable: unloadSetter.enumerable ?? true, get, set });
    }
  }

  const defuse = (): void => {
    if (defused) return;
    defused = true;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    (navigator as Navigator & { keyboard?: { unlock?: () => void } }).keyboard?.unlock?.();
    if (document.pointerLockElement) document.exitPointerLock();
    unloadSetter?.set?.call(w, null);
    for (const media of document.querySelectorAll('audio, video')) {
      (media as HTMLMediaElement).muted = true;
      (media as HTMLMediaElement).pause();
    }
    w.speechSynthesis?.cancel();
  };
  // Only the content script's request counts, and it can only make the page safer; a page that sends it
  // itself disarms itself.
  let protecting = false;
  w.addEventListener('message', (event) => {
    const data = event.data as PageWorldMessage | undefined;
    if (event.source !== w || data?.channel !== PAGE_WORLD_CHANNEL) return;
    if (data.kind === 'defuse') defuse();
    // Patching DOM removal costs every later DOM call a little, so only pages that get a banner pay it.
    if (data.kind === 'protect' && !protecting) {
      protecting = true;
      protectBanner(wrap);
    }
  });
})();
