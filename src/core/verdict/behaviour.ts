/**
 * Lock-screen behaviour observed in the page's own world (src/page-world). Counts, not booleans, so a single
 * `alert` is not a dialog loop. A page can fake these signals, but only to raise its own risk: they never
 * lower a score (see scoreEvidence).
 */

export const BEHAVIOUR_SIGNALS = [
  'fullscreenWithoutGesture', 'fullscreen', 'keyboardLock', 'pointerLock', 'dialog', 'beforeunload', 'historyPush',
  'windowOpen', 'print', 'autoplayAudio', 'speech', 'hiddenCursor',
] as const;

export type BehaviourSignal = (typeof BEHAVIOUR_SIGNALS)[number];
export type BehaviourCounts = Partial<Record<BehaviourSignal, number>>;

export function isBehaviourSignal(value: unknown): value is BehaviourSignal {
  return typeof value === 'string' && (BEHAVIOUR_SIGNALS as readonly string[]).includes(value);
}

/** The patterns that matter, derived from counts: what a lock-screen page does, not what any page might. */
export interface BehaviourFindings {
  readonly fullscreenAbuse: boolean;
  readonly inputLock: boolean;
  readonly dialogLoop: boolean;
  readonly unloadTrap: boolean;
  readonly historyTrap: boolean;
  readonly popupLoop: boolean;
  readonly noisy: boolean;
  readonly hiddenCursor: boolean;
}

/**
 * How often an act that ordinary pages also do must repeat before it counts: a video or slide show asks for
 * fullscreen once, a form may confirm once, a single-page app pushes a few history entries while the user
 * clicks. Lock-screen kits do it in a loop (every click, every escape), so they pass these counts within
 * seconds; the acts no ordinary page does unasked (fullscreen without a gesture, keyboard lock) count at once.
 */
const REPEATS_THAT_COUNT = { fullscreen: 3, dialog: 3, historyPush: 10, windowOpen: 3, print: 2 } as const;

export function judgeBehaviour(counts: BehaviourCounts): BehaviourFindings {
  const n = (signal: BehaviourSignal): number => counts[signal] ?? 0;
  const repeated = (signal: keyof typeof REPEATS_THAT_COUNT): boolean => n(signal) >= REPEATS_THAT_COUNT[signal];
  return {
    fullscreenAbuse: n('fullscreenWithoutGesture') > 0 || repeated('fullscreen'),
    inputLock: n('keyboardLock') > 0 || n('pointerLock') > 0,
    dialogLoop: repeated('dialog'),
    unloadTrap: n('beforeunload') > 0,
    historyTrap: repeated('historyPush'),
    popupLoop: repeated('windowOpen') || repeated('print'),
    noisy: n('autoplayAudio') > 0 || n('speech') > 0,
    hiddenCursor: n('hiddenCursor') > 0,
  };
}
