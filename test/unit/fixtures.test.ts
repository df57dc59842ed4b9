// @vitest-environment happy-dom
/**
 * The fixture suite, walked by one table: each page in test/fixtures/pages is read the way the content
 * script reads it (read-page.ts, build-sample.ts) and judged by core with the bundled seed list, and the
 * verdict and numbers must be the ones its .json declares. Pages marked `dynamic` (scripts, iframes, page
 * behaviour) need a real browser and are walked by test/e2e/fixtures.test.ts instead. A new case is two
 * files and no code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileList } from '../../src/core/blocklist/compiled-list.ts';
import { parseList } from '../../src/core/blocklist/parse-list.ts';
import { analyzePage } from '../../src/core/verdict/analyze-page.ts';
import { combineLists } from '../../src/core/verdict/list-lookup.ts';
import { buildSample } from '../../src/content/build-sample.ts';
import { pageNeedsDetector } from '../../src/content/gate.ts';
import { readVisibleFacts } from '../../src/content/page-facts.ts';
import { allFixturePages } from '../../tools/eval/corpora.ts';

const seed = compileList(parseList(readFileSync('lists/seed.json', 'utf8')));
const lists = combineLists(seed, { blocked: new Set(), trusted: new Set() });
const fixtures = allFixturePages();

describe('fixture pages (static)', () => {
  it('has at least 40 fixtures, scam and benign', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    expect(fixtures.filter((f) => f.label === 'benign').length).toBeGreaterThanOrEqual(15);
  });

  it('puts every fixture at a plain http:// address, the only kind the browsers\' test proxy can serve', () => {
    expect(fixtures.filter((f) => !f.url.startsWith('http://')).map((f) => `${f.id}: ${f.url}`)).toEqual([]);
  });

  for (const fixture of fixtures.filter((f) => !f.meta.dynamic)) {
    it(`${fixture.id}: ${fixture.meta.expect.level}`, () => {
      const doc = new DOMParser().parseFromString(fixture.html ?? '', 'text/html');
      const gate = pageNeedsDetector(doc, fixture.url);
      // A page with an expected number must pass the cheap gate; a page without one may pass it or not (the
      // gate also opens for brand titles and contact cues), so there is nothing to assert for it.
      if (fixture.meta.expect.numbers.length > 0) expect(gate, 'the cheap gate must let every page with a number through').toBe(true);
      const sample = buildSample(readVisibleFacts(doc, fixture.url).facts);
      const verdict = analyzePage(sample, { lists, behaviour: {}, options: { sensitivity: 'normal' } });
      expect({ level: verdict.level, numbers: verdict.numbers.map((n) => n.e164).sort() }).toEqual({
        level: fixture.meta.expect.level,
        numbers: [...fixture.meta.expect.numbers].sort(),
      });
    });
  }
});
