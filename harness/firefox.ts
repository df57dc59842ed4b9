/**
 * Firefox ESR with the built extension, driven by puppeteer-core over WebDriver BiDi (recipe from
 * ../shared/TOOLING.md). The extension's internal UUID is pinned so its pages have a known address; the
 * closed shadow root of the banner is read with BiDi's `includeShadowTree: "all"` serialisation; tab ids,
 * badges and storage are read from an extension page, which has the extension's API.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../tools/build/manifest-for.ts';
import { firefoxPath } from './browsers.ts';
import { readPopup } from './chromium.ts';
import {
  bannerFromTree, readHostFacts, waitFor, type ExtensionBrowser, type PlainNode, type PopupSnapshot, type TestTab,
} from './extension-browser.ts';

export interface FirefoxOptions {
  readonly dist?: string;
  readonly proxyPort?: number;
  readonly headless?: boolean;
  readonly lang?: string;
  /** Extra environment for the browser process (the page bench starts Firefox's own profiler this way). */
  readonly env?: Readonly<Record<string, string>>;
  /** Extra preferences, as a user's settings (the legibility test sets the default text size this way). */
  readonly prefs?: Readonly<Record<string, unknown>>;
}

interface BidiNode {
  type: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
  };
}

function plain(node: BidiNode): PlainNode {
  const v = node.value;
  const kids = [...(v?.shadowRoot ? [v.shadowRoot] : []), ...(v?.children ?? [])];
  return {
    name: (v?.localName ?? (v?.nodeType === 3 ? '#text' : '#node')).toLowerCase(),
    ...(v?.nodeType === 3 && v.nodeValue !== undefined ? { text: v.nodeValue } : {}),
    attributes: v?.attributes ?? {},
    children: kids.map(plain),
  };
}

interface BidiConnection {
  send(method: string, params: unknown): Promise<{ result: unknown }>;
}

/** puppeteer's BiDi page keeps its browsing-context id on the main frame; the raw protocol needs it. */
function contextIdOf(page: Page): string {
  return (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
}

/** Opening a moz-extension:// page never resolves page.goto; start it and wait for the document instead. */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  await waitFor(`${url} to load`, async () =>
    (await page.evaluate(() => location.href + ' ' + document.readyState).catch(() => '')).startsWith(url.split('#')[0] ?? url) &&
    (await page.evaluate(() => document.readyState).catch(() => '')) === 'complete'
      ? true
      : undefined,
  );
}

export class FirefoxExtension implements ExtensionBrowser {
  readonly name = 'firefox' as const;
  #control: Page | undefined;

  private constructor(
    private readonly browser: Browser,
    private readonly uuid: string,
  ) {}

