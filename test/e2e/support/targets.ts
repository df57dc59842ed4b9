/**
 * The browsers every end-to-end suite runs in. Tests call `forEachBrowser` once and get the same cases in
 * Chromium and Firefox, each with the fixture server as its proxy.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { ChromiumExtension } from '../../../harness/chromium.ts';
import type { ExtensionBrowser } from '../../../harness/extension-browser.ts';
import { FirefoxExtension } from '../../../harness/firefox.ts';
import { startFixtureServer, type FixtureServer } from '../../../harness/fixture-server.ts';

export interface BrowserContext {
  readonly browser: ExtensionBrowser;
  readonly server: FixtureServer;
}

export interface LaunchOptions {
  readonly chromeDist?: string;
  readonly firefoxDist?: string;
}

export const BROWSERS = ['chromium', 'firefox'] as const;

export async function launch(name: (typeof BROWSERS)[number], server: FixtureServer, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return name === 'chromium'
    ? ChromiumExtension.launch({ proxyPort: server.port, ...(options.chromeDist ? { dist: options.chromeDist } : {}) })
    : FirefoxExtension.launch({ proxyPort: server.port, ...(options.firefoxDist ? { dist: options.firefoxDist } : {}) });
}

export function forEachBrowser(title: string, body: (ctx: () => BrowserContext) => void, options: LaunchOptions = {}): void {
  for (const name of BROWSERS) {
    describe(`${title} [${name}]`, () => {
      let context: BrowserContext | undefined;
      beforeAll(async () => {
        const server = await startFixtureServer();
        context = { server, browser: await launch(name, server, options) };
      });
      afterAll(async () => {
        await context?.browser.close();
        await context?.server.close();
      });
      body(() => {
        if (!context) throw new Error('browser not launched');
        return context;
      });
    });
  }
}
