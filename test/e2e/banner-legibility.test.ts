/**
 * The warning stays legible and reachable for the people it is for, whatever the page does (issue 18):
 * page CSS that shrinks or blows up the root font size, `text-size-adjust` or zoom on <html> does not change
 * the banner's drawn text size; the browser's own text-size setting and zoom do; at 400% zoom "Leave this
 * page" is inside the window; a keyboard user reaches "Leave" in at most two key presses on red and amber
 * pages with many links. Sizes are read inside the closed shadow root (harness/banner-metrics.ts).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bannerMetrics, setBrowserZoom, setChromiumDefaultFontSize, type BannerMetrics } from '../../harness/banner-metrics.ts';
import type { ChromiumTab } from '../../harness/chromium.ts';
import { waitFor, type ExtensionBrowser, type TestTab } from '../../harness/extension-browser.ts';
import { FirefoxExtension } from '../../harness/firefox.ts';
import { startFixtureServer } from '../../harness/fixture-server.ts';
import { forEachBrowser } from './support/targets.ts';

const scamPage = readFileSync('test/fixtures/pages/scam-en-basic.html', 'utf8');
const amberPage = readFileSync('test/fixtures/e2e/amber.html', 'utf8');
const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The page's own CSS, put first in <head>, as a scam kit would write it. */
const withCss = (html: string, css: string): string => html.replace('<head>', `<head><style>${css}</style>`);
/** Fifteen links before anything else, so a banner last in the Tab order would be sixteen Tabs away. */
const withLinks = (html: string): string =>
  html.replace(/<body([^>]*)>/, (body) => `${body}<nav>${Array.from({ length: 15 }, (_, i) => `<a href="#l${i}">Link ${i + 1}</a>`).join(' ')}</nav>`);

const HOSTILE_CSS: Readonly<Record<string, string>> = {
  'root font size 62.5%': 'html { font-size: 62.5% !important; }',
  'root font size 8px': 'html { font-size: 8px !important; } body { font-size: 8px; }',
  'root font size 40px': 'html { font-size: 40px !important; }',
  'text-size-adjust 300%': 'html { -webkit-text-size-adjust: 300% !important; text-size-adjust: 300% !important; }',
  'zoom 0.5 on <html>': 'html { zoom: 0.5; }',
  'zoom 3 on <html>': 'html { zoom: 3; }',
};

async function openWarned(browser: ExtensionBrowser, url: string, level: 'scam' | 'suspicious', viewport?: [number, number]): Promise<TestTab> {
  const tab = await browser.openTab();
  if (viewport) await tab.setViewport(viewport[0], viewport[1]);
  await tab.goto(url);
  await waitFor(`the ${level} banner`, async () => ((await tab.banner())?.level === level ? true : undefined));
  await pause(400);
  return tab;
}

const sizes = (m: BannerMetrics): { headline: number; reason: number | undefined; buttons: number[] } => ({
  headline: m.headline.fontSize,
  reason: m.reason?.fontSize,
  buttons: m.buttons.map((b) => b.fontSize),
});

const leave = (m: BannerMetrics) => m.buttons.find((b) => b.text === 'Leave this page');

/** Tabs until "Leave this page" has focus; how many presses that took (Infinity if not within `max`). */
async function tabsToLeave(browser: ExtensionBrowser, tab: TestTab, max: number): Promise<number> {
  if ((await bannerMetrics(browser, tab)).focused === 'Leave this page') return 0;
  for (let presses = 1; presses <= max; presses++) {
    await tab.press('Tab');
    if ((await bannerMetrics(browser, tab)).focused === 'Leave this page') return presses;
  }
  return Number.POSITIVE_INFINITY;
}