  static async launch(options: FirefoxOptions = {}): Promise<FirefoxExtension> {
    const uuid = randomUUID();
    const prefs: Record<string, unknown> = {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Quiet, offline-friendly profile: no update checks, telemetry or remote settings on a closed network.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'dom.disable_open_during_load': false,
      // Fixtures are served over plain http under real host names; the HSTS preload list would force https.
      'network.stricttransportsecurity.preloadlist': false,
    };
    if (options.proxyPort) {
      Object.assign(prefs, {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': options.proxyPort,
        'network.proxy.no_proxies_on': '127.0.0.1,localhost',
      });
    }
    if (options.prefs) Object.assign(prefs, options.prefs);
    if (options.lang) Object.assign(prefs, { 'intl.locale.requested': options.lang, 'intl.accept_languages': options.lang });
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: options.headless ?? true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: prefs,
      ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    });
    await browser.installExtension(resolve(options.dist ?? 'dist/firefox'));
    return new FirefoxExtension(browser, uuid);
  }

  extensionUrl(path: string): string {
    return `moz-extension://${this.uuid}/${path.replace(/^\//, '')}`;
  }

  private get connection(): BidiConnection {
    return (this.browser as unknown as { connection: BidiConnection }).connection;
  }

  /** A background tab on an extension page, where functions run with the extension's API. */
  private async control(): Promise<Page> {
    if (!this.#control || this.#control.isClosed()) {
      this.#control = await this.browser.newPage();
      await openExtensionPage(this.#control, this.extensionUrl('src/leave/leave.html#control'));
    }
    return this.#control;
  }

  async extension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    const page = await this.control();
    return page.evaluate(fn as (a: unknown) => R, arg as unknown) as Promise<R>;
  }

  private tabIds(): Promise<number[]> {
    return this.extension(() => browser.tabs.query({}).then((tabs) => tabs.map((t) => t.id ?? -1)), undefined);
  }

  async openTab(url?: string): Promise<FirefoxTab> {
    await this.control();
    const before = new Set(await this.tabIds());
    const page = await this.browser.newPage();
    const tabId = await waitFor('the new tab id', async () => (await this.tabIds()).find((id) => !before.has(id)));
    const tab = new FirefoxTab(page, tabId, this.connection);
    if (url) await tab.goto(url);
    return tab;
  }

  async openExtensionPage(path: string): Promise<FirefoxTab> {
    const tab = await this.openTab();
    await openExtensionPage(tab.page, this.extensionUrl(path));
    await waitFor(`${path} to be ready`, async () => ((await tab.page.evaluate(() => document.body?.dataset['ready']).catch(() => undefined)) === 'true' ? true : undefined));
    return tab;
  }

  badgeText(tabId: number): Promise<string> {
    return this.extension((id) => browser.action.getBadgeText({ tabId: id }), tabId);
  }

  async popup(tabId: number, query = ''): Promise<PopupSnapshot> {
    const page = await this.browser.newPage();
    try {
      await openExtensionPage(page, this.extensionUrl(`src/popup/popup.html?tab=${tabId}${query}`));
      await waitFor('the popup to render', async () => ((await page.evaluate(() => document.body.dataset['ready'])) === 'true' ? true : undefined));
      return await page.evaluate(readPopup);
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

export class FirefoxTab implements TestTab {
  constructor(
    readonly page: Page,
    readonly tabId: number,
    private readonly connection: BidiConnection,
  ) {
    // Puppeteer leaves dialogs open (they would block the page); dismiss them as Playwright does.
    page.on('dialog', (dialog) => {
      this.dialogs++;
      void dialog.dismiss().catch(() => undefined);
    });
  }

  dialogs = 0;

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
  }

  async fill(selector: string, value: string): Promise<void> {
    await this.page.$eval(selector, (el) => {
      (el as HTMLInputElement).value = '';
    });
    await this.page.type(selector, value);
  }

  async text(selector: string): Promise<string> {
    return this.page.$eval(selector, (el) => el.textContent ?? '');
  }

  async waitFor(selector: string): Promise<void> {
    await this.page.waitForSelector(selector);
  }

  async upload(selector: string, file: string): Promise<void> {
    const input = await this.page.$(selector);
    if (!input) throw new Error(`no ${selector}`);
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
  }

  async select(selector: string, value: string): Promise<void> {
    await this.page.select(selector, value);
  }

  async clickAt(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.page.setViewport({ width, height });
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.page.evaluate(fn as (a: unknown) => R, arg as unknown) as Promise<R>;
  }

  async banner() {
    const response = (await this.connection.send('script.evaluate', {
      expression: "document.querySelector('helpdesk-guard-banner')",
      target: { context: contextIdOf(this.page) },
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: 40, includeShadowTree: 'all' },
    })) as { result: { result: BidiNode } };
    const node = response.result.result;
    return node.type === 'node' ? bannerFromTree(plain(node)) : undefined;
  }

  hostFacts() {
    return this.page.evaluate(readHostFacts);
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }

  async click(selector: string): Promise<void> {
    await this.page.click(selector);
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
