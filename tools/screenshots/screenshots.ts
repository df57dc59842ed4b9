/**
 * `npm run screenshots`: the pictures in docs/ and the README, made from the built extension in headless
 * Chromium, in English and Dutch: the banner on a red and on an amber page, the red banner at 400% zoom and
 * with its "Hide the warning?" question, and the toolbar popup for a clean, an amber and a red page, with
 * the report form open and with the report's preview. Run after `npm run build`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ChromiumExtension } from '../../harness/chromium.ts';
import { waitFor } from '../../harness/extension-browser.ts';
import { startFixtureServer, type FixtureServer } from '../../harness/fixture-server.ts';

const root = resolve(import.meta.dirname, '../..');
const out = resolve(root, 'docs/screenshots');
const html = (path: string): string => readFileSync(resolve(root, path), 'utf8');

const SHOTS = [
  { name: 'banner-scam-en', language: 'en', host: 'windows-alert.example', page: 'demo/fake-helpdesk.html', level: 'scam' },
  { name: 'banner-suspicious-en', language: 'en', host: 'windows-help.example', page: 'test/fixtures/e2e/amber.html', level: 'suspicious' },
  { name: 'banner-scam-nl', language: 'nl', host: 'windows-beveiliging.example', page: 'demo/nep-helpdesk.html', level: 'scam' },
  { name: 'banner-suspicious-nl', language: 'nl', host: 'windows-hulp.example', page: 'test/fixtures/e2e/amber-nl.html', level: 'suspicious' },
] as const;

const CLEAN_PAGE = {
  en: '<!doctype html><html lang="en"><title>Opening hours</title><h1>Village library</h1><p>Open Monday to Friday, 9:00 to 17:00. Ask at the desk about your library card.</p>',
  nl: '<!doctype html><html lang="nl"><title>Openingstijden</title><h1>Dorpsbibliotheek</h1><p>Open van maandag tot en met vrijdag, 9.00 tot 17.00 uur. Vraag bij de balie naar uw bibliotheekpas.</p>',
};

const POPUPS = [
  { state: 'clean', host: 'library.example', html: (language: 'en' | 'nl') => CLEAN_PAGE[language], level: undefined },
  { state: 'amber', host: 'windows-help.example', html: (language: 'en' | 'nl') => html(language === 'en' ? 'test/fixtures/e2e/amber.html' : 'test/fixtures/e2e/amber-nl.html'), level: 'suspicious' },
  { state: 'red', host: 'windows-alert.example', html: (language: 'en' | 'nl') => html(language === 'en' ? 'demo/fake-helpdesk.html' : 'demo/nep-helpdesk.html'), level: 'scam' },
  { state: 'report', host: 'windows-alert.example', html: (language: 'en' | 'nl') => html(language === 'en' ? 'demo/fake-helpdesk.html' : 'demo/nep-helpdesk.html'), level: 'scam' },
  { state: 'preview', host: 'windows-alert.example', html: (language: 'en' | 'nl') => html(language === 'en' ? 'demo/fake-helpdesk.html' : 'demo/nep-helpdesk.html'), level: 'scam' },
] as const;

/** The red banner as someone with 400% zoom sees it, and its question before hiding. */
async function extraBannerShots(browser: ChromiumExtension, server: FixtureServer): Promise<void> {
  await browser.extension(() => chrome.storage.local.set({ settings: { schema: 1, sensitivity: 'normal', language: 'en', syncHours: 6 } }), undefined);
  const zoomed = await browser.openTab();
  await zoomed.setViewport(1280, 720);
  await zoomed.goto(server.page('windows-alert.example', '/zoomed', html('demo/fake-helpdesk.html')));
  await waitFor('the scam banner', async () => ((await zoomed.banner())?.level === 'scam' ? true : undefined));
  await browser.extension((id) => chrome.tabs.setZoom(id, 4), zoomed.tabId);
  await new Promise((r) => setTimeout(r, 500));
  await zoomed.screenshot(resolve(out, 'banner-zoom-400-en.png'));
  console.log('docs/screenshots/banner-zoom-400-en.png');
  await browser.extension((id) => chrome.tabs.setZoom(id, 1), zoomed.tabId);
  await zoomed.close();
  const asking = await browser.openTab();
  await asking.setViewport(1000, 560);
  await asking.goto(server.page('windows-alert.example', '/hide', html('demo/fake-helpdesk.html')));
  await waitFor('the scam banner', async () => ((await asking.banner())?.level === 'scam' ? true : undefined));
  // Keyboard, as a user would: Leave, Report, "This page is safe", "Hide this warning".
  for (let i = 0; i < 4; i++) await asking.press('Tab');
  await asking.press('Enter');
  await waitFor('the question', async () => ((await asking.banner())?.buttons.includes('Keep the warning') ? true : undefined));
  await asking.screenshot(resolve(out, 'banner-hide-question-en.png'));
  console.log('docs/screenshots/banner-hide-question-en.png');
  await asking.close();
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const server = await startFixtureServer();
  const browser = await ChromiumExtension.launch({ proxyPort: server.port });
  for (const shot of SHOTS) {
    await browser.extension((language) => chrome.storage.local.set({ settings: { schema: 1, sensitivity: 'normal', language, syncHours: 6 } }), shot.language);
    const tab = await browser.openTab();
    await tab.setViewport(1000, 560);
    await tab.goto(server.page(shot.host, '/', html(shot.page)));
    await waitFor(`the ${shot.level} banner`, async () => ((await tab.banner())?.level === shot.level ? true : undefined));
    await new Promise((r) => setTimeout(r, 300));
    await tab.screenshot(resolve(out, `${shot.name}.png`));
    console.log(`docs/screenshots/${shot.name}.png`);
    await tab.close();
  }
  await extraBannerShots(browser, server);
  for (const language of ['en', 'nl'] as const) {
    await browser.extension((lang) => chrome.storage.local.set({ settings: { schema: 1, sensitivity: 'normal', language: lang, syncHours: 6 } }), language);
    for (const shot of POPUPS) {
      const tab = await browser.openTab();
      await tab.goto(server.page(shot.host, `/${shot.state}-${language}`, shot.html(language)));
      if (shot.level) await waitFor(`the ${shot.level} banner`, async () => ((await tab.banner())?.level === shot.level ? true : undefined));
      else await new Promise((r) => setTimeout(r, 1500));
      // The popup as the toolbar shows it: its own page at the popup's width, cut to its content.
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(browser.extensionUrl(`src/popup/popup.html?tab=${tab.tabId}`));
      await popup.waitForSelector('body[data-ready="true"]');
      if (shot.state === 'report' || shot.state === 'preview') {
        await popup.click('#action-report');
        await popup.waitForSelector('#view-report:not([hidden])');
      }
      if (shot.state === 'preview') {
        await popup.click('#report-preview');
        await popup.waitForSelector('#report-preview-box:not([hidden])');
      }
      await popup.waitForTimeout(200);
      const name = `popup-${shot.state}-${language}`;
      // The toolbar popup is as tall as its content: the picture is cut to the body, not the window.
      await popup.locator('body').screenshot({ path: resolve(out, `${name}.png`) });
      console.log(`docs/screenshots/${name}.png`);
      await popup.close();
      await tab.close();
    }
  }
  await browser.close();
  await server.close();
}

void main();
