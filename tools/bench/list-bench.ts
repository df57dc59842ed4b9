/**
 * Block-list figures for 10k, 100k and 1M entries: compile time and memory in Node, lookup time per number
 * (median and p99, each lookup timed on its own with the nanosecond clock), and load time from IndexedDB in
 * real headless Chromium (a fresh page each run, so nothing is cached in memory), which is what a service
 * worker pays once per wake-up.
 */
import { randomInt } from 'node:crypto';
import { compileList, indexOfKey, isCompiledList } from '../../src/core/blocklist/compiled-list.ts';
import type { BlockList } from '../../src/core/blocklist/list-format.ts';
import type { E164 } from '../../src/core/phone/e164.ts';
import { ChromiumExtension } from '../../harness/chromium.ts';
import { startFixtureServer } from '../../harness/fixture-server.ts';

export interface ListFigures {
  readonly entries: number;
  readonly compileMs: number;
  readonly typedArrayBytes: number;
  readonly heapBytes: number;
  readonly lookupMedianNs: number;
  readonly lookupP99Ns: number;
  readonly loadMedianMs: number;
  readonly loadMaxMs: number;
}

// Plausible E.164 numbers of 11 to 12 digits across a few country codes.
const PREFIXES = ['1844', '1855', '1888', '3120', '3185', '4930', '4420', '3397', '8150'];

function randomNumber(): E164 {
  const prefix = PREFIXES[randomInt(PREFIXES.length)] ?? '1844';
  return `+${prefix}${String(randomInt(10_000_000)).padStart(7, '0')}` as E164;
}

