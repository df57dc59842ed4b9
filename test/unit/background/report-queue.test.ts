/**
 * The report queue under random weather: reports queued, the server going up and down, storage failing
 * (quota), the service worker restarting, time passing. Whatever happens, a report whose queueing succeeded
 * is delivered once the server is back, exactly as queued; while storage works, never twice; and nothing the
 * queue does on a wake-up throws.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ReportQueue, type QueuedReport } from '../../../src/background/reports/report-queue.ts';
import { REPORT_QUEUE_SCHEMA } from '../../../src/shared/storage/report-records.ts';
import { STORAGE } from '../../../src/shared/storage/storage-keys.ts';
import { retryAfterMs } from '../../../src/background/reports/send-attempt.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

type Command =
  | { readonly op: 'enqueue'; readonly id: number }
  | { readonly op: 'process'; readonly force: boolean }
  | { readonly op: 'server'; readonly up: boolean }
  | { readonly op: 'storage'; readonly failing: boolean }
  | { readonly op: 'restart' }
  | { readonly op: 'browser-restart' }
  | { readonly op: 'advance'; readonly ms: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ op: fc.constant('enqueue' as const), id: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ op: fc.constant('process' as const), force: fc.boolean() }),
  fc.record({ op: fc.constant('server' as const), up: fc.boolean() }),
  fc.record({ op: fc.constant('storage' as const), failing: fc.boolean() }),
  fc.constant({ op: 'restart' as const }),
  fc.constant({ op: 'browser-restart' as const }),
  fc.record({ op: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 8 * 3600_000 }) }),
);

class World {
  readonly storage = new MemoryStorage();
  readonly delivered: { id: string; body: string }[] = [];
  serverUp = true;
  now = 1_000_000;
  storageEverFailed = false;
  sessionStart = 0;
  queue = this.makeQueue();

  makeQueue(): ReportQueue {
    return new ReportQueue({
      area: this.storage,
      now: () => this.now,
      random: () => 0.5,
      wakeAt: async () => undefined,
      sessionStart: async () => this.sessionStart,
      // Storage fails on purpose here; the logging of it is tested below.
      log: { warn: () => undefined },
      fetch: (async (_url: string, init: RequestInit) => {
        if (!this.serverUp) throw new TypeError('Failed to fetch');
        const body = String(init.body);
        this.delivered.push({ id: (JSON.parse(body) as { id: string }).id, body });
        return new Response('', { status: 202 });
      }) as typeof fetch,
    });
  }
}

const bodyOf = (id: string): string => JSON.stringify({ id, kind: 'fake-helpdesk', comment: `report ${id}` });

async function run(commands: readonly Command[]): Promise<{ world: World; stored: Set<string> }> {
  const world = new World();
  const stored = new Set<string>();
  for (const c of commands) {
    switch (c.op) {
      case 'enqueue': {
        const id = `r${c.id}`;
        // Rejects only when the report could not be stored; then it is not the queue's to lose.
        const ok = await world.queue.enqueue(id, 'https://reports.example/in', bodyOf(id)).then(() => true, () => false);
        if (ok) stored.add(id);
        break;
      }
      case 'process':
        await world.queue.process(c.force);
        break;
      case 'server':
        world.serverUp = c.up;
        break;
      case 'storage':
        world.storage.failWrites = c.failing;
        world.storageEverFailed ||= c.failing;
        break;
      case 'restart':
        world.queue = world.makeQueue();
        break;
      case 'browser-restart':
        world.sessionStart = world.now;
        world.queue = world.makeQueue();
        await world.queue.process();
        break;
      case 'advance':
        world.now += c.ms;
        break;
    }
  }
  // The weather clears: the next wake-up delivers everything still queued.
  world.serverUp = true;
  world.storage.failWrites = false;
  world.now += 7 * 3600_000;
  await world.queue.process();
  return { world, stored };
}

describe('report queue under faults', () => {
  it('never loses a queued report, delivers it as queued, and never throws on a wake-up', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 40 }), async (commands) => {
        const { world, stored } = await run(commands);
        const deliveredIds = new Set(world.delivered.map((d) => d.id));
        for (const id of stored) expect(deliveredIds.has(id), `${id} was queued but never delivered`).toBe(true);
        for (const d of world.delivered) expect(d.body).toBe(bodyOf(d.id));
        expect(await world.queue.pending()).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('while storage works, delivers each report exactly once, across restarts and outages', async () => {
    const noStorageFaults = command.filter((c) => c.op !== 'storage');
    await fc.assert(
      fc.asyncProperty(fc.array(noStorageFaults, { maxLength: 40 }), async (commands) => {
        const { world, stored } = await run(commands);
        const ids = world.delivered.map((d) => d.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(stored);
      }),
      { numRuns: 400 },
    );
  });

  it('reads a corrupted queue or sent log as what can be salvaged, without throwing', async () => {
    const world = new World();
    await world.storage.set({
      [STORAGE.reportQueue.key]: [null, 7, { id: 'ok', endpoint: 'https://reports.example/in', body: bodyOf('ok'), attempts: 0, nextAttempt: 0 }, { id: 3 }],
      [STORAGE.reportsSent.key]: [null, 'x', { id: 'old', sentAt: 1 }],
    });
    await world.queue.process();
    expect(world.delivered.map((d) => d.id)).toEqual(['ok']);
    await world.queue.enqueue('old', 'https://reports.example/in', bodyOf('old'));
    expect(world.delivered.map((d) => d.id)).toEqual(['ok']);
  });
});

/** One report against a server whose answers the test scripts, with the clock in the test's hand. */
class Scripted {
  readonly storage = new MemoryStorage();
  readonly requests: string[] = [];
  readonly wakes: number[] = [];
  answers: (() => Response)[] = [];
  now = 1_000_000;
  sessionStart = 0;
  readonly log = { warn: vi.fn() };

