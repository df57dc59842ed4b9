import { describe, expect, it } from 'vitest';
import { SerialWrites } from '../../../src/shared/storage/serial-writes.ts';

/** A write that finishes only when the test says so, recording when it started and ended. */
function gate(events: string[], name: string): { work: () => Promise<string>; open: () => void; fail: (error: Error) => void } {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return {
    work: async () => {
      events.push(`start ${name}`);
      try {
        await done;
      } finally {
        events.push(`end ${name}`);
      }
      return name;
    },
    open: () => open(),
    fail: (error) => fail(error),
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('serial writes', () => {
  it('start each write only after the one before it has finished', async () => {
    const events: string[] = [];
    const writes = new SerialWrites();
    const a = gate(events, 'a');
    const b = gate(events, 'b');
    const first = writes.run(a.work);
    const second = writes.run(b.work);
    await tick();
    expect(events).toEqual(['start a']);
    a.open();
    await expect(first).resolves.toBe('a');
    await tick();
    expect(events).toEqual(['start a', 'end a', 'start b']);
    b.open();
    await expect(second).resolves.toBe('b');
  });

  it('keep going after a failed write, and give the error only to its own caller', async () => {
    const events: string[] = [];
    const writes = new SerialWrites();
    const a = gate(events, 'a');
    const failed = writes.run(a.work);
    const after = writes.run(async () => 'after');
    a.fail(new Error('QUOTA_BYTES quota exceeded'));
    await expect(failed).rejects.toThrow(/quota/);
    await expect(after).resolves.toBe('after');
  });

  it('let a read wait until every queued write has settled, failed ones included', async () => {
    const events: string[] = [];
    const writes = new SerialWrites();
    const a = gate(events, 'a');
    const b = gate(events, 'b');
    writes.run(a.work).catch(() => undefined);
    void writes.run(b.work);
    let settled = false;
    const read = writes.settled().then(() => (settled = true));
    a.fail(new Error('gone'));
    await tick();
    expect(settled).toBe(false);
    b.open();
    await read;
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('settle at once when nothing was written', async () => {
    await expect(new SerialWrites().settled()).resolves.toBeUndefined();
  });
});
