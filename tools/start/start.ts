/**
 * `npm start`: builds both targets, serves the bundled demo page (an imitation of a fake helpdesk) and opens
 * Chromium with the freshly built extension on it, so a newcomer sees the warning within a minute.
 *
 *   npm start                      Chromium, in a window
 *   npm start -- --firefox         Firefox ESR, in a window
 *   npm start -- --headless        no window: prints the verdict it saw and saves a screenshot
 *
 * Without a display (no $DISPLAY or $WAYLAND_DISPLAY) it runs headless and says so.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ChromiumExtension } from '../../test/e2e/support/chromium.ts';
import { waitFor, type ExtensionBrowser } from '../../test/e2e/support/extension-browser.ts';
import { FirefoxExtension } from '../../test/e2e/support/firefox.ts';
import { startFixtureServer } from '../../test/e2e/support/fixture-server.ts';

const DEMO_HOST = 'fake-helpdesk.demo';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { firefox: { type: 'boolean' }, headless: { type: 'boolean' }, 'no-build': { type: 'boolean' } } });
  const hasDisplay = Boolean(process.env['DISPLAY'] ?? process.env['WAYLAND_DISPLAY']);
  const headless = values.headless === true || !hasDisplay;
  if (!values.headless && !hasDisplay) console.log('No display found: running headless (the screenshot shows what you would see).');
  if (!values['no-build']) execSync('npm run build', { stdio: 'inherit' });

  const server = await startFixtureServer();
  const url = server.page(DEMO_HOST, '/', readFileSync(resolve('demo/fake-helpdesk.html'), 'utf8'));
  const browser: ExtensionBrowser = values.firefox
    ? await FirefoxExtension.launch({ proxyPort: server.port, headless })
    : await ChromiumExtension.launch({ proxyPort: server.port, headless });
  const tab = await browser.openTab(url).catch(async (error: unknown) => {
    await browser.close();
    await server.close();
    throw error;
  });
  const banner = await waitFor('the warning banner on the demo page', () => tab.banner(), 15_000).catch(async (error: unknown) => {
    await browser.close();
    await server.close();
    throw error;
  });
  const badge = await browser.badgeText(tab.tabId);
  console.log(`\n${browser.name}: ${url}`);
  console.log(`  verdict: ${banner.level} (toolbar badge "${badge}")`);
  console.log(`  banner:  ${banner.text}`);
  if (headless) {
    const dir = resolve('artifacts');
    mkdirSync(dir, { recursive: true });
    const path = resolve(dir, `demo-${browser.name}.png`);
    await tab.screenshot(path);
    console.log(`  screenshot: ${path}`);
    await browser.close();
    await server.close();
    return;
  }
  console.log('\nThe browser stays open; close it or press Ctrl-C to stop.');
  const stop = async (): Promise<void> => {
    await browser.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