  queue(): ReportQueue {
    return new ReportQueue({
      area: this.storage,
      now: () => this.now,
      random: () => 0.5,
      wakeAt: async (when) => void this.wakes.push(when),
      sessionStart: async () => this.sessionStart,
      log: this.log,
      fetch: (async (url: string) => {
        this.requests.push(url);
        const answer = this.answers.shift();
        if (!answer) throw new TypeError('Failed to fetch');
        return answer();
      }) as typeof fetch,
    });
  }

  async queued(): Promise<QueuedReport | undefined> {
    return (await this.queue().pending())[0];
  }
}

const answer = (status: number, headers: Record<string, string> = {}): (() => Response) => () => new Response(status === 204 ? null : '{}', { status, headers });
const ENDPOINT = 'https://service.example/v1/reports';

describe('report queue: failures that show', () => {
  it('logs a storage failure while sending, keeps the report, and still asks for a wake-up', async () => {
    const w = new Scripted();
    await w.queue().enqueue('a', ENDPOINT, bodyOf('a'));
    expect(w.log.warn).not.toHaveBeenCalled();
    w.storage.failWrites = true;
    w.now += 3600_000;
    const wakes = w.wakes.length;
    await w.queue().process(true);
    expect(w.log.warn).toHaveBeenCalledWith('report queue: send', expect.any(Error));
    expect(w.wakes.length).toBeGreaterThan(wakes);
    expect((await w.queued())?.id).toBe('a');
  });
});

