/**
 * Pages written by someone who has read this repository (docs/threat-model.md, one test per row). Each
 * fixture in test/fixtures/hostile attacks the extension one way; each test shows the user is still
 * protected, or states the known limit it measures.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { waitFor, type ExtensionBrowser, type TestTab } from '../../harness/extension-browser.ts';
import { forEachBrowser } from './support/targets.ts';

const hostile = (name: string): string => readFileSync(`test/fixtures/hostile/${name}.html`, 'utf8');
const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function bannerLevel(tab: TestTab, level: 'scam' | 'suspicious', timeout = 8000): Promise<void> {
  await waitFor(`the ${level} banner`, async () => ((await tab.banner())?.level === level ? true : undefined), timeout);
}

async function openTabUrls(browser: ExtensionBrowser): Promise<string[]> {
  return browser.extension(async () => (await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).tabs.query({})).map((t) => t.url ?? ''), undefined);
}

interface Probe {
  done: boolean;
  reachable: string[];
  native: Record<string, boolean>;
  globals: string[];
}

forEachBrowser('hostile pages', (ctx) => {
  it('cannot detect the extension: none of its files load, wrapped functions print as native, no globals', async () => {
    const { browser, server } = ctx();
    // The real base URL: more than a page could know, so a miss here is a real miss.
    const html = hostile('extension-probe').replace('__EXTENSION_BASE__', browser.extensionUrl(''));
    const tab = await browser.openTab(server.page('windows-alert.example', '/probe', html));
    await bannerLevel(tab, 'scam');
    const probe = await waitFor('the probes', async () => {
      const p = await tab.evaluate(() => (window as unknown as { probe: Probe }).probe, undefined);
      return p.done ? p : undefined;
    });
    expect(probe.reachable).toEqual([]);
    expect(probe.native).toEqual({
      alert: true, open: true, print: true, pushState: true, requestFullscreen: true, addEventListener: true, toString: true, remove: true, onbeforeunload: true,
    });
    expect(probe.globals).toEqual([]);
    await tab.close();
  });

  it('adds nothing to a page it reads but does not warn about', async () => {
    const { browser, server } = ctx();
    const tab = await browser.openTab(server.page('repair-cafe.example', '/', hostile('clean-untouched')));
    await pause(1500);
    const same = await tab.evaluate(async () => {
      const source = await (await fetch(location.href)).text();
      const parsed = new DOMParser().parseFromString(source, 'text/html');
      return parsed.documentElement.isEqualNode(document.documentElement);
    }, undefined);
    expect(same).toBe(true);
    expect(await browser.badgeText(tab.tabId)).toBe('');
    await tab.close();
  });

  it('keeps the warning full-size when the page zooms and transforms <html> to shrink it', async () => {
    const { browser, server } = ctx();
    const tab = await browser.openTab();
    await tab.setViewport(1000, 700);
    await tab.goto(server.page('windows-alert.example', '/zoom', hostile('zoomed-out')));
    await bannerLevel(tab, 'scam');
    await pause(1500);
    // Sampled where a user looks: across the top of the window, the banner must be what is there.
    const across = await tab.evaluate(() => [0.1, 0.5, 0.9].map((x) => document.elementFromPoint(innerWidth * x, 12)?.localName ?? ''), undefined);
    expect(across).toEqual(['helpdesk-guard-banner', 'helpdesk-guard-banner', 'helpdesk-guard-banner']);
    await tab.close();
  });

  it('forged page-world messages and clicks on the banner host change nothing', async () => {
    const { browser, server } = ctx();
    const ownPages = async (): Promise<string[]> => (await openTabUrls(browser)).filter((u) => u.startsWith(browser.extensionUrl(''))).sort();
    const pagesBefore = await ownPages();
    const tab = await browser.openTab(server.page('windows-alert.example', '/forged', hostile('forged-signals')));
    await bannerLevel(tab, 'scam');
    await pause(1500);
    const forged = await tab.evaluate(() => (window as unknown as { forged: { runtime: boolean; sent: number } }).forged, undefined);
    expect(forged.sent).toBeGreaterThan(10);
    // A web page has no way to message the extension: no externally_connectable.
    expect(forged.runtime).toBe(false);
    expect((await tab.banner())?.level).toBe('scam');
    expect(await browser.badgeText(tab.tabId)).toBe('!');
    // No extension page (leave, report, not-a-scam) was opened by the forged clicks. Web pages' addresses are
    // hidden from the extension (no tabs permission); its own pages' are not.
    expect(await ownPages()).toEqual(pagesBefore);
    await tab.close();
  });

  it('an ad frame from another site cannot make the page it sits in look like a lock screen', async () => {
    const { browser, server } = ctx();
    server.page('ads.example', '/slot', hostile('ad-frame-forger'));
    const tab = await browser.openTab(server.page('news.example', '/bridge', hostile('ad-frame-host')));
    await pause(2500);
    expect(await tab.banner()).toBeUndefined();
    expect(await browser.badgeText(tab.tabId)).toBe('');
    await tab.close();
  });

  it('stays responsive under a 20 MB text node, a million-digit run and a mutation storm, and still warns', async () => {
    const { browser, server } = ctx();
    const tab = await browser.openTab(server.page('windows-alert.example', '/flood', hostile('flood')));
    await bannerLevel(tab, 'scam', 30_000);
    // A hang detector, not a speed test (docs/threat-model.md has the measured figures): the page's own
    // 50 ms timer keeps firing while the extension works. Under this load the page manages 8–11 ticks in 3 s
    // in Firefox with the extension (its own layout of 20 MB of text is most of the load), 34–54 in Chromium;
    // a frozen tab manages none. Six seconds, so that a slow moment on a shared CI machine (one run got 6
    // ticks in 3 s) is not mistaken for a hang.
    const before = await tab.evaluate(() => (window as unknown as { ticks: number }).ticks, undefined);
    await pause(6000);
    const after = await tab.evaluate(() => (window as unknown as { ticks: number }).ticks, undefined);
    expect(after - before).toBeGreaterThan(6);
    await tab.close();
  });

  it('keeps warning through a reload loop and a page that rewrites itself', async () => {
    const { browser, server } = ctx();
    const tab = await browser.openTab(server.page('windows-alert.example', '/reload', hostile('reload-loop')));
    await waitFor('the reload loop to end', async () => ((await tab.evaluate(() => (window as unknown as { loads?: number }).loads ?? 0, undefined)) >= 6 ? true : undefined), 20_000);
    await bannerLevel(tab, 'scam');
    // Firefox may answer the load check from the document being unloaded; the tab is then asked again and
    // the badge comes back within moments (tab-judge.ts handleLoaded).
    await waitFor('the red badge', async () => ((await browser.badgeText(tab.tabId)) === '!' ? true : undefined));
    await tab.close();
  });

  it('opens no windows once warned, however often the page tries', async () => {
    const { browser, server } = ctx();
    const tab = await browser.openTab(server.page('windows-alert.example', '/windows', hostile('window-flood')));
    await bannerLevel(tab, 'scam');
    await pause(600);
    const tabsBefore = (await openTabUrls(browser)).length;
    // Real clicks carry a user gesture, so without the extension each would open a tab.
    await tab.clickAt(400, 500);
    await tab.clickAt(420, 520);
    await pause(1000);
    const trap = await tab.evaluate(() => (window as unknown as { trap: { openCalls: number; opened: number } }).trap, undefined);
    expect(trap.openCalls).toBe(2);
    expect(trap.opened).toBe(0);
    expect((await openTabUrls(browser)).length).toBe(tabsBefore);
    expect((await tab.banner())?.level).toBe('scam');
    await tab.close();
  });

  it('finds the number among thousands of number-like decoys on both sides of it', async () => {
    const { browser, server } = ctx();
    const tab = await browser.openTab(server.page('windows-alert.example', '/decoys', hostile('decoy-padding')));
    await bannerLevel(tab, 'scam');
    expect((await browser.popup(tab.tabId)).numbers.map((n) => n.text)).toContain('+1 844 555 0148');
    await tab.close();
  });

  it('finds a number the page writes in pieces, one batch at a time, with padding between them', async () => {
    const { browser, server } = ctx();
    const tab = await browser.openTab(server.page('windows-alert.example', '/pieces', hostile('number-in-pieces')));
    await bannerLevel(tab, 'scam', 12_000);
    expect((await browser.popup(tab.tabId)).numbers.map((n) => n.text)).toEqual(['+1 844 555 0149']);
    await tab.close();
  });

  it('reads a number written only in image alt text', async () => {
    const { browser, server } = ctx();
    const tab = await browser.openTab(server.page('windows-alert.example', '/alt', hostile('number-in-alt')));
    await bannerLevel(tab, 'scam');
    expect((await browser.popup(tab.tabId)).numbers.map((n) => n.text)).toEqual(['+1 844 555 0145']);
    await tab.close();
  });

  // CSS generated text is read from the page's style sheets (issue 16, src/content/visual-text.ts).
  it('reads a number written only as CSS generated content', async () => {
    const { browser, server } = ctx();
    const tab = await browser.openTab(server.page('windows-alert.example', '/css', hostile('number-in-css')));
    await bannerLevel(tab, 'scam');
    expect((await browser.popup(tab.tabId)).numbers.map((n) => n.text)).toEqual(['+1 844 555 0146']);
    await tab.close();
  });

  // Known limit (docs/threat-model.md): text drawn in a canvas is not page text. The words around it still
  // make the page amber; the number itself is not found.
  it('a number only in a canvas is not read, and the page is still amber', async () => {
    const { browser, server } = ctx();
    const tab = await browser.openTab(server.page('windows-alert.example', '/canvas', hostile('number-in-canvas')));
    await bannerLevel(tab, 'suspicious');
    expect((await browser.popup(tab.tabId)).numbers).toEqual([]);
    await tab.close();
  });

  it('corrupted stored settings: the options page says so, and protection carries on with defaults', async () => {
    const { browser, server } = ctx();
    await browser.extension(async () => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      await api.storage.local.set({ settings: { schema: 1, sensitivity: 'paranoid', syncHours: 'often' }, userLists: 'not a list' });
    }, undefined);
    const options = await browser.openExtensionPage('src/options/options.html');
    await options.waitFor('#repaired:not([hidden])');
    expect(await options.text('#repaired')).not.toBe('');
    await options.close();
    const tab = await browser.openTab(server.page('windows-alert.example', '/after-corruption', readFileSync('test/fixtures/pages/scam-en-basic.html', 'utf8')));
    await bannerLevel(tab, 'scam');
    await tab.close();
    await browser.extension(async () => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      await api.storage.local.remove(['settings', 'userLists']);
    }, undefined);
  });
});
