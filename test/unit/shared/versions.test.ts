import { describe, expect, it } from 'vitest';
import { decodeVersioned, isVersion, runMigrations, type VersionedShape } from '../../../src/shared/storage/versions.ts';

const steps = {
  1: (old: string[]) => [...old, 'to 2'],
  2: (old: string[]) => [...old, 'to 3'],
};

describe('migrations', () => {
  it('run one step per version, in order, up to the current one', () => {
    expect(runMigrations(['v1'], 1, 3, steps, undefined)).toEqual({ value: ['v1', 'to 2', 'to 3'], ok: true });
    expect(runMigrations(['v2'], 2, 3, steps, undefined)).toEqual({ value: ['v2', 'to 3'], ok: true });
    expect(runMigrations(['v3'], 3, 3, steps, undefined)).toEqual({ value: ['v3'], ok: true });
  });

  it('give back the value as stored when a step is missing or throws', () => {
    expect(runMigrations(['v0'], 0, 3, steps, undefined)).toEqual({ value: ['v0'], ok: false });
    const failing = { ...steps, 2: (): string[] => { throw new Error('bad'); } };
    expect(runMigrations(['v1'], 1, 3, failing, undefined)).toEqual({ value: ['v1'], ok: false });
  });

  it('pass their context to every step', () => {
    expect(runMigrations(0, 1, 3, { 1: (v: number, add: number) => v + add, 2: (v: number, add: number) => v * add }, 5)).toEqual({ value: 25, ok: true });
  });

  it('take only whole version numbers from 1', () => {
    expect([1, 2, 0, -1, 1.5, '2', undefined, Number.NaN].map(isVersion)).toEqual([true, true, false, false, false, false, false, false]);
  });
});

describe('versioned values', () => {
  const shape: VersionedShape<number[]> = {
    current: 2,
    empty: [],
    versionOf: (stored) => (Array.isArray(stored) ? 1 : typeof stored === 'object' && stored !== null && isVersion((stored as { v?: unknown }).v) ? (stored as { v: number }).v : undefined),
    steps: { 1: (old) => ({ v: 2, items: old }) },
    validate: (value) => {
      const items = (value as { items?: unknown }).items;
      return Array.isArray(items) && items.every((i) => typeof i === 'number') ? items : undefined;
    },
    encode: (items) => ({ v: 2, items }),
  };

  it('read nothing stored as empty, and today\'s and older values as today\'s shape', () => {
    expect(decodeVersioned(undefined, shape)).toEqual({ ok: true, value: [] });
    expect(decodeVersioned([1, 2], shape)).toEqual({ ok: true, value: [1, 2] });
    expect(decodeVersioned({ v: 2, items: [3] }, shape)).toEqual({ ok: true, value: [3] });
  });

  it('say why a value is not read, and hand it back as stored', () => {
    expect(decodeVersioned({ v: 3, items: [1] }, shape)).toEqual({ ok: false, problem: 'newer', stored: { v: 3, items: [1] } });
    expect(decodeVersioned('x', shape)).toEqual({ ok: false, problem: 'malformed', stored: 'x' });
    expect(decodeVersioned(['a'], shape)).toEqual({ ok: false, problem: 'malformed', stored: ['a'] });
    expect(decodeVersioned({ v: 2, items: 'x' }, shape)).toMatchObject({ ok: false, problem: 'malformed' });
  });
});
