/**
 * axe-core (WCAG 2.1 A and AA rules) over every state of the extension's own pages, as the built extension
 * shows them in real Chromium and in real Firefox (each engine draws them: fonts, form controls and focus
 * rings differ): the popup on a clean, an amber, a red and an unreadable page, the report form, its preview
 * with the exact data opened, the screen after sending, the report log, "Trust this site?", "Check a number"
 * with an answer; the options page and the leave page. Each in the light and the dark scheme and in English
 * and Dutch. No violation is allowed.
 *
 * axe cannot see into the banner's closed shadow root (neither can anything else on the page, by design);
 * the banner's contrast is argued in banner-style.ts and its keyboard reach and sizes are measured in
 * banner-legibility.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumExtension } from '../../harness/chromium.ts';
import { FirefoxExtension } from '../../harness/firefox.ts';
import { waitFor, type ExtensionBrowser } from '../../harness/extension-browser.ts';
import { startFixtureServer, type FixtureServer } from '../../harness/fixture-server.ts';

const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const scamPage = readFileSync('test/fixtures/pages/scam-en-basic.html', 'utf8');
const amberPage = readFileSync('test/fixtures/e2e/amber.html', 'utf8');
const cleanPage = '<!doctype html><html lang="en"><title>Opening hours</title><h1>Village library</h1><p>Open Monday to Friday, 9:00 to 17:00. Call us on 020 123 4567.</p>';

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly failureSummary?: string }[];
}

const RUN_AXE =
  "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })" +
  '.then((r) => JSON.stringify(r.violations))';

/** What the audit and the states' actions need of a page: Playwright's and Puppeteer's pages both have it. */
interface AuditedPage {
  evaluate(expression: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  waitForSelector(selector: string): Promise<unknown>;
}

/**
 * Runs axe in the page and returns the violations. The driver's evaluation (CDP, WebDriver BiDi) is not
 * subject to the extension page's CSP, which would refuse axe as a script.
 */
async function audit(page: AuditedPage): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = JSON.parse(String(await page.evaluate(RUN_AXE))) as Violation[];
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? '?'}): ${v.help} at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`));
}

type Scheme = 'light' | 'dark';
type Language = 'en' | 'nl';

interface State {
  readonly name: string;
  /** Path of the extension page, given the ids of the fixture tabs. */
  readonly path: (tabs: Tabs) => string;
  /** What the user does before the audit. */
  readonly act?: (page: AuditedPage) => Promise<void>;
  /** The popup's verdict class the state must show, so a state that silently fell back proves nothing. */
  readonly verdict?: string;
}

interface Tabs {
  readonly clean: number;
  readonly amber: number;
  readonly red: number;
}

const popup = (query: string): string => `src/popup/popup.html${query}`;

const STATES: readonly State[] = [
  { name: 'popup, clean page', path: (t) => popup(`?tab=${t.clean}`), verdict: 'verdict clean' },
  { name: 'popup, amber page', path: (t) => popup(`?tab=${t.amber}`), verdict: 'verdict suspicious' },
  { name: 'popup, red page', path: (t) => popup(`?tab=${t.red}`), verdict: 'verdict scam' },
  // Opened on its own, the popup speaks about its own tab: an extension page it cannot read.
  { name: 'popup, a page it cannot read', path: () => popup('') },
  { name: 'popup, report form', path: (t) => popup(`?tab=${t.red}&view=report`) },
  {
    name: 'popup, report preview with the exact data open',
    path: (t) => popup(`?tab=${t.red}&view=report`),
    act: async (page) => {
      await page.click('#report-preview');
      await page.waitForSelector('#report-preview-box:not([hidden])');
      await page.click('#report-data summary');
    },
  },
  {
    name: 'popup, after sending (sending is off: nothing sent)',
    path: (t) => popup(`?tab=${t.red}&view=report`),
    act: async (page) => {
      await page.click('#report-preview');
      await page.waitForSelector('#report-preview-box:not([hidden])');
      await page.click('#report-send');
      await page.waitForSelector('#view-sent:not([hidden])');
    },
  },
  { name: 'popup, my reports', path: (t) => popup(`?tab=${t.red}&view=reports`), act: (page) => page.waitForSelector('#report-log[data-state="ready"]').then(() => undefined) },
  { name: 'popup, trust this site?', path: (t) => popup(`?tab=${t.amber}&view=not-a-scam`) },
  { name: 'popup, check a number', path: () => popup(`?view=check&q=${encodeURIComponent('1 (888) 664-4090 and 020 123 4567')}`), act: (page) => page.waitForSelector('#check-results li').then(() => undefined) },
  { name: 'options', path: () => 'src/options/options.html', act: (page) => page.waitForSelector('#report-log[data-state="ready"]').then(() => undefined) },
  { name: 'leave page', path: (t) => `src/leave/leave.html?tab=${t.red}` },
];

/**
 * Sending off (so "Send" produces the "nothing was sent" screen without a network), then the three pages the
 * popup states speak about, each waited for until it shows its verdict.
 */
async function openFixtureTabs(browser: ExtensionBrowser, server: FixtureServer): Promise<Tabs> {
  await browser.extension(() => chrome.storage.local.set({ settings: { schema: 2, sensitivity: 'normal', language: 'en', syncHours: 6, reportTarget: 'off' } }), undefined);
  const open = async (host: string, html: string, level: string | undefined): Promise<number> => {
    const tab = await browser.openTab(server.page(host, '/', html));
    if (level) await waitFor(`the ${level} banner`, async () => ((await tab.banner())?.level === level ? true : undefined));
    else await new Promise((r) => setTimeout(r, 1500));
    return tab.tabId;
  };
  return {
    clean: await open('library.example', cleanPage, undefined),
    amber: await open('windows-help.example', amberPage, 'suspicious'),
    red: await open('windows-alert.example', scamPage, 'scam'),
  };
}

function setLanguage(browser: ExtensionBrowser, language: Language): Promise<void> {
  return browser.extension(async (lang) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), language: lang } });
  }, language);
}

/** Run in a page: a low-contrast line and an unlabelled field, which the audit must find. */
function plantFaults(): void {
  document.querySelector('main')?.append(
    Object.assign(document.createElement('p'), { textContent: 'Pale grey words', style: 'color:#bbbbbb;background:#ffffff' }),
    Object.assign(document.createElement('input'), { type: 'text' }),
  );
}

function expectPlantedFaultsFound(found: readonly string[]): void {
  expect(found.some((v) => v.startsWith('color-contrast'))).toBe(true);
  expect(found.some((v) => v.startsWith('label'))).toBe(true);
}

describe('accessibility (axe-core, WCAG 2.1 AA) [chromium]', () => {
  let server: FixtureServer;
  let browser: ChromiumExtension;
  let tabs: Tabs;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await ChromiumExtension.launch({ proxyPort: server.port });
    tabs = await openFixtureTabs(browser, server);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the audit itself finds a low-contrast line and an unlabelled field, so a clean result means something', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(browser.extensionUrl('src/options/options.html'));
      await page.waitForSelector('body[data-ready="true"]');
      await page.evaluate(plantFaults);
      expectPlantedFaultsFound(await audit(page));
    } finally {
      await page.close();
    }
  });

  for (const language of ['en', 'nl'] as const satisfies readonly Language[]) {
    for (const scheme of ['light', 'dark'] as const satisfies readonly Scheme[]) {
      describe(`${language}, ${scheme}`, () => {
        beforeAll(async () => {
          await setLanguage(browser, language);
        });

        for (const state of STATES) {
          it(`${state.name}: no violations`, async () => {
            const page = await browser.context.newPage();
            try {
              await page.emulateMedia({ colorScheme: scheme });
              await page.setViewportSize({ width: 420, height: 700 });
              await page.goto(browser.extensionUrl(state.path(tabs)));
              await page.waitForSelector('body[data-ready="true"]');
              expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${language}`));
              if (state.verdict) expect(await page.getAttribute('#verdict', 'class')).toBe(state.verdict);
              await state.act?.(page);
              await page.waitForTimeout(150);
              expect(await audit(page)).toEqual([]);
            } finally {
              await page.close();
            }
          });
        }
      });
    }
  }
});

