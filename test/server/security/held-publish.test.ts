/**
 * An admin's "publish it" on a held list must publish the list the admin was shown. confirmHeld used to
 * rebuild the list at the moment of the click and publish it with no removal limit, so whatever was removed
 * after the hold (by anyone, or by mass expiry) shipped with it, however much. Now the approval covers only
 * the held list's exact entries; a list that differs is held again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseList } from '../../../src/core/blocklist/parse-list.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const numbers = (count: number): string[] => Array.from({ length: count }, (_, i) => `+1844555${String(1000 + i)}`);

async function setState(app: TestApp, list: string[], state: string): Promise<void> {
  for (const number of list) {
    await app.db.query(
      `INSERT INTO numbers (number, state, brands, source, last_reported_at, decided_at, decided_by) VALUES ($1, $3, '["microsoft"]', 'test', $2, $2, 'm')
       ON CONFLICT (number) DO UPDATE SET state = $3`,
      [number, app.time, state],
    );
  }
}

describe('confirming a held publish', () => {
  it('does not ship removals made after the hold that the admin never saw, and holds the new list instead', async () => {
    t = await startTestApp();
    await setState(t, numbers(20), 'listed');
    await t.publisher.publish();
    await setState(t, numbers(5), 'removed');
    expect(await t.publisher.publish()).toBe('held');
    const held = (await t.publisher.status()).held;
    expect(held).toMatchObject({ removed: 5, entries: 15 });
    // After the hold, and before the admin clicks: the rest of the list is removed too.
    await setState(t, numbers(20), 'removed');
    await t.publisher.confirmHeld(held?.version ?? 0, 'user:ada', 'five removals checked');
    const served = parseList(readFileSync(join(t.listDir, 'list.json'), 'utf8'));
    expect(served.entries.length).toBe(20);
    expect((await t.publisher.status()).held).toMatchObject({ removed: 20, entries: 0 });
  });

  it('publishes the held list when nothing changed since the admin saw it', async () => {
    t = await startTestApp();
    await setState(t, numbers(20), 'listed');
    await t.publisher.publish();
    await setState(t, numbers(5), 'removed');
    expect(await t.publisher.publish()).toBe('held');
    const held = (await t.publisher.status()).held;
    await t.publisher.confirmHeld(held?.version ?? 0, 'user:ada', 'five removals checked');
    expect(parseList(readFileSync(join(t.listDir, 'list.json'), 'utf8')).entries).toHaveLength(15);
    expect((await t.publisher.status()).held).toBeUndefined();
  });
});
