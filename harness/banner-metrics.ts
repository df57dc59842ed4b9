/**
 * Rendered sizes inside the banner's closed shadow root, in both browsers. Page script cannot see into the
 * root, so each browser's automation protocol finds the nodes (CDP with `pierce`, BiDi with
 * `includeShadowTree: "all"`) and runs one measuring function on each node as `this`. Also what the
 * browser's own text-size setting and zoom are, set the way a user sets them: CDP `Page.setFontSizes` (the
 * Appearance > Font size setting), Firefox's `font.size.variable.x-western` preference, and `tabs.setZoom`.
 */
import type { ChromiumTab } from './chromium.ts';
import type { ExtensionBrowser, TestTab } from './extension-browser.ts';

export interface Measured {
  readonly text: string;
  /** Computed font size in CSS px times the element's effective CSS zoom: the size the text is drawn at. */
  readonly fontSize: number;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export interface BannerMetrics {
  readonly headline: Measured;
  readonly reason: Measured | undefined;
  readonly buttons: readonly Measured[];
  readonly viewport: { readonly width: number; readonly height: number };
  /** Text of the element focused inside the shadow root, '' when focus is elsewhere. */
  readonly focused: string;
}

/** Runs in the page with the node as `this`. Self-contained: it is sent as source text. */
function measure(this: Element): Measured & { focused: string; vw: number; vh: number } {
  const style = getComputedStyle(this);
  const zoom = (this as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
  const box = this.getBoundingClientRect();
  const root = this.getRootNode() as ShadowRoot;
  return {
    text: (this.textContent ?? '').trim(),
    fontSize: Math.round(Number.parseFloat(style.fontSize) * zoom * 100) / 100,
    top: box.top, bottom: box.bottom, left: box.left, right: box.right,
    focused: (root.activeElement?.textContent ?? '').trim(),
    vw: document.documentElement.clientWidth, vh: window.innerHeight,
  };
}

type Probe = (selector: 'headline' | 'reason' | 'button') => Promise<(Measured & { focused: string; vw: number; vh: number })[]>;

interface CdpNode { nodeName: string; backendNodeId: number; attributes?: string[]; children?: CdpNode[]; shadowRoots?: CdpNode[] }

function matches(name: string, className: string, selector: 'headline' | 'reason' | 'button'): boolean {
  if (selector === 'button') return name === 'button';
  return name === 'p' && className.split(' ').includes(selector);
}

async function chromiumProbe(tab: ChromiumTab): Promise<Probe> {
  const cdp = await tab.page.context().newCDPSession(tab.page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  return async (selector) => {
    const found: number[] = [];
    const walk = (node: CdpNode, inBanner: boolean): void => {
      const attrs = node.attributes ?? [];
      const cls = attrs[attrs.indexOf('class') + 1] ?? '';
      const here = inBanner || node.nodeName === 'HELPDESK-GUARD-BANNER';
      if (here && matches(node.nodeName.toLowerCase(), attrs.includes('class') ? cls : '', selector)) found.push(node.backendNodeId);
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child, here);
    };
    walk(root, false);
    const out = [];
    for (const backendNodeId of found) {
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } };
      const { result } = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: measure.toString(), returnByValue: true })) as {
        result: { value: Measured & { focused: string; vw: number; vh: number } };
      };
      out.push(result.value);
    }
    return out;
  };
}

interface BidiNode { type: string; sharedId?: string; value?: { localName?: string; attributes?: Record<string, string>; children?: BidiNode[]; shadowRoot?: BidiNode | null } }
interface Bidi { send(method: string, params: unknown): Promise<{ result: unknown }> }

async function firefoxProbe(tab: TestTab): Promise<Probe> {
  const connection = (tab as unknown as { connection: Bidi }).connection;
  const page = (tab as unknown as { page: { mainFrame(): unknown } }).page;
  const context = (page.mainFrame() as { browsingContext: { id: string } }).browsingContext.id;
  const response = (await connection.send('script.evaluate', {
    expression: "document.querySelector('helpdesk-guard-banner')",
    target: { context }, awaitPromise: false, resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 40, includeShadowTree: 'all' },
  })) as { result: { result: BidiNode } };
  const host = response.result.result;
  return async (selector) => {
    const found: string[] = [];
    const walk = (node: BidiNode): void => {
      const v = node.value;
      if (node.sharedId && matches(v?.localName ?? '', v?.attributes?.['class'] ?? '', selector)) found.push(node.sharedId);
      for (const child of [...(v?.shadowRoot ? [v.shadowRoot] : []), ...(v?.children ?? [])]) walk(child);
    };
    walk(host);
    const out = [];
    for (const sharedId of found) {
      const reply = (await connection.send('script.callFunction', {
        functionDeclaration: measure.toString(), this: { sharedId }, arguments: [], target: { context }, awaitPromise: false, resultOwnership: 'none',
      })) as { result: { result: { value: [string, { type: string; value: unknown }][] } } };
      const value = Object.fromEntries(reply.result.result.value.map(([k, v]) => [k, v.value]));
      out.push(value as unknown as Measured & { focused: string; vw: number; vh: number });
    }
    return out;
  };
}

export async function bannerMetrics(browser: ExtensionBrowser, tab: TestTab): Promise<BannerMetrics> {
  const probe = browser.name === 'chromium' ? await chromiumProbe(tab as ChromiumTab) : await firefoxProbe(tab);
  const [headline] = await probe('headline');
  if (!headline) throw new Error('no banner headline');
  const [reason] = await probe('reason');
  const buttons = await probe('button');
  const strip = ({ focused: _f, vw: _w, vh: _h, ...m }: Measured & { focused: string; vw: number; vh: number }): Measured => m;
  return {
    headline: strip(headline),
    reason: reason ? strip(reason) : undefined,
    buttons: buttons.map(strip),
    viewport: { width: headline.vw, height: headline.vh },
    focused: headline.focused,
  };
}

/** The browser's zoom for one tab, as the user's Ctrl+/Ctrl− sets it. */
export async function setBrowserZoom(browser: ExtensionBrowser, tabId: number, factor: number): Promise<void> {
  await browser.extension(
    async ({ id, zoom }) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      await api.tabs.setZoom(id, zoom);
    },
    { id: tabId, zoom: factor },
  );
}

/** Chromium's "Font size" setting (default text size in px) for this tab's renderer. */
export async function setChromiumDefaultFontSize(tab: ChromiumTab, px: number): Promise<void> {
  const cdp = await tab.page.context().newCDPSession(tab.page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px } });
}
