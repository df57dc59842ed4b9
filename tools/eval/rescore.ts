/**
 * `npx tsx tools/eval/rescore.ts <samples.json>`: re-scores the samples an evaluation run recorded with the
 * current core, in Node, in a second. For tuning weights between full browser runs; the figures that count
 * are always the ones `npm run eval` measures in the browser.
 */
import { readFileSync } from 'node:fs';
import { compileList } from '../../src/core/blocklist/compiled-list.ts';
import { parseList } from '../../src/core/blocklist/parse-list.ts';
import { defaultSettings } from '../../src/shared/storage/settings.ts';
import { EMPTY_USER_LISTS } from '../../src/shared/storage/user-lists.ts';
import { evaluateTab } from '../../src/background/evaluate-tab.ts';
import type { TabRecord } from '../../src/background/tab-state.ts';

interface Stored {
  id: string;
  set: string;
  label: string;
  lang: string;
  frames: TabRecord['frames'];
}

const [file, listArg = '', show = '\0'] = process.argv.slice(2);
if (!file) throw new Error('usage: rescore.ts <samples.json> [--no-seed|--seed] [show-id-substring]');
const seed = compileList(parseList(readFileSync('lists/seed.json', 'utf8')));
const list = listArg === '--no-seed' ? { ...seed, blocked: new Float64Array(0), blockedBrand: new Uint8Array(0) } : seed;
const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored[];
const tally = new Map<string, { n: number; flagged: number; red: number }>();
for (const s of stored) {
  const top = (s.frames['0'] as { sample?: { url: string } } | undefined)?.sample?.url;
  const record: TabRecord = { topUrl: top, frames: s.frames, verdict: undefined, dismissed: false };
  const verdict = evaluateTab(record, { list, user: EMPTY_USER_LISTS, settings: defaultSettings(6) });
  const key = `${s.set}/${s.label}/${s.lang}`;
  const t = tally.get(key) ?? { n: 0, flagged: 0, red: 0 };
  t.n++;
  if (verdict.level !== 'clean') t.flagged++;
  if (verdict.level === 'scam') t.red++;
  tally.set(key, t);
  if (s.id.includes(show)) console.log(`SHOW ${s.id}: ${verdict.level} ${verdict.score}\n${verdict.breakdown.map((p) => `  ${p.points} ${p.signal}`).join('\n')}`);
  const wrong = s.label === 'scam' ? verdict.level === 'clean' : verdict.level !== 'clean';
  if (wrong) console.log(`${s.label === 'scam' ? 'MISS' : 'FP  '} ${verdict.level.padEnd(10)} ${String(verdict.score).padStart(5)} ${s.id} [${s.lang}] ${verdict.reasons.map((r) => r.key).join(',')}`);
}
for (const [key, t] of [...tally.entries()].sort()) console.log(`${key}: ${t.n} pages, flagged ${t.flagged}, red ${t.red}`);
