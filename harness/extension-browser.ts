/**
 * What the end-to-end tests ask of a browser with the built extension loaded, whichever browser it is.
 * chromium.ts and firefox.ts implement it; the tests are written once against this interface and run in
 * both.
 */

export interface BannerSnapshot {
  /** 'scam' | 'suspicious', read from the banner's class inside its closed shadow root. */
  readonly level: string;
  readonly text: string;
  readonly buttons: readonly string[];
}

export interface HostFacts {
  /** The host element exists and is in the document. */
  readonly present: boolean;
  /** Its box, as the page sees it. */
  readonly height: number;
  readonly width: number;
  /** document.elementFromPoint in the banner's middle is the banner itself: nothing covers it. */
  readonly onTop: boolean;
  readonly visible: boolean;
}

export interface PopupSnapshot {
  readonly title: string;
  readonly advice: string;
  readonly reasons: readonly string[];
  readonly numbers: readonly { readonly text: string; readonly status: string }[];
  readonly className: string;
}

export interface TestTab {
  readonly tabId: number;
  goto(url: string): Promise<void>;
  /** Runs a function in the page's own world. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  banner(): Promise<BannerSnapshot | undefined>;
  hostFacts(): Promise<HostFacts>;
  screenshot(path: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** A real key press (trusted event), e.g. 'Tab', 'Enter'. */
  press(key: string): Promise<void>;
  /** Clicks at a point of the viewport, as a user's mouse would. */
  clickAt(x: number, y: number): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Dialogs (alert, confirm, prompt) the page has opened since the tab was opened. */
  readonly dialogs: number;
  /** Form helpers for the extension's own pages (popup, options). */
  fill(selector: string, value: string): Promise<void>;
  text(selector: string): Promise<string>;
  waitFor(selector: string): Promise<void>;
  upload(selector: string, file: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: 'chromium' | 'firefox';
  openTab(url?: string): Promise<TestTab>;
  badgeText(tabId: number): Promise<string>;
  /** Opens the popup's page for a tab and reads what it shows. */
  popup(tabId: number, query?: string): Promise<PopupSnapshot>;
  /** Runs a function with the extension's API (`chrome`/`browser`) in an extension context. */
  extension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  extensionUrl(path: string): string;
  /** Opens one of the extension's pages in a tab of its own and waits until it says it is ready. */
  openExtensionPage(path: string): Promise<TestTab>;
  close(): Promise<void>;
}

/** However late a wait's last check starts, it gets this long to answer. */
const MIN_CHECK_MS = 2000;

/** `promise`, or a rejection naming `what` once `ms` have passed without it settling. */
export function settlesWithin<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms while waiting for ${what}`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Waits until `check` returns a value that is not undefined, or throws with `what` after `timeout` ms. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeout = 8000, every = 100): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      // A check that never settles (an evaluate in a service worker the browser stopped) must not outlast the
      // wait, or the test dies at its own timeout without saying which step it was on.
      const value = await settlesWithin(check(), Math.max(end - Date.now(), MIN_CHECK_MS), what);
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/** In-page facts about the banner host; serialised into each browser's evaluate. */
export function readHostFacts(): HostFacts {
  const host = document.querySelector('helpdesk-guard-banner');
  if (!host) return { present: false, height: 0, width: 0, onTop: false, visible: false };
  const box = host.getBoundingClientRect();
  const atPoint = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 20));
  return {
    present: host.isConnected,
    height: box.height,
    width: box.width,
    onTop: atPoint === host,
    visible: host.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
  };
}

/** A serialised DOM node, the shape both CDP (pierce) and WebDriver BiDi (includeShadowTree) reduce to. */
export interface PlainNode {
  readonly name: string;
  readonly text?: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly PlainNode[];
}

export function bannerFromTree(root: PlainNode | undefined): BannerSnapshot | undefined {
  if (!root) return undefined;
  let level = '';
  const buttons: string[] = [];
  const texts: string[] = [];
  const textOf = (node: PlainNode): string => (node.text ?? '') + node.children.map(textOf).join('');
  const walk = (node: PlainNode): void => {
    if (node.name === 'style') return;
    const cls = node.attributes['class'] ?? '';
    if (node.name === 'section' && cls.includes('banner')) level = cls.replace('banner', '').trim();
    if (node.name === 'button') buttons.push(textOf(node).trim());
    if (node.text) texts.push(node.text);
    node.children.forEach(walk);
  };
  walk(root);
  return level ? { level, text: texts.join(' ').replace(/\s+/g, ' ').trim(), buttons } : undefined;
}
