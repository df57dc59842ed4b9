/**
 * Runs async writes one after another. Storage has no transactions, so a read-modify-write (a frame's
 * evidence added to its tab, a report moved from the queue to the log) must not interleave with another:
 * each write starts when the one before it has settled. A failed write does not stop the ones queued behind
 * it; only its own caller sees the error. The cost is that writes never overlap, which for a handful of
 * small storage calls is nothing.
 */
export class SerialWrites {
  #last: Promise<unknown> = Promise.resolve();

  /** Runs `work` after every write queued before it has settled; resolves or rejects as `work` does. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#last.catch(() => undefined).then(work);
    this.#last = next;
    return next;
  }

  /** Resolves, never rejects, once every write queued so far has settled: for a read that must see them. */
  settled(): Promise<void> {
    return this.#last.then(
      () => undefined,
      () => undefined,
    );
  }
}
