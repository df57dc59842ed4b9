/**
 * `npx tsx tools/eval/explain.ts <fixture-name|file.html> [url]`: what the detector sees on one page: the
 * numbers with their status, the brands, the phrases, and the verdict with its score. For maintainers tuning
 * the weights (docs/detection.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { compileList } from '../../src/core/blocklist/compiled-list.ts';
import { parseList } from '../../src/core/blocklist/parse-list.ts';
import { collectEvidence } from '../../src/core/verdict/collect-evidence.ts';
import { combineLists } from '../../src/core/verdict/list-lookup.ts';
import { scoreEvidence } from '../../src/core/verdict/score-evidence.ts';
import { ADVERSARIAL_DIR, FIXTURE_DIR, type FixtureMeta } from './corpora.ts';

const [name = '', urlArg] = process.argv.slice(2);
const dir = existsSync(`${FIXTURE_DIR}/${name}.json`) ? FIXTURE_DIR : ADVERSARIAL_DIR;
const htmlPath = name.endsWith('.html') ? name : `${dir}/${name}.html`;
const meta = name.endsWith('.html') ? undefined : (JSON.parse(readFileSync(`${dir}/${name}.json`, 'utf8')) as FixtureMeta);
const url = urlArg ?? meta?.url ?? 'http://example.test/';
const window = new Window({ url });
Object.assign(globalThis, { Node: window.Node, Element: window.Element, HTMLElement: window.HTMLElement, HTMLSlotElement: window.HTMLSlotElement });
const { readVisibleFacts } = await import('../../src/content/page-facts.ts');
const { buildSample } = await import('../../src/content/build-sample.ts');
const doc = new window.DOMParser().parseFromString(readFileSync(htmlPath, 'utf8'), 'text/html') as unknown as Document;
// The same reading the fixture table uses (test/unit/fixtures.test.ts).
const sample = buildSample(readVisibleFacts(doc, url).facts);
const evidence = collectEvidence(sample);
const lists = combineLists(compileList(parseList(readFileSync('lists/seed.json', 'utf8'))), { blocked: new Set(), trusted: new Set() });
const verdict = scoreEvidence(evidence, lists, {}, { sensitivity: 'normal' });
console.log(`host ${evidence.host}, language ${evidence.language}, regions ${evidence.regions.slice(0, 4).join(' ')}`);
console.log('numbers:', evidence.numbers.map((n) => `${n.parsed.e164} (${n.parsed.kind}, ${n.source}, "${n.written}")`).join('; ') || 'none');
console.log('brands:', evidence.brands.map((b) => `${b.brand}${b.disguised ? '*' : ''}@${b.start}`).join(' ') || 'none');
console.log('phrases:', evidence.phrases.map((p) => `${p.category}:"${p.text}"`).join(' ') || 'none');
console.log(`verdict: ${verdict.level} score ${verdict.score}`);
for (const part of verdict.breakdown) console.log(`  ${part.points > 0 ? '+' : ''}${part.points}  ${part.signal}`);
console.log('reasons:', verdict.reasons.map((r) => r.key).join(', '));