forEachBrowser('banner legibility', (ctx) => {
  let baseline: ReturnType<typeof sizes>;

  beforeAll(async () => {
    const { browser, server } = ctx();
    const tab = await openWarned(browser, server.page('windows-alert.example', '/baseline', scamPage), 'scam');
    baseline = sizes(await bannerMetrics(browser, tab));
    console.log(`[${browser.name}] banner at the browser's default text size:`, JSON.stringify(baseline));
    await tab.close();
  });

  it('draws its text at the browser default size: headline 1.2×, reason and buttons 1× (16 px by default)', () => {
    expect(baseline.headline).toBeCloseTo(19.2, 0);
    expect(baseline.reason).toBeCloseTo(16, 0);
    for (const size of baseline.buttons) expect(size).toBeGreaterThanOrEqual(16);
  });

  for (const [name, css] of Object.entries(HOSTILE_CSS)) {
    it(`keeps the same drawn text size under page CSS: ${name}`, async () => {
      const { browser, server } = ctx();
      const tab = await openWarned(browser, server.page('windows-alert.example', `/css-${name.replace(/\W+/g, '-')}`, withCss(scamPage, css)), 'scam');
      const measured = sizes(await bannerMetrics(browser, tab));
      console.log(`[${browser.name}] ${name}:`, JSON.stringify(measured));
      expect(measured.headline).toBeCloseTo(baseline.headline, 0);
      expect(measured.reason).toBeCloseTo(baseline.reason ?? 0, 0);
      expect(measured.buttons).toEqual(baseline.buttons);
      await tab.close();
    });
  }

  for (const zoom of [2, 3, 4]) {
    it(`at ${zoom * 100}% browser zoom in a 1280×720 window, "Leave this page" is inside the window and the banner no taller than it`, async () => {
      const { browser, server } = ctx();
      const tab = await openWarned(browser, server.page('windows-alert.example', `/zoom-${zoom}`, scamPage), 'scam', [1280, 720]);
      await setBrowserZoom(browser, tab.tabId, zoom);
      await waitFor('the zoom to apply', async () => ((await tab.evaluate(() => innerWidth, undefined)) < 1280 / zoom + 20 ? true : undefined));
      await pause(300);
      const m = await bannerMetrics(browser, tab);
      const button = leave(m);
      console.log(`[${browser.name}] zoom ${zoom * 100}%: viewport ${m.viewport.width}×${m.viewport.height}, Leave at`, JSON.stringify(button));
      expect(button).toBeDefined();
      expect(button?.top).toBeGreaterThanOrEqual(0);
      expect(button?.left).toBeGreaterThanOrEqual(0);
      expect(button?.bottom).toBeLessThanOrEqual(m.viewport.height);
      expect(button?.right).toBeLessThanOrEqual(m.viewport.width + 1);
      // The banner follows the zoom: the same CSS size, so `zoom` times larger on screen.
      expect(m.headline.fontSize).toBeGreaterThan(0);
      expect(button?.text).toBe('Leave this page');
      const host = await tab.hostFacts();
      expect(host.height).toBeLessThanOrEqual(m.viewport.height + 1);
      await setBrowserZoom(browser, tab.tabId, 1);
      await tab.close();
    });
  }

  for (const [level, page, host] of [
    ['scam', scamPage, 'windows-alert.example'],
    ['suspicious', amberPage, 'windows-help.example'],
  ] as const) {
    it(`a keyboard user reaches "Leave this page" in at most two key presses on a ${level === 'scam' ? 'red' : 'amber'} page with 15 links, and Enter leaves`, async () => {
      const { browser, server } = ctx();
      const tab = await openWarned(browser, server.page(host, `/keyboard-${level}`, withLinks(page)), level);
      const presses = await tabsToLeave(browser, tab, 2);
      console.log(`[${browser.name}] ${level}: "Leave this page" after ${presses} Tab press(es)`);
      expect(presses).toBeLessThanOrEqual(2);
      // Leaving closes this tab, sometimes between the key's down and up: the driver then reports the page gone.
      await tab.press('Enter').catch((error: unknown) => {
        if (!/closed|discarded|no such/i.test(String(error))) throw error;
      });
      // Leaving opens the calm page in the scam tab's place and closes the scam tab.
      await waitFor('the scam tab to be replaced by the leave page', async () => {
        const tabs = await browser.extension(async () => (await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).tabs.query({})).map((t) => ({ id: t.id, url: t.url ?? '' })), undefined);
        return !tabs.some((t) => t.id === tab.tabId) && tabs.some((t) => t.url.includes('src/leave/leave.html')) ? true : undefined;
      });
    });
  }
});

