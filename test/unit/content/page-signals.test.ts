// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { BehaviourCounts } from '../../../src/core/verdict/behaviour.ts';
import { hidesCursor, listenForPageSignals } from '../../../src/content/page-signals.ts';
import { PAGE_WORLD_CHANNEL } from '../../../src/shared/page-world-channel.ts';

const afterForwardInterval = (): Promise<void> => new Promise((r) => setTimeout(r, 650));
const fromPageWorld = (data: unknown): void => {
  window.dispatchEvent(new MessageEvent('message', { data, source: window }));
};

describe('lock-screen signals on their way to the background', () => {
  let controller = new AbortController();
  afterEach(() => {
    controller.abort();
    controller = new AbortController();
    document.documentElement.removeAttribute('style');
    document.body.removeAttribute('style');
  });

  it("adds what the content script noted itself to the page world's counts, once each", async () => {
    const forwarded: BehaviourCounts[] = [];
    const signals = listenForPageSignals(window, controller.signal, (counts) => forwarded.push(counts));
    signals.note('hiddenCursor');
    signals.note('hiddenCursor');
    fromPageWorld({ channel: PAGE_WORLD_CHANNEL, kind: 'counts', counts: { dialog: 4 } });
    await afterForwardInterval();
    expect(forwarded).toEqual([{ dialog: 4, hiddenCursor: 1 }]);
    // Later counts from the page world keep the note.
    fromPageWorld({ channel: PAGE_WORLD_CHANNEL, kind: 'counts', counts: { dialog: 5 } });
    await afterForwardInterval();
    expect(forwarded.at(-1)).toEqual({ dialog: 5, hiddenCursor: 1 });
  });

  it('forwards a note on its own, and nothing when there is nothing to say', async () => {
    const forwarded: BehaviourCounts[] = [];
    const signals = listenForPageSignals(window, controller.signal, (counts) => forwarded.push(counts));
    fromPageWorld({ channel: PAGE_WORLD_CHANNEL, kind: 'counts', counts: {} });
    await afterForwardInterval();
    expect(forwarded).toEqual([]);
    signals.note('hiddenCursor');
    await afterForwardInterval();
    expect(forwarded).toEqual([{ hiddenCursor: 1 }]);
  });

  it("forwards only counts the background accepts (shared/validate-message.ts), refusing a malformed message whole", async () => {
    const forwarded: BehaviourCounts[] = [];
    listenForPageSignals(window, controller.signal, (counts) => forwarded.push(counts));
    for (const counts of [{ dialog: 2, made_up: 1 }, { dialog: 1_000_001 }, { dialog: 2.5 }, { dialog: -1 }, [3], null]) {
      fromPageWorld({ channel: PAGE_WORLD_CHANNEL, kind: 'counts', counts });
      await afterForwardInterval();
    }
    expect(forwarded).toEqual([]);
    fromPageWorld({ channel: PAGE_WORLD_CHANNEL, kind: 'counts', counts: { dialog: 1_000_000 } });
    await afterForwardInterval();
    expect(forwarded).toEqual([{ dialog: 1_000_000 }]);
  });

  it('sees a pointer hidden on <html> or <body>, and only then', () => {
    expect(hidesCursor(window)).toBe(false);
    document.body.style.cursor = 'pointer';
    expect(hidesCursor(window)).toBe(false);
    document.body.style.cursor = 'none';
    expect(hidesCursor(window)).toBe(true);
    document.body.removeAttribute('style');
    document.documentElement.style.cursor = 'none';
    expect(hidesCursor(window)).toBe(true);
  });
});
