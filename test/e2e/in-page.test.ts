/**
 * The in-page experience in both browsers: lock-screen pages are defused and can be left, the banner
 * survives pages that fight it, it is reachable by keyboard and fits narrow windows, numbers are marked
 * in the page itself, and a dismissed banner stays dismissed.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { waitFor, type ExtensionBrowser, type TestTab } from '../../harness/extension-browser.ts';
import { forEachBrowser } from './support/targets.ts';

const page = (name: string): string => readFileSync(`test/fixtures/e2e/${name}.html`, 'utf8');
const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Trap {
  dialogs: number;
  unloadRuns: number;
  fullscreenRequests: number;
}

async function redBanner(tab: TestTab): Promise<void> {
  await waitFor('the red banner', async () => ((await tab.banner())?.level === 'scam' ? true : undefined));
}

async function tabUrls(target: ExtensionBrowser): Promise<string[]> {
  return target.extension(async () => (await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).tabs.query({})).map((t) => t.url ?? ''), undefined);
}

/** The lock-screen counts the background holds for the tab's top frame. */
async function frameBehaviour(target: ExtensionBrowser, tabId: number): Promise<Record<string, number> | undefined> {
  return target.extension(async (id) => {
    const key = `tab:${id}`;
    const record = (await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.session.get(key))[key] as
      | { frames?: Record<string, { behaviour?: Record<string, number> }> }
      | undefined;
    return record?.frames?.['0']?.behaviour;
  }, tabId);
}

forEachBrowser('in the page', (ctx) => {
  it('defuses a lock-screen page: no more dialogs, no fullscreen, no beforeunload trap', async () => {
    const { browser, server } = ctx();
    const tab = await browser.openTab(server.page('locked-pc.example', '/', page('lockscreen-trap')));
    await redBanner(tab);
    await pause(600);
    const before = await tab.evaluate(() => ({ ...(window as unknown as { trap: Trap }).trap }), undefined);
    const dialogsBefore = tab.dialogs;
    // The page asks for fullscreen on every click and loops alerts; both must now be refused.
    await tab.clickAt(400, 500);
    await tab.evaluate(() => {
      window.alert('still trapping?');
      window.dispatchEvent(new Event('beforeunload'));
    }, undefined);
    await pause(500);
    const after = await tab.evaluate(() => ({ ...(window as unknown as { trap: Trap }).trap, fullscreen: document.fullscreenElement !== null }), undefined);
    expect(after.fullscreenRequests).toBe(before.fullscreenRequests + 1);
    expect(after.fullscreen).toBe(false);
    expect(tab.dialogs).toBe(dialogsBefore);
    expect(after.unloadRuns).toBe(before.unloadRuns);
    // What the page did was seen: the page world's counts, and the hidden pointer the content script checks.
    const behaviour = await waitFor('the lock-screen counts', () => frameBehaviour(browser, tab.tabId).then((b) => (b?.hiddenCursor ? b : undefined)));
    expect(behaviour).toMatchObject({ hiddenCursor: 1 });
    expect(behaviour.dialog).toBeGreaterThan(0);
    expect(behaviour.historyPush).toBeGreaterThan(0);
    await tab.close();
  });

  it('"Leave this page" closes the scam tab, history and all, and opens the calm page', async () => {
    const { browser, server } = ctx();
    const tab = await browser.openTab(server.page('locked-pc.example', '/leave', page('lockscreen-trap')));
    await redBanner(tab);
    await pause(300);
    // The scam banner takes focus; the first button is one Tab away. Only real key presses count.
    await tab.press('Tab');
    await tab.press('Enter');
    await waitFor('the leave page', async () => ((await tabUrls(browser)).some((u) => u.includes('src/leave/leave.html')) ? true : undefined));
    const tabIds = await browser.extension(async () => (await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).tabs.query({})).map((t) => t.id), undefined);
    expect(tabIds).not.toContain(tab.tabId);
  });

  it('keeps the banner on screen when the page deletes, hides and covers it', async () => {
    const { browser, server } = ctx();
    const tab = await browser.openTab(server.page('hostile.example', '/', page('banner-remover')));
    await redBanner(tab);
    await pause(1500);
    const facts = await tab.hostFacts();
    expect(facts).toMatchObject({ present: true, visible: true, onTop: true });
    expect(facts.height).toBeGreaterThan(40);
    // The attack really ran: the page tried to delete what the extension added.
    expect(await tab.evaluate(() => (window as unknown as { removed: number }).removed, undefined)).toBeGreaterThan(0);
    await tab.close();
  });

  it('marks the number in the page and is reachable by keyboard in a sensible order', async () => {
    const { browser, server } = ctx();
    const tab = await browser.openTab(server.page('windows-alert.example', '/marks', readFileSync('test/fixtures/pages/scam-en-basic.html', 'utf8')));
    await redBanner(tab);
    const marks = await tab.evaluate(() => [...document.querySelectorAll('[data-helpdesk-guard]')].map((el) => `${el.getAttribute('data-helpdesk-guard')}:${el.textContent}`), undefined);
    expect(marks).toEqual(expect.arrayContaining(['mark:1-844-555-0123', 'label:Fake helpdesk number. Do not call.']));
    const banner = await tab.banner();
    expect(banner?.buttons).toEqual(['Leave this page', 'Report this page', 'This page is safe', 'Hide this warning']);
    await tab.close();
  });

  it('fits a narrow window (and so 200% zoom): the banner stays inside the viewport', async () => {
    const { browser, server } = ctx();
    const tab = await browser.openTab();
    await tab.setViewport(360, 700);
    await tab.goto(server.page('windows-alert.example', '/narrow', readFileSync('test/fixtures/pages/scam-en-basic.html', 'utf8')));
    await redBanner(tab);
    const fits = await tab.evaluate(() => {
      const host = document.querySelector('helpdesk-guard-banner');
      const box = host?.getBoundingClientRect();
      return box !== undefined && box.width <= innerWidth + 1 && box.height < innerHeight * 0.9;
    }, undefined);
    expect(fits).toBe(true);
    await tab.close();
  });

  it('"Hide this warning" hides an amber banner for this page, and it stays hidden while the toolbar still warns', async () => {
    const { browser, server } = ctx();
    const tab = await browser.openTab(server.page('amber-page.example', '/', page('amber')));
    await waitFor('the amber banner', async () => ((await tab.banner())?.level === 'suspicious' ? true : undefined));
    // The amber banner takes focus (its headline); "Hide this warning" is the fourth button, after
    // Leave, Report and "This page is safe". On amber pages it hides at once, without a question.
    for (let i = 0; i < 4; i++) await tab.press('Tab');
    await tab.press('Enter');
    await waitFor('the banner to go', async () => ((await tab.hostFacts()).present ? undefined : true));
    await tab.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'more text' })), undefined);
    await pause(1500);
    expect((await tab.hostFacts()).present).toBe(false);
    expect(await browser.badgeText(tab.tabId)).toBe('?');
    await tab.close();
  });
});