/**
 * The same states in Firefox. Firefox has no per-page colour-scheme emulation over WebDriver BiDi, so each
 * scheme is its own browser, told by a preference which scheme pages see (0 dark, 1 light), as a user's
 * Settings > General > Website appearance does.
 */
for (const scheme of ['light', 'dark'] as const satisfies readonly Scheme[]) {
  describe(`accessibility (axe-core, WCAG 2.1 AA) [firefox, ${scheme}]`, () => {
    let server: FixtureServer;
    let firefox: FirefoxExtension;
    let tabs: Tabs;

    beforeAll(async () => {
      server = await startFixtureServer();
      firefox = await FirefoxExtension.launch({ proxyPort: server.port, prefs: { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 } });
      tabs = await openFixtureTabs(firefox, server);
    });

    afterAll(async () => {
      await firefox?.close();
      await server?.close();
    });

    it('pages see the scheme asked for, and the audit finds a low-contrast line and an unlabelled field', async () => {
      const tab = await firefox.openExtensionPage('src/options/options.html');
      try {
        expect(await tab.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, undefined)).toBe(scheme === 'dark');
        await tab.evaluate(plantFaults, undefined);
        expectPlantedFaultsFound(await audit(tab.page));
      } finally {
        await tab.close();
      }
    });

    for (const language of ['en', 'nl'] as const satisfies readonly Language[]) {
      describe(language, () => {
        beforeAll(async () => {
          await setLanguage(firefox, language);
        });

        for (const state of STATES) {
          it(`${state.name}: no violations`, async () => {
            const tab = await firefox.openExtensionPage(state.path(tabs));
            try {
              await tab.setViewport(420, 700);
              expect(await tab.evaluate(() => document.documentElement.lang, undefined)).toMatch(new RegExp(`^${language}`));
              if (state.verdict) expect(await tab.evaluate(() => document.querySelector('#verdict')?.className, undefined)).toBe(state.verdict);
              await state.act?.(tab.page);
              await new Promise((r) => setTimeout(r, 150));
              expect(await audit(tab.page)).toEqual([]);
            } finally {
              await tab.close();
            }
          });
        }
      });
    }
  });
}