/** `size` distinct numbers (so the list really has `size` entries), spread at random over the prefixes. */
function makeList(size: number): BlockList {
  const numbers = Array.from({ length: size }, (_, i) => {
    // Entry i owns the slot of seven numbers after (i / prefixes) * 7 under its prefix, and takes one at random.
    const prefix = PREFIXES[i % PREFIXES.length] ?? '1844';
    const body = Math.floor(i / PREFIXES.length) * 7 + randomInt(7);
    return `+${prefix}${String(body).padStart(7, '0')}` as E164;
  });
  return {
    format: 'helpdesk-guard-blocklist', formatVersion: 1, version: 1, generated: '2026-11-28T00:00:00Z',
    entries: numbers.map((number) => ({ number, brands: ['microsoft'], source: 'bench' })),
    allow: [], domains: [],
  };
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** JS heap plus ArrayBuffer backing stores: the compiled list lives almost entirely in the latter. */
function memoryUsed(): number {
  // One collection can leave garbage that a later one frees (which made a small list's figure negative);
  // a few in a row settle it.
  for (let i = 0; i < 4; i++) (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

function measureLookups(blocked: Float64Array): { median: number; p99: number } {
  const probes = Array.from({ length: 200_000 }, (_, i) => (i % 2 === 0 ? (blocked[randomInt(blocked.length)] ?? 0) : Number(randomNumber().slice(1))));
  const times = new Float64Array(probes.length);
  let found = 0;
  for (let i = 0; i < probes.length; i++) {
    const start = process.hrtime.bigint();
    if (indexOfKey(blocked, probes[i] ?? 0) >= 0) found++;
    times[i] = Number(process.hrtime.bigint() - start);
  }
  if (found < probes.length / 2) throw new Error('lookup bench: present numbers were not found');
  times.sort();
  return { median: percentile([...times], 0.5), p99: percentile([...times], 0.99) };
}

/** In Chromium: store the compiled arrays in IndexedDB, then time loading them in fresh pages. */
async function measureLoad(sizes: readonly number[]): Promise<Map<number, { median: number; max: number }>> {
  const server = await startFixtureServer();
  const url = server.page('bench.test', '/', '<!doctype html><title>bench</title>');
  const browser = await ChromiumExtension.launch({ proxyPort: server.port });
  const results = new Map<number, { median: number; max: number }>();
  const check = isCompiledList.toString();
  for (const size of sizes) {
    const tab = await browser.openTab(url);
    await tab.page.evaluate(async ({ n }) => {
      const blocked = new Float64Array(n);
      for (let i = 0; i < n; i++) blocked[i] = 10_000_000_000 + i * 37;
      const compiled = { version: 1, generated: 'x', blocked, blockedBrand: new Uint8Array(n), allowed: new Float64Array(0), domains: [] };
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('bench', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('lists');
        open.onsuccess = () => resolve(open.result);
      });
      await new Promise<void>((resolve) => {
        const tx = db.transaction('lists', 'readwrite');
        tx.objectStore('lists').put({ compiled, storedAt: 0 }, 'downloaded');
        tx.oncomplete = () => resolve();
      });
      db.close();
    }, { n: size });
    await tab.close();
    const runs: number[] = [];
    for (let run = 0; run < 7; run++) {
      const fresh = await browser.openTab(url);
      const measured = await fresh.page.evaluate(async ({ checkSource }) => {
        // The extension's own shape check, shipped into the page as source: the load is measured with it.
        // eslint-disable-next-line no-new-func
        const isCompiled = new Function(`return (${checkSource})`)() as (v: unknown) => boolean;
        const start = performance.now();
        const db = await new Promise<IDBDatabase>((resolve) => {
          const open = indexedDB.open('bench', 1);
          open.onsuccess = () => resolve(open.result);
        });
        const record = await new Promise<{ compiled: unknown }>((resolve) => {
          const get = db.transaction('lists').objectStore('lists').get('downloaded');
          get.onsuccess = () => resolve(get.result as { compiled: unknown });
        });
        if (!isCompiled(record.compiled)) throw new Error('not a compiled list');
        const ms = performance.now() - start;
        db.close();
        return ms;
      }, { checkSource: check });
      runs.push(measured);
      await fresh.close();
    }
    runs.sort((a, b) => a - b);
    results.set(size, { median: percentile(runs, 0.5), max: runs[runs.length - 1] ?? 0 });
  }
  await browser.close();
  await server.close();
  return results;
}

export async function benchLists(sizes: readonly number[] = [10_000, 100_000, 1_000_000]): Promise<ListFigures[]> {
  const figures: ListFigures[] = [];
  const load = await measureLoad(sizes);
  for (const size of sizes) {
    const list = makeList(size);
    const heapBefore = memoryUsed();
    const start = performance.now();
    const compiled = compileList(list);
    const compileMs = performance.now() - start;
    const heapBytes = memoryUsed() - heapBefore;
    const lookups = measureLookups(compiled.blocked);
    const browser = load.get(size);
    figures.push({
      entries: compiled.blocked.length,
      compileMs,
      typedArrayBytes: compiled.blocked.byteLength + compiled.blockedBrand.byteLength + compiled.allowed.byteLength,
      heapBytes,
      lookupMedianNs: lookups.median,
      lookupP99Ns: lookups.p99,
      loadMedianMs: browser?.median ?? Number.NaN,
      loadMaxMs: browser?.max ?? Number.NaN,
    });
    void list;
  }
  return figures;
}

export function formatListFigures(figures: readonly ListFigures[]): string {
  const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(2);
  const lines = [
    '| entries | lookup median | lookup p99 | load from IndexedDB (median / max of 7) | typed arrays | memory kept after compile (Node, heap + buffers) | compile (at sync) |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const f of figures) {
    lines.push(
      `| ${f.entries.toLocaleString('en')} | ${(f.lookupMedianNs / 1000).toFixed(3)} µs | ${(f.lookupP99Ns / 1000).toFixed(3)} µs | ${f.loadMedianMs.toFixed(1)} / ${f.loadMaxMs.toFixed(1)} ms | ${mb(f.typedArrayBytes)} MB | ${mb(f.heapBytes)} MB | ${f.compileMs.toFixed(0)} ms |`,
    );
  }
  return lines.join('\n');
}
