/**
 * `npm run list -- diff`: what changed between two versions of a list, for a maintainer reviewing an update
 * before signing it.
 */
import type { BlockList, ListEntry } from '../../src/core/blocklist/list-format.ts';

export interface ListDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
  readonly allowAdded: readonly string[];
  readonly allowRemoved: readonly string[];
}

const describe = (e: ListEntry): string => JSON.stringify({ brands: e.brands, firstSeen: e.firstSeen, lastSeen: e.lastSeen, source: e.source });

export function diffLists(before: BlockList, after: BlockList): ListDiff {
  const old = new Map(before.entries.map((e) => [e.number, e]));
  const now = new Map(after.entries.map((e) => [e.number, e]));
  const oldAllow = new Set(before.allow.map((a) => a.number));
  const newAllow = new Set(after.allow.map((a) => a.number));
  return {
    added: [...now.keys()].filter((n) => !old.has(n)),
    removed: [...old.keys()].filter((n) => !now.has(n)),
    changed: [...now.entries()].filter(([n, e]) => old.has(n) && describe(old.get(n) as ListEntry) !== describe(e)).map(([n]) => n),
    allowAdded: [...newAllow].filter((n) => !oldAllow.has(n)),
    allowRemoved: [...oldAllow].filter((n) => !newAllow.has(n)),
  };
}

export function formatDiff(before: BlockList, after: BlockList, diff: ListDiff): string {
  const lines = [`version ${before.version} → ${after.version}`];
  const section = (title: string, items: readonly string[]): void => {
    lines.push(`${title}: ${items.length}`);
    for (const item of items) lines.push(`  ${item}`);
  };
  section('added', diff.added);
  section('removed', diff.removed);
  section('changed', diff.changed);
  section('allow added', diff.allowAdded);
  section('allow removed', diff.allowRemoved);
  if (after.version <= before.version) lines.push('warning: the new version is not higher; extensions will refuse it');
  return lines.join('\n');
}
