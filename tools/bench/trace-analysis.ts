/**
 * Reads a Chromium trace (devtools.timeline plus the V8 sampling profiler) for what the extension cost the
 * page's main thread: every script event whose code came from the extension (chrome-extension:// URL) on the
 * page's renderer main thread, plus every profiler sample whose stack holds extension code. The samples catch
 * what the events miss: an async function resumed after an `await` runs as a microtask, which the trace
 * attributes to no script at all. Both are merged into intervals so nothing is counted twice.
 */

export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly cat?: string;
  readonly id?: string;
  readonly args?: {
    readonly name?: string;
    readonly data?: {
      readonly url?: string;
      readonly scriptName?: string;
      readonly frame?: string;
      readonly startTime?: number;
      readonly cpuProfile?: { readonly nodes?: readonly ProfileNode[]; readonly samples?: readonly number[] };
      readonly timeDeltas?: readonly number[];
    };
  };
}

interface ProfileNode {
  readonly id: number;
  readonly parent?: number;
  readonly callFrame: { readonly url?: string; readonly functionName?: string };
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

/** [start, end] of each profiler sample on the main threads whose stack holds code from `origin`. */
function sampledIntervals(events: readonly TraceEvent[], threads: Set<string>, origin: string): [number, number][] {
  const profiles = new Map<string, { thread: string; start: number; nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }>();
  for (const e of events) {
    const key = `${e.pid}:${e.id ?? ''}`;
    if (e.name === 'Profile') {
      profiles.set(key, { thread: `${e.pid}:${e.tid}`, start: e.args?.data?.startTime ?? e.ts, nodes: new Map(), samples: [], deltas: [] });
    } else if (e.name === 'ProfileChunk') {
      const profile = profiles.get(key);
      if (!profile) continue;
      for (const node of e.args?.data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      profile.samples.push(...(e.args?.data?.cpuProfile?.samples ?? []));
      profile.deltas.push(...(e.args?.data?.timeDeltas ?? []));
    }
  }
  const out: [number, number][] = [];
  for (const profile of profiles.values()) {
    if (!threads.has(profile.thread)) continue;
    const known = new Map<number, boolean>();
    const holdsOurs = (id: number | undefined): boolean => {
      if (id === undefined) return false;
      const cached = known.get(id);
      if (cached !== undefined) return cached;
      const node = profile.nodes.get(id);
      const result = node !== undefined && ((node.callFrame.url ?? '').startsWith(origin) || holdsOurs(node.parent));
      known.set(id, result);
      return result;
    };
    let time = profile.start;
    for (let i = 0; i < profile.samples.length; i++) {
      time += profile.deltas[i] ?? 0;
      // A sample stands for the time until the next one.
      const next = profile.deltas[i + 1] ?? 0;
      if (holdsOurs(profile.samples[i])) out.push([time, time + next]);
    }
  }
  return out;
}

export function extensionCost(events: readonly TraceEvent[], extensionOrigin = 'chrome-extension://'): ExtensionCost {
  const threads = mainThreads(events);
  const onMain = events.filter((e) => e.ph === 'X' && threads.has(`${e.pid}:${e.tid}`));
  const url = (e: TraceEvent): string => e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
  const scriptEvents = onMain.filter((e) => SCRIPT_EVENTS.has(e.name) && url(e).startsWith(extensionOrigin)).map((e): [number, number] => [e.ts, e.ts + (e.dur ?? 0)]);
  const ours = merge([...scriptEvents, ...sampledIntervals(events, threads, extensionOrigin)]);
  const tasks = merge(onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').map((e) => [e.ts, e.ts + (e.dur ?? 0)]));
  const total = (list: [number, number][]): number => list.reduce((sum, [a, b]) => sum + (b - a), 0) / 1000;
  return {
    scriptMs: total(ours),
    longestMs: Math.max(0, ...ours.map(([a, b]) => (b - a) / 1000)),
    busyMs: total(tasks),
  };
}
