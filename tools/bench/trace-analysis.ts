/**
 * Reads a Chromium trace (devtools.timeline) for what the extension cost the page's main thread: every
 * script event whose code came from the extension (chrome-extension:// URL) on the page's renderer main
 * thread, merged into intervals so nested calls are not counted twice.
 */

export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly cat?: string;
  readonly args?: { readonly name?: string; readonly data?: { readonly url?: string; readonly scriptName?: string; readonly frame?: string } };
}

export interface ExtensionCost {
  /** Main-thread milliseconds in the extension's code. */
  readonly scriptMs: number;
  /** The longest stretch of extension code without a break, in ms. */
  readonly longestMs: number;
  /** Main-thread milliseconds of all tasks in the trace (for shares). */
  readonly busyMs: number;
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'V8.Execute', 'TimerFire', 'FireIdleCallback', 'v8.callFunction']);

function mainThreads(events: readonly TraceEvent[]): Set<string> {
  return new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
}

function merge(intervals: [number, number][]): [number, number][] {
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([...interval]);
  }
  return merged;
}

export function extensionCost(events: readonly TraceEvent[], extensionOrigin = 'chrome-extension://'): ExtensionCost {
  const threads = mainThreads(events);
  const onMain = events.filter((e) => e.ph === 'X' && threads.has(`${e.pid}:${e.tid}`));
  const url = (e: TraceEvent): string => e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
  const ours = merge(onMain.filter((e) => SCRIPT_EVENTS.has(e.name) && url(e).startsWith(extensionOrigin)).map((e) => [e.ts, e.ts + (e.dur ?? 0)]));
  const tasks = merge(onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').map((e) => [e.ts, e.ts + (e.dur ?? 0)]));
  const total = (list: [number, number][]): number => list.reduce((sum, [a, b]) => sum + (b - a), 0) / 1000;
  return {
    scriptMs: total(ours),
    longestMs: Math.max(0, ...ours.map(([a, b]) => (b - a) / 1000)),
    busyMs: total(tasks),
  };
}
