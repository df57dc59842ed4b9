/**
 * Lock-screen behaviour observed in the page's own world (src/page). Counts, not booleans, so a single
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

export function judgeBehaviour(counts: BehaviourCounts): BehaviourFindings {
  const n = (signal: BehaviourSignal): number => counts[signal] ?? 0;
  return {
    fullscreenAbuse: n('fullscreenWithoutGesture') > 0 || n('fullscreen') >= 3,
    inputLock: n('keyboardLock') > 0 || n('pointerLock') > 0,
    dialogLoop: n('dialog') >= 3,
    unloadTrap: n('beforeunload') > 0,
    historyTrap: n('historyPush') >= 10,
    popupLoop: n('windowOpen') >= 3 || n('print') >= 2,
    noisy: n('autoplayAudio') > 0 || n('speech') > 0,
    hiddenCursor: n('hiddenCursor') > 0,
  };
}
