/**
 * The vertical slice, in both browsers on the built extension: a fake-helpdesk page gets the banner, the red
 * badge and a popup that says why; a clean page gets nothing.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { waitFor } from '../../harness/extension-browser.ts';
import { forEachBrowser } from './support/targets.ts';

const fixture = (name: string): string => readFileSync(`test/fixtures/pages/${name}.html`, 'utf8');

forEachBrowser('foundation', (ctx) => {
  it('flags a fake helpdesk: banner in the page, red badge, popup with the verdict', async () => {
    const { browser, server } = ctx();
    const url = server.page('windows-alert.example', '/error/', fixture('scam-en-basic'));
    const tab = await browser.openTab(url);
    const banner = await waitFor('the banner', () => tab.banner());
    expect(banner.level).toBe('scam');
    expect(banner.text).toContain('Microsoft never shows a phone number');
    expect(banner.text).toContain('+1 844 555 0123');
    const host = await tab.hostFacts();
    expect(host).toMatchObject({ present: true, visible: true, onTop: true });
    expect(host.height).toBeGreaterThan(40);
    expect(await browser.badgeText(tab.tabId)).toBe('!');
    const popup = await browser.popup(tab.tabId);
    expect(popup.title).toBe('Fake helpdesk');
    expect(popup.className).toContain('scam');
    expect(popup.numbers).toEqual([{ text: '+1 844 555 0123', status: 'unknown' }]);
    expect(popup.reasons.join(' ')).toContain('pretends to be Microsoft');
    await tab.close();
  });

  // Scam pages often open behind the current tab (pop-unders, redirects). The page's text is read after a
  // rendered frame (content/after-frame.ts). Headless browsers still render background tabs (a build without
  // the fallback timer passes this too), so the timer for tabs that render nothing is tested in
  // test/unit/content/after-frame.test.ts; this checks the whole path for a tab that is not active.
  it('flags a fake helpdesk opened in a background tab', async () => {
    const { browser, server } = ctx();
    const front = await browser.openTab(server.page('kitchen.example', '/front', fixture('benign-en-recipe')));
    const url = server.page('windows-alert.example', '/behind/', fixture('scam-en-basic'));
    const tabId = await browser.extension(async (address) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      return (await api.tabs.create({ url: address, active: false })).id ?? -1;
    }, url);
    const active = await browser.extension(async (id) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      return (await api.tabs.get(id)).active;
    }, tabId);
    expect(active).toBe(false);
    await waitFor('the red badge on the background tab', async () => ((await browser.badgeText(tabId)) === '!' ? true : undefined));
    await browser.extension(async (id) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      await api.tabs.remove(id);
    }, tabId);
    await front.close();
  });

  it('leaves a clean page alone: no banner, no badge', async () => {
    const { browser, server } = ctx();
    const url = server.page('kitchen.example', '/apple-crumble', fixture('benign-en-recipe'));
    const tab = await browser.openTab(url);
    // Give the content script the time it would need to scan and report.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await tab.banner()).toBeUndefined();
    expect((await tab.hostFacts()).present).toBe(false);
    expect(await browser.badgeText(tab.tabId)).toBe('');
    // Checked, not "not checked yet": the page passed no gate, and the popup still knows it was looked at.
    const popup = await browser.popup(tab.tabId);
    expect(popup).toMatchObject({ title: 'Nothing suspicious found', reasons: [], numbers: [] });
    expect(popup.advice).toMatch(/found no signs of a fake helpdesk/);
    await tab.close();
  });
});

forEachBrowser('badge lifecycle', (ctx) => {
  it('keeps the verdict when an iframe reloads and clears it when the tab navigates away', async () => {
    const { browser, server } = ctx();
    server.page('ad-frame.example', '/frame', '<p>advert</p>');
    const page = fixture('scam-en-basic').replace('</body>', '<iframe id="f" src="http://ad-frame.example/frame"></iframe></body>');
    const tab = await browser.openTab(server.page('windows-alert.example', '/with-frame', page));
    await waitFor('the red badge', async () => ((await browser.badgeText(tab.tabId)) === '!' ? true : undefined));
    await tab.evaluate(() => {
      (document.getElementById('f') as HTMLIFrameElement).src = 'http://ad-frame.example/frame?again';
    }, undefined);
    await new Promise((r) => setTimeout(r, 1200));
    expect(await browser.badgeText(tab.tabId)).toBe('!');
    await tab.goto(server.page('kitchen.example', '/next', fixture('benign-en-recipe')));
    await waitFor('the badge to clear', async () => ((await browser.badgeText(tab.tabId)) === '' ? true : undefined));
    expect(await tab.banner()).toBeUndefined();
    await tab.close();
  });
});
