/**
 * Reads a profile from Firefox's own profiler (started with MOZ_PROFILER_STARTUP, written at shutdown to
 * MOZ_PROFILER_SHUTDOWN) for what an extension cost the pages it ran in: the samples of web-content main
 * threads whose stack holds the extension's code (its moz-extension:// address) or Firefox's extension
 * machinery running for it in that process (injecting content scripts, carrying messages: the
 * resource://gre/modules/Extension* modules and chrome://extensions/ scripts), inside given time windows (one
 * per page load). The same rule as the Chromium side (trace-analysis.ts): a sample stands for the time until
 * the next one, and native work the extension's code calls is on its stack, so it counts.
 *
 * The raw format: a profile has `meta.startTime` (ms since the epoch), `threads`, and child `processes` of the
 * same shape; a thread has `samples`, `stackTable`, `frameTable` (each `{ schema, data }`) and `stringTable`.
 */

interface Table {
  readonly schema: Readonly<Record<string, number>>;
  readonly data: readonly (readonly unknown[])[];
}

interface GeckoMeta {
  readonly startTime: number;
  readonly interval?: number;
  /** Frame categories by index; a sample whose nearest categorised frame is "Idle" is the thread waiting. */
  readonly categories?: readonly { readonly name: string }[];
}

interface GeckoThread {
  readonly name?: string;
  readonly processType?: string;
  readonly processName?: string;
  readonly samples: Table;
  readonly stackTable: Table;
  readonly frameTable: Table;
  readonly stringTable: readonly string[];
}

export interface GeckoProfile {
  readonly meta: GeckoMeta;
  readonly threads: readonly GeckoThread[];
  readonly processes?: readonly GeckoProfile[];
}

export interface LoadWindow {
  /** ms since the epoch, on the same clock as the profile's meta.startTime. */
  readonly start: number;
  readonly end: number;
}

export interface LoadCost {
  /** The extension's code and the machinery serving it. */
  readonly scriptMs: number;
  /** Of that, samples whose stack holds the extension's own code. */
  readonly ownMs: number;
  readonly longestMs: number;
  /** Everything not idle on the main threads the extension ran on during the load: the base of a share. */
  readonly busyMs: number;
}

/** Frames of Firefox's extension machinery: "inject (resource://gre/modules/ExtensionChild.sys.mjs:836:9)". */
const MACHINERY = ['resource://gre/modules/Extension', 'chrome://extensions/'];

/** One thread's tables read through their schemas: a sample's time, stack and length, a stack's caller and frame. */
interface ThreadReader {
  readonly sampleCount: number;
  /** ms since the epoch. */
  timeAt(sample: number): number;
  /** How long the sample stands for: until the next one, capped where the thread was not sampled (asleep). */
  stepAt(sample: number): number;
  stackAt(sample: number): number | null;
  callerOf(stack: number): number | null;
  locationOf(stack: number): string;
  /** The category of the stack's own frame, where the row has one. */
  categoryOf(stack: number): number | null | undefined;
}

function readThread(thread: GeckoThread, startTime: number, interval: number | undefined): ThreadReader {
  const { samples, stackTable, frameTable, stringTable } = thread;
  const sampleStack = samples.schema.stack ?? 0;
  const sampleTime = samples.schema.time ?? 1;
  const stackPrefix = stackTable.schema.prefix ?? 0;
  const stackFrame = stackTable.schema.frame ?? 1;
  const frameLocation = frameTable.schema.location ?? 0;
  const frameCategory = frameTable.schema.category;
  // A gap far beyond the sampling interval is a thread that was not sampled (asleep), not a long sample.
  const maxStep = 5 * (interval ?? 1);
  const time = (i: number): number => samples.data[i]?.[sampleTime] as number;
  const frameOf = (stack: number): number | undefined => stackTable.data[stack]?.[stackFrame] as number | undefined;
  return {
    sampleCount: samples.data.length,
    timeAt: (i) => startTime + time(i),
    stepAt: (i) => Math.min(maxStep, time(i + 1) - time(i)),
    stackAt: (i) => (samples.data[i]?.[sampleStack] as number | null | undefined) ?? null,
    callerOf: (stack) => (stackTable.data[stack]?.[stackPrefix] as number | null | undefined) ?? null,
    locationOf: (stack) => {
      const frame = frameOf(stack);
      return frame === undefined ? '' : (stringTable[frameTable.data[frame]?.[frameLocation] as number] ?? '');
    },
    categoryOf: (stack) => {
      const frame = frameOf(stack);
      return frameCategory === undefined || frame === undefined ? undefined : (frameTable.data[frame]?.[frameCategory] as number | null | undefined);
    },
  };
}

/**
 * Web-content main threads, the processes that show pages (not the parent or the WebExtensions process),
 * each with the index of its "Idle" category.
 */
function contentMainThreads(profile: GeckoProfile): { reader: ThreadReader; idle: number }[] {
  const out: { reader: ThreadReader; idle: number }[] = [];
  const visit = (p: GeckoProfile): void => {
    const idle = (p.meta.categories ?? profile.meta.categories ?? []).findIndex((c) => c.name === 'Idle');
    for (const thread of p.threads) {
      if (thread.name === 'GeckoMain' && thread.processType === 'tab' && thread.processName !== 'WebExtensions') {
        out.push({ reader: readThread(thread, p.meta.startTime, profile.meta.interval), idle });
      }
    }
    for (const child of p.processes ?? []) visit(child);
  };
  visit(profile);
  return out;
}