describe('report queue: what the service answers', () => {
  for (const status of [429, 503]) {
    it(`${status} with Retry-After: waits at least that long, even when the user asks to retry`, async () => {
      const w = new Scripted();
      w.answers = [answer(status, { 'retry-after': '600' })];
      await w.queue().enqueue('a', ENDPOINT, bodyOf('a'));
      expect((await w.queued())?.notBefore).toBe(w.now + 600_000);
      expect(w.wakes.at(-1)).toBe(w.now + 600_000);
      w.now += 599_000;
      await w.queue().process(true);
      await w.queue().process();
      expect(w.requests).toHaveLength(1);
      w.now += 1000;
      w.answers = [answer(202)];
      await w.queue().process();
      expect(w.requests).toHaveLength(2);
      expect(await w.queue().pending()).toEqual([]);
    });
  }

  it('reads Retry-After as seconds or an HTTP date, caps it at six hours, and ignores what it cannot read', async () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Tue, 01 Dec 2026 10:05:00 GMT', now)).toBe(300_000);
    expect(retryAfterMs('Tue, 01 Dec 2026 09:00:00 GMT', now)).toBe(0);
    for (const unreadable of [null, '', 'soon', '-5', '1.5', '2026-12-01']) expect(retryAfterMs(unreadable, now)).toBeUndefined();
    const w = new Scripted();
    w.answers = [answer(429, { 'retry-after': String(3 * 24 * 3600) })];
    await w.queue().enqueue('a', ENDPOINT, bodyOf('a'));
    expect((await w.queued())?.notBefore).toBe(w.now + 6 * 3600_000);
    expect((await w.queued())?.nextAttempt).toBe(w.now + 6 * 3600_000);
  });

  it('a Retry-After shorter than the backoff does not shorten the backoff', async () => {
    const w = new Scripted();
    w.answers = [answer(503, { 'retry-after': '1' })];
    await w.queue().enqueue('a', ENDPOINT, bodyOf('a'));
    const queued = await w.queued();
    expect(queued?.notBefore).toBe(w.now + 1000);
    expect(queued?.nextAttempt).toBe(w.now + 45_000); // first backoff window 1 minute, jitter 0.5 → 45 s
  });

  for (const status of [400, 409, 413, 415]) {
    it(`${status} is a permanent refusal: logged as failed with the code, never sent again`, async () => {
      const w = new Scripted();
      w.answers = [answer(status)];
      await w.queue().enqueue('a', ENDPOINT, bodyOf('a'), { kind: 'fake-helpdesk', host: 'scam.example' });
      expect(await w.queue().pending()).toEqual([]);
      expect(await w.queue().sent()).toEqual([{ id: 'a', sentAt: w.now, endpoint: ENDPOINT, outcome: 'failed', code: status, label: { kind: 'fake-helpdesk', host: 'scam.example' } }]);
      w.now += 7 * 3600_000;
      await w.queue().process(true);
      await w.queue().enqueue('a', ENDPOINT, bodyOf('a'));
      expect(w.requests).toHaveLength(1);
    });
  }

  it('200 for an id the service already has is success, and the log keeps where it went', async () => {
    const w = new Scripted();
    w.answers = [answer(200)];
    await w.queue().enqueue('a', ENDPOINT, bodyOf('a'));
    expect(await w.queue().sent()).toEqual([{ id: 'a', sentAt: w.now, endpoint: ENDPOINT, outcome: 'sent' }]);
  });

  it('other errors are retried with backoff', async () => {
    const w = new Scripted();
    w.answers = [answer(500), answer(404)];
    await w.queue().enqueue('a', ENDPOINT, bodyOf('a'));
    w.now += 60_000;
    await w.queue().process();
    expect(await w.queued()).toMatchObject({ attempts: 2, lastError: 'HTTP 404' });
  });
});

describe('report queue: browser restarts', () => {
  it('a report backing off when the browser closed is sent at the next start, not when its backoff ends', async () => {
    const w = new Scripted();
    w.answers = [answer(500), answer(500), answer(500), answer(500)];
    const queue = w.queue();
    await queue.enqueue('a', ENDPOINT, bodyOf('a'));
    for (let i = 0; i < 3; i++) {
      w.now = (await w.queued())?.nextAttempt ?? w.now;
      await queue.process();
    }
    expect((await w.queued())?.nextAttempt).toBeGreaterThan(w.now + 3 * 60_000);
    // Same session: a wake-up does not send it early.
    await w.queue().process();
    expect(w.requests).toHaveLength(4);
    // The browser is closed and started again ten minutes later: the first wake-up sends it.
    w.now += 10 * 60_000;
    w.sessionStart = w.now;
    w.answers = [answer(202)];
    await w.queue().process();
    expect(w.requests).toHaveLength(5);
    expect(await w.queue().pending()).toEqual([]);
  });

  it('but a Retry-After from before the restart still holds', async () => {
    const w = new Scripted();
    w.answers = [answer(429, { 'retry-after': '3600' })];
    await w.queue().enqueue('a', ENDPOINT, bodyOf('a'));
    w.now += 60_000;
    w.sessionStart = w.now;
    await w.queue().process();
    expect(w.requests).toHaveLength(1);
  });

  it('a report written by an older version (no attempt time) is sent at start', async () => {
    const w = new Scripted();
    w.sessionStart = w.now;
    await w.storage.set({ [STORAGE.reportQueue.key]: [{ id: 'old', endpoint: ENDPOINT, body: bodyOf('old'), queuedAt: 1, attempts: 3, nextAttempt: w.now + 3600_000, lastError: 'HTTP 500' }] });
    w.answers = [answer(202)];
    await w.queue().process();
    expect(await w.queue().sent()).toMatchObject([{ id: 'old', outcome: 'sent' }]);
  });
});

