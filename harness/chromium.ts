/**
 * Debian Chromium with the built extension, driven by playwright-core (recipe from ../shared/TOOLING.md).
 * The closed shadow root of the banner is read through CDP's `DOM.getDocument({ pierce: true })`; tab ids,
 * badges and storage through the extension's own service worker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { browserLaunchArgs, chromiumPath } from './browsers.ts';
import {
  bannerFromTree, readHostFacts, settlesWithin, waitFor, type ExtensionBrowser, type PlainNode, type PopupSnapshot, type TestTab,
} from './extension-browser.ts';

/** Every call into the service worker answers well within this on a loaded two-core machine; none waits on a page. */
const WORKER_ANSWER_MS = 15_000;

export interface ChromiumOptions {
  readonly dist?: string;
  readonly proxyPort?: number;
  readonly lang?: string;
  readonly headless?: boolean;
}

interface CdpNode {
  nodeName: string;
  nodeType: number;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function plain(node: CdpNode): PlainNode {
  const attributes: Record<string, string> = {};
  for (let i = 0; i + 1 < (node.attributes?.length ?? 0); i += 2) attributes[node.attributes?.[i] ?? ''] = node.attributes?.[i + 1] ?? '';
  const kids = [...(node.shadowRoots ?? []), ...(node.children ?? [])];
  return {
    name: node.nodeName.toLowerCase(),
    ...(node.nodeType === 3 ? { text: node.nodeValue } : {}),
    attributes,
    children: kids.map(plain),
  };
}

function findBannerHost(node: CdpNode): CdpNode | undefined {
  if (node.nodeName === 'HELPDESK-GUARD-BANNER') return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findBannerHost(child);
    if (found) return found;
  }
  return undefined;
}

export class ChromiumExtension implements ExtensionBrowser {
  readonly name = 'chromium' as const;

  private constructor(
    readonly context: BrowserContext,
    private readonly profile: string,
    private worker: Worker,
    private readonly id: string,
  ) {}

  static async launch(options: ChromiumOptions = {}): Promise<ChromiumExtension> {
    const dist = resolve(options.dist ?? 'dist/chrome');
    const profile = mkdtempSync(join(tmpdir(), 'hg-chromium-'));
    const args = [...browserLaunchArgs, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`];
    if (options.proxyPort) args.push(`--proxy-server=http://127.0.0.1:${options.proxyPort}`, '--proxy-bypass-list=<-loopback>');
    if (options.lang) args.push(`--lang=${options.lang}`);
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: options.headless ?? true,
      args,
      ...(options.lang ? { locale: options.lang } : {}),
      viewport: { width: 1200, height: 800 },
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return new ChromiumExtension(context, profile, worker, new URL(worker.url()).host);
  }

  extensionUrl(path: string): string {
    return `chrome-extension://${this.id}/${path.replace(/^\//, '')}`;
  }

  async extension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    const run = (worker: Worker): Promise<R> => settlesWithin(worker.evaluate(fn as (a: unknown) => R, arg as unknown), WORKER_ANSWER_MS, 'the extension service worker');
    try {
      return await run(this.worker);
    } catch (error) {
      // The browser stops an idle MV3 worker and starts a new one on the next event: find the live one, and
      // if none runs, wake it with one of the extension's pages (which asks the background for its settings).
      const live = this.liveWorker() ?? (await this.wakeWorker());
      if (!live || live === this.worker) throw error;
      this.worker = live;
      return run(live);
    }
  }

  private liveWorker(): Worker | undefined {
    return this.context.serviceWorkers().find((w) => w.url().includes(this.id));
  }

  private async wakeWorker(): Promise<Worker | undefined> {
    const started = this.context.waitForEvent('serviceworker', { timeout: WORKER_ANSWER_MS }).catch(() => undefined);
    const page = await this.context.newPage();
    try {
      await page.goto(this.extensionUrl('src/options/options.html')).catch(() => undefined);
      return (await started) ?? this.liveWorker();
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  private tabIds(): Promise<number[]> {
    return this.extension(() => chrome.tabs.query({}).then((tabs) => tabs.map((t) => t.id ?? -1)), undefined);
  }

  async openTab(url?: string): Promise<ChromiumTab> {
    const before = new Set(await this.tabIds());
    const page = await this.context.newPage();
    const tabId = await waitFor('the new tab id', async () => (await this.tabIds()).find((id) => !before.has(id)));
    const tab = new ChromiumTab(page, tabId, this.context);
    if (url) await tab.goto(url);
    return tab;
  }

  async openExtensionPage(path: string): Promise<ChromiumTab> {
    const tab = await this.openTab(this.extensionUrl(path));
    await tab.page.waitForSelector('body[data-ready="true"]');
    return tab;
  }

  badgeText(tabId: number): Promise<string> {
    return this.extension((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  async popup(tabId: number, query = ''): Promise<PopupSnapshot> {
    const page = await this.context.newPage();
    try {
      await page.goto(this.extensionUrl(`src/popup/popup.html?tab=${tabId}${query}`));
      await page.waitForSelector('body[data-ready="true"]');
      return await page.evaluate(readPopup);
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

export function readPopup(): PopupSnapshot {
  const text = (selector: string): string => document.querySelector(selector)?.textContent?.trim() ?? '';
  return {
    title: text('#verdict-title'),
    advice: text('#verdict-advice'),
    className: document.querySelector('#verdict')?.className ?? '',
    reasons: [...document.querySelectorAll('#reasons li')].map((li) => li.textContent?.trim() ?? ''),
    numbers: [...document.querySelectorAll<HTMLElement>('#numbers li')].map((li) => ({
      text: li.querySelector('.number')?.textContent ?? '',
      status: li.dataset['status'] ?? '',
    })),
  };
}

export class ChromiumTab implements TestTab {
  dialogs = 0;

  constructor(
    readonly page: Page,
    readonly tabId: number,
    private readonly context: BrowserContext,
  ) {
    page.on('dialog', (dialog) => {
      this.dialogs++;
      void dialog.dismiss().catch(() => undefined);
    });
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async fill(selector: string, value: string): Promise<void> {
    await this.page.fill(selector, value);
  }

  async text(selector: string): Promise<string> {
    return (await this.page.textContent(selector)) ?? '';
  }

  async waitFor(selector: string): Promise<void> {
    await this.page.waitForSelector(selector, { state: 'attached' });
  }

  async upload(selector: string, file: string): Promise<void> {
    await this.page.setInputFiles(selector, file);
  }

  async select(selector: string, value: string): Promise<void> {
    await this.page.selectOption(selector, value);
  }

  async clickAt(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.page.setViewportSize({ width, height });
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.page.evaluate(fn as (a: unknown) => R, arg as unknown);
  }

  async banner() {
    const cdp = await this.context.newCDPSession(this.page);
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      const host = findBannerHost(root);
      return host ? bannerFromTree(plain(host)) : undefined;
    } finally {
      await cdp.detach();
    }
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
