/**
 * The report queue under random weather: reports queued, the server going up and down, storage failing
 * (quota), the service worker restarting, time passing. Whatever happens, a report whose queueing succeeded
 * is delivered once the server is back, exactly as queued; while storage works, never twice; and nothing the
 * queue does on a wake-up throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUEUE_KEY, ReportQueue, SENT_KEY } from '../../../src/background/reports/report-queue.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

type Command =
  | { readonly op: 'enqueue'; readonly id: number }
  | { readonly op: 'process'; readonly force: boolean }
  | { readonly op: 'server'; readonly up: boolean }
  | { readonly op: 'storage'; readonly failing: boolean }
  | { readonly op: 'restart' }
  | { readonly op: 'advance'; readonly ms: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ op: fc.constant('enqueue' as const), id: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ op: fc.constant('process' as const), force: fc.boolean() }),
  fc.record({ op: fc.constant('server' as const), up: fc.boolean() }),
  fc.record({ op: fc.constant('storage' as const), failing: fc.boolean() }),
  fc.constant({ op: 'restart' as const }),
  fc.record({ op: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 8 * 3600_000 }) }),
);

class World {
  readonly storage = new MemoryStorage();
  readonly delivered: { id: string; body: string }[] = [];
  serverUp = true;
  now = 1_000_000;
  storageEverFailed = false;
  queue = this.makeQueue();

  makeQueue(): ReportQueue {
    return new ReportQueue({
      area: this.storage,
      now: () => this.now,
      random: () => 0.5,
      wakeAt: async () => undefined,
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
      [QUEUE_KEY]: [null, 7, { id: 'ok', endpoint: 'https://reports.example/in', body: bodyOf('ok'), attempts: 0, nextAttempt: 0 }, { id: 3 }],
      [SENT_KEY]: [null, 'x', { id: 'old', sentAt: 1 }],
    });
    await world.queue.process();
    expect(world.delivered.map((d) => d.id)).toEqual(['ok']);
    await world.queue.enqueue('old', 'https://reports.example/in', bodyOf('old'));
    expect(world.delivered.map((d) => d.id)).toEqual(['ok']);
  });
});