const fixture = (version: number): { stored: unknown; expected: QueuedReport[] } =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../fixtures/report-queue/v${version}.json`), 'utf8')) as { stored: unknown; expected: QueuedReport[] };

describe('report queue: versions', () => {
  for (let version = 1; version <= REPORT_QUEUE_SCHEMA; version++) {
    it(`reads a queue stored by schema ${version} without losing a report`, async () => {
      const w = new Scripted();
      await w.storage.set({ [STORAGE.reportQueue.key]: fixture(version).stored });
      expect(await w.queue().pending()).toEqual(fixture(version).expected);
      expect(w.log.warn).not.toHaveBeenCalled();
    });
  }

  it('1 → 2: reports queued before versions are sent after the update, and what stays is stored with its version', async () => {
    const w = new Scripted();
    const [first, second] = fixture(1).expected;
    w.now = (second?.notBefore ?? 0) - 1;
    await w.storage.set({ [STORAGE.reportQueue.key]: fixture(1).stored });
    w.answers = [answer(202)];
    await w.queue().process();
    expect(w.requests).toEqual([first?.endpoint]);
    expect(await w.queue().sent()).toMatchObject([{ id: first?.id, outcome: 'sent', label: first?.label }]);
    expect(w.storage.data.get(STORAGE.reportQueue.key)).toEqual({ schema: 2, reports: [second] });
  });

  it('a new report joins a queue from before versions without dropping the ones waiting', async () => {
    const w = new Scripted();
    w.now = 1_764_000_000_000;
    await w.storage.set({ [STORAGE.reportQueue.key]: fixture(1).stored });
    await w.queue().enqueue('new', ENDPOINT, bodyOf('new'));
    expect((await w.queue().pending()).map((r) => r.id)).toEqual([...fixture(1).expected.map((r) => r.id), 'new']);
    expect(w.storage.data.get(STORAGE.reportQueue.key)).toMatchObject({ schema: 2 });
  });

  /** A queue stored as `stored`, which cannot be read: it reads as empty, is logged, and nothing is sent. */
  const unreadableQueue = async (stored: unknown): Promise<Scripted> => {
    const w = new Scripted();
    await w.storage.set({ [STORAGE.reportQueue.key]: stored });
    expect(await w.queue().pending()).toEqual([]);
    expect(w.log.warn).toHaveBeenCalledWith('storage: reportQueue', expect.objectContaining({ name: 'UnreadableStoredValue', stored }));
    await w.queue().process(true);
    expect(w.requests).toEqual([]);
    return w;
  };

  it('leaves a queue from a newer version untouched: logged, nothing sent, a new report refused rather than written over it', async () => {
    const stored = { schema: REPORT_QUEUE_SCHEMA + 1, reports: { byEndpoint: {} } };
    const w = await unreadableQueue(stored);
    await expect(w.queue().enqueue('a', ENDPOINT, bodyOf('a'))).rejects.toThrow(/reportQueue/);
    expect(w.storage.data.get(STORAGE.reportQueue.key)).toEqual(stored);
  });

  for (const stored of ['not a queue', { schema: 2, reports: 'x' }]) {
    it(`sets a malformed queue (${JSON.stringify(stored)}) aside and still takes and sends a new report`, async () => {
      const w = await unreadableQueue(stored);
      w.answers = [answer(202)];
      await w.queue().enqueue('a', ENDPOINT, bodyOf('a'));
      expect(w.storage.data.get(`${STORAGE.reportQueue.key}:unreadable:${w.now}`)).toEqual(stored);
      expect(w.log.warn).toHaveBeenCalledWith('storage: reportQueue set aside', expect.objectContaining({ problem: 'malformed', stored }));
      expect(w.requests).toEqual([ENDPOINT]);
      expect(await w.queue().sent()).toMatchObject([{ id: 'a', outcome: 'sent' }]);
    });
  }
});