forEachBrowser('hiding a red warning', (ctx) => {
  it('asks first, keeps "Leave" first in the question, and only "Yes, hide it" hides it; the toolbar still warns', async () => {
    const { browser, server } = ctx();
    const tab = await openWarned(browser, server.page('windows-alert.example', '/hide-red', scamPage), 'scam');
    for (let i = 0; i < 4; i++) await tab.press('Tab');
    expect((await bannerMetrics(browser, tab)).focused).toBe('Hide this warning');
    await tab.press('Enter');
    await waitFor('the question', async () => ((await tab.banner())?.buttons.includes('Yes, hide it') ? true : undefined));
    expect((await tab.banner())?.buttons).toEqual(['Leave this page', 'Keep the warning', 'Yes, hide it']);
    expect((await tab.hostFacts()).present).toBe(true);
    // Escape keeps the warning.
    await tab.press('Escape');
    await waitFor('the buttons back', async () => ((await tab.banner())?.buttons.includes('Hide this warning') ? true : undefined));
    await tab.press('Enter');
    await waitFor('the question again', async () => ((await tab.banner())?.buttons.includes('Yes, hide it') ? true : undefined));
    for (let i = 0; i < 3; i++) await tab.press('Tab');
    expect((await bannerMetrics(browser, tab)).focused).toBe('Yes, hide it');
    await tab.press('Enter');
    await waitFor('the banner to go', async () => ((await tab.hostFacts()).present ? undefined : true));
    expect(await browser.badgeText(tab.tabId)).toBe('!');
    await tab.close();
  });
});

describe('banner legibility: the browser text-size setting', () => {
  it('[chromium] follows Appearance > Font size (24 px): headline 28.8 px, buttons 24 px', async () => {
    const { ChromiumExtension } = await import('../../harness/chromium.ts');
    const server = await startFixtureServer();
    const browser = await ChromiumExtension.launch({ proxyPort: server.port });
    try {
      const tab = (await browser.openTab()) as ChromiumTab;
      await tab.setViewport(1280, 1000);
      await setChromiumDefaultFontSize(tab, 24);
      await tab.goto(server.page('windows-alert.example', '/font-24', withCss(scamPage, 'html { font-size: 62.5%; }')));
      await waitFor('the red banner', async () => ((await tab.banner())?.level === 'scam' ? true : undefined));
      const m = sizes(await bannerMetrics(browser, tab));
      console.log('[chromium] default text size 24 px:', JSON.stringify(m));
      expect(m.headline).toBeCloseTo(28.8, 0);
      expect(m.buttons[0]).toBeCloseTo(24, 0);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('[firefox] follows Settings > Fonts > Size (24 px): headline 28.8 px, buttons 24 px', async () => {
    const server = await startFixtureServer();
    const browser = await FirefoxExtension.launch({ proxyPort: server.port, prefs: { 'font.size.variable.x-western': 24 } });
    try {
      // Tall enough that the banner's short-window layout (below 30 em, here 720 px) does not apply.
      const tab = await browser.openTab();
      await tab.setViewport(1280, 1000);
      await tab.goto(server.page('windows-alert.example', '/font-24', withCss(scamPage, 'html { font-size: 62.5%; }')));
      await waitFor('the red banner', async () => ((await tab.banner())?.level === 'scam' ? true : undefined));
      const m = sizes(await bannerMetrics(browser, tab));
      console.log('[firefox] default text size 24 px:', JSON.stringify(m));
      expect(m.headline).toBeCloseTo(28.8, 0);
      expect(m.buttons[0]).toBeCloseTo(24, 0);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
