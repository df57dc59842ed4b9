/**
 * Every fixture page, static and dynamic, on the built extension in both browsers: served under its own
 * address through the local proxy, judged by the extension as a user would get it, and compared with the
 * level and numbers its .json declares.
 */
import { expect, it } from 'vitest';
import { allFixturePages } from '../../tools/eval/corpora.ts';
import type { ExtensionBrowser } from '../../harness/extension-browser.ts';
import { forEachBrowser } from './support/targets.ts';

interface StoredVerdict {
  level: string;
  numbers: { e164: string }[];
}

async function verdictOf(target: ExtensionBrowser, tabId: number): Promise<StoredVerdict | undefined> {
  return target.extension(
    async (id) => ((await (typeof browser === 'undefined' ? chrome : browser).storage.session.get(`tab:${id}`))[`tab:${id}`] as { verdict?: StoredVerdict } | undefined)?.verdict,
    tabId,
  );
}

/** Waits for the expected level; a page expected clean gets the time a slow page would need to turn. */
async function settle(browser: ExtensionBrowser, tabId: number, expected: string, dynamic: boolean): Promise<StoredVerdict | undefined> {
  const end = Date.now() + (expected === 'clean' ? (dynamic ? 3500 : 1800) : 10_000);
  let verdict: StoredVerdict | undefined;
  while (Date.now() < end) {
    verdict = await verdictOf(browser, tabId);
    if (expected !== 'clean' && verdict?.level === expected) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return verdict;
}

forEachBrowser('fixture pages', (ctx) => {
  for (const fixture of allFixturePages()) {
    it(`${fixture.id} → ${fixture.meta.expect.level}`, async () => {
      const { browser, server } = ctx();
      const url = new URL(fixture.url);
      server.page(url.host, url.pathname, fixture.html ?? '');
      const tab = await browser.openTab();
      await tab.goto(url.href);
      const verdict = await settle(browser, tab.tabId, fixture.meta.expect.level, fixture.meta.dynamic === true);
      expect({ level: verdict?.level ?? 'clean', numbers: (verdict?.numbers ?? []).map((n) => n.e164).sort() }).toEqual({
        level: fixture.meta.expect.level,
        numbers: [...fixture.meta.expect.numbers].sort(),
      });
      await tab.close();
    });
  }
});
