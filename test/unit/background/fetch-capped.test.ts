/**
 * Every refusal of a download cancels its body, so the connection closes and the server stops sending
 * (a list refused for its announced size used to be left streaming).
 */
import { describe, expect, it } from 'vitest';
import { fetchCapped } from '../../../src/background/lists/fetch-capped.ts';

/** A response whose body streams `chunks` and records whether the reader cancelled it. */
function streaming(chunks: number[], headers: Record<string, string> = {}): { fetcher: typeof fetch; cancelled: () => boolean } {
  let cancelled = false;
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = chunks[sent++];
      if (size === undefined) controller.close();
      else controller.enqueue(new Uint8Array(size));
    },
    cancel() {
      cancelled = true;
    },
  });
  const fetcher = (async () => new Response(body, { status: 200, headers })) as typeof fetch;
  return { fetcher, cancelled: () => cancelled };
}

const limits = { timeoutMs: 5000, maxBytes: 1000 };

describe('fetchCapped', () => {
  it('reads a body within the cap', async () => {
    const { fetcher, cancelled } = streaming([400, 400]);
    expect((await fetchCapped(fetcher, 'https://list.example/l.json', limits)).bytes.length).toBe(800);
    expect(cancelled()).toBe(false);
  });

  it('refuses a body announced as too large without reading it, and cancels it', async () => {
    const { fetcher, cancelled } = streaming([400, 400], { 'content-length': '50000000' });
    await expect(fetchCapped(fetcher, 'https://list.example/l.json', limits)).rejects.toMatchObject({ code: 'oversized' });
    expect(cancelled()).toBe(true);
  });

  it('refuses a body that grows past the cap while read, and cancels it', async () => {
    const { fetcher, cancelled } = streaming([600, 600, 600]);
    await expect(fetchCapped(fetcher, 'https://list.example/l.json', limits)).rejects.toMatchObject({ code: 'oversized' });
    expect(cancelled()).toBe(true);
  });
});