/** Per window: the main-thread time whose stack holds `extensionBase` or the extension machinery. */
export function geckoExtensionCost(profile: GeckoProfile, extensionBase: string, windows: readonly LoadWindow[]): LoadCost[] {
  const intervals: [number, number][][] = windows.map(() => []);
  const own = windows.map(() => 0);
  const busy = windows.map(() => 0);
  for (const { reader, idle } of contentMainThreads(profile)) {
    // Per stack: 2 = holds the extension's own code, 1 = only the machinery serving it, 0 = neither.
    const known = new Map<number, number>();
    const kindOf = (stack: number | null): number => {
      if (stack === null) return 0;
      const cached = known.get(stack);
      if (cached !== undefined) return cached;
      const location = reader.locationOf(stack);
      const here = location.includes(extensionBase) ? 2 : MACHINERY.some((m) => location.includes(m)) ? 1 : 0;
      const result = here === 2 ? 2 : Math.max(here, kindOf(reader.callerOf(stack)));
      known.set(stack, result);
      return result;
    };
    // Rows leave out trailing empty cells, so a frame's category may be missing: then its caller's counts.
    const idleStacks = new Map<number, boolean>();
    const isIdle = (stack: number | null): boolean => {
      if (stack === null) return true;
      const cached = idleStacks.get(stack);
      if (cached !== undefined) return cached;
      let result = false;
      for (let s: number | null = stack; s !== null; s = reader.callerOf(s)) {
        const category = reader.categoryOf(s);
        if (category === null || category === undefined) continue;
        result = category === idle;
        break;
      }
      idleStacks.set(stack, result);
      return result;
    };
    const threadBusy = windows.map(() => 0);
    const threadOurs = windows.map(() => false);
    for (let i = 0; i + 1 < reader.sampleCount; i++) {
      const at = reader.timeAt(i);
      const index = windows.findIndex((w) => at >= w.start && at <= w.end);
      if (index < 0) continue;
      const step = reader.stepAt(i);
      const stack = reader.stackAt(i);
      if (!isIdle(stack)) threadBusy[index] = (threadBusy[index] ?? 0) + step;
      const kind = kindOf(stack);
      if (kind === 0) continue;
      threadOurs[index] = true;
      intervals[index]?.push([at, at + step]);
      if (kind === 2) own[index] = (own[index] ?? 0) + step;
    }
    // Only the threads the extension ran on: other tabs' processes are not the page's.
    threadBusy.forEach((ms, index) => {
      if (threadOurs[index]) busy[index] = (busy[index] ?? 0) + ms;
    });
  }
  return intervals.map((list, index) => {
    list.sort((a, b) => a[0] - b[0]);
    let total = 0;
    let longest = 0;
    let current: [number, number] | undefined;
    for (const [a, b] of list) {
      if (current && a <= current[1] + 1e-6) {
        current[1] = Math.max(current[1], b);
      } else {
        if (current) longest = Math.max(longest, current[1] - current[0]);
        current = [a, b];
      }
      total += b - a;
    }
    if (current) longest = Math.max(longest, current[1] - current[0]);
    return { scriptMs: total, ownMs: own[index] ?? 0, longestMs: longest, busyMs: busy[index] ?? 0 };
  });
}

/**
 * Where the extension's own time went, function by function (for tools/bench/profile-page.ts): over the
 * samples inside the windows whose stack holds the extension's code, the time of each of its functions on
 * the stack (inclusive, once per sample) and, where the sample's leaf is not the extension's code, of that
 * leaf as "browser: …" (the native work it called: a query, a regular expression, a property read).
 * Functions are named as the profiler names them, "flush (src/content/index.js:1408:17)", without the
 * extension's address.
 */
export function geckoFunctionTimes(profile: GeckoProfile, extensionBase: string, windows: readonly LoadWindow[]): Map<string, number> {
  const times = new Map<string, number>();
  const add = (key: string, ms: number): void => {
    times.set(key, (times.get(key) ?? 0) + ms);
  };
  for (const { reader } of contentMainThreads(profile)) {
    for (let i = 0; i + 1 < reader.sampleCount; i++) {
      const at = reader.timeAt(i);
      if (!windows.some((w) => at >= w.start && at <= w.end)) continue;
      const leaf = reader.stackAt(i);
      const ours = new Set<string>();
      for (let s = leaf; s !== null; s = reader.callerOf(s)) {
        const location = reader.locationOf(s);
        if (location.includes(extensionBase)) ours.add(location.replace(extensionBase, '').replace(/\[\d+\]$/, ''));
      }
      if (ours.size === 0 || leaf === null) continue;
      const step = reader.stepAt(i);
      for (const name of ours) add(name, step);
      const leafLocation = reader.locationOf(leaf);
      if (!leafLocation.includes(extensionBase)) add(`  browser: ${leafLocation.replace(/\[\d+\]$/, '')}`.slice(0, 100), step);
    }
  }
  return times;
}
