import { describe, expect, it, vi } from 'vitest';
import { afterNextFrame, FRAME_FALLBACK_MS } from '../../../src/content/after-frame.ts';

/** A window whose frames are run by hand, with fake timers for its setTimeout. */
function frameWindow() {
  const frames: (() => void)[] = [];
  const win = {
    setTimeout: (fn: () => void, ms?: number) => setTimeout(fn, ms) as unknown as number,
    clearTimeout: (id: number) => clearTimeout(id),
    requestAnimationFrame: (fn: FrameRequestCallback) => frames.push(() => fn(0)),
  };
  return { win, renderFrame: () => frames.splice(0).forEach((run) => run()) };
}

describe('afterNextFrame', () => {
  it('resolves in the task after a frame, not in the frame callback itself', async () => {
    vi.useFakeTimers();
    const { win, renderFrame } = frameWindow();
    let done = false;
    void afterNextFrame(win).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(done).toBe(false);
    renderFrame();
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
    vi.useRealTimers();
  });

  it('does not wait for ever where no frame comes (a background tab)', async () => {
    vi.useFakeTimers();
    const { win } = frameWindow();
    let done = false;
    void afterNextFrame(win).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(FRAME_FALLBACK_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    vi.useRealTimers();
  });
});
