/**
 * Runs long work in slices so the page never waits on the extension for long: each slice stops after
 * `budgetMs` and the next one starts when the browser is idle (or after a timeout on busy pages). A 1 MB
 * article reads in one slice; a 20 MB text dump reads in many, and the page stays responsive in between.
 */

export const SLICE_BUDGET_MS = 8;

type IdleWindow = Pick<Window, 'setTimeout'> & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
};

export function nextIdle(win: IdleWindow): Promise<void> {
  return new Promise((resolve) => {
    if (win.requestIdleCallback) win.requestIdleCallback(() => resolve(), { timeout: 500 });
    else win.setTimeout(resolve, 0);
  });
}

/** Calls `step` (which returns true when finished) once per slice until it is done or `signal` aborts. */
export async function inSlices(win: IdleWindow, signal: AbortSignal, step: (shouldYield: () => boolean) => boolean, budgetMs = SLICE_BUDGET_MS): Promise<boolean> {
  for (;;) {
    if (signal.aborted) return false;
    const deadline = performance.now() + budgetMs;
    if (step(() => performance.now() > deadline)) return true;
    await nextIdle(win);
  }
}
