/**
 * Versions of stored values. A versioned value carries its version number; one stored without any was
 * written before versions were stored and counts as version 1. Reading runs one migration step per version
 * up to today's. A value from a newer build, or one of no known shape, is not forced into today's shape:
 * the reader is told why, so it can leave the value as it is and fall back (storage-entry.ts). Migrations
 * only run on read; the migrated value is stored by the next write, so a failed step loses nothing.
 */
import type { StoredRead } from './storage-entry.ts';

/** Turns a value stored as version n into version n + 1 (stamping the new version itself). */
export type Migration<V, C> = (old: V, context: C) => V;

export function isVersion(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/** Runs steps[from] … steps[to - 1]; a missing or throwing step gives back the value as it was stored. */
export function runMigrations<V, C>(stored: V, from: number, to: number, steps: Readonly<Record<number, Migration<V, C>>>, context: C): { value: V; ok: boolean } {
  let value = stored;
  for (let version = from; version < to; version++) {
    const step = steps[version];
    if (!step) return { value: stored, ok: false };
    try {
      value = step(value, context);
    } catch {
      return { value: stored, ok: false };
    }
  }
  return { value, ok: true };
}

export interface VersionedShape<T> {
  readonly current: number;
  /** What nothing stored reads as. */
  readonly empty: T;
  /** The stored value's version (1 when it has none); undefined when it has one that cannot be read. */
  readonly versionOf: (stored: unknown) => number | undefined;
  readonly steps: Readonly<Record<number, Migration<unknown, void>>>;
  /** A value of the current version as code uses it; undefined when it is not of that shape. */
  readonly validate: (value: unknown) => T | undefined;
  /** The value as stored at the current version. */
  readonly encode: (value: T) => unknown;
}

export function decodeVersioned<T>(stored: unknown, shape: VersionedShape<T>): StoredRead<T> {
  if (stored === undefined) return { ok: true, value: shape.empty };
  const version = shape.versionOf(stored);
  if (version === undefined) return { ok: false, problem: 'malformed', stored };
  if (version > shape.current) return { ok: false, problem: 'newer', stored };
  const migrated = runMigrations(stored, version, shape.current, shape.steps, undefined);
  const value = migrated.ok ? shape.validate(migrated.value) : undefined;
  return value === undefined ? { ok: false, problem: 'malformed', stored } : { ok: true, value };
}
