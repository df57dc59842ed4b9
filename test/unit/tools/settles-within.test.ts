import { describe, expect, it } from 'vitest';
import { settlesWithin, waitFor } from '../../../harness/extension-browser.ts';

describe('waits that cannot hang', () => {
  it('passes on what settles in time, and names the wait when nothing answers', async () => {
    await expect(settlesWithin(Promise.resolve(7), 50, 'a number')).resolves.toBe(7);
    await expect(settlesWithin(new Promise(() => undefined), 20, 'a worker that was stopped')).rejects.toThrow(/within 20 ms while waiting for a worker that was stopped/);
  });

  it('ends a wait whose check never settles at the wait’s own timeout, with the step’s name', async () => {
    const started = Date.now();
    await expect(waitFor('the list to sync', () => new Promise<number>(() => undefined), 100)).rejects.toThrow(/timed out waiting for the list to sync/);
    // The check gets at least two seconds, so the wait ends then, not at the test's own timeout.
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
