/**
 * The moderation page in real browsers (no extension needed): a reviewer logs in over plain
 * http://localhost and http://127.0.0.1 — which only works if the browser accepts the `__Host-` Secure
 * session cookie there, since browsers count loopback as a secure origin — and reads a report whose title,
 * address and comment are script and markup. The DOM must hold none of it as elements, the text must be
 * visible, no dialog may open, the page must carry the strict CSP, and the screenshot must load as an image.
 */
import { chromium as playwright } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, PASSWORD, startTestApp, type TestApp } from '../server/moderation/support/test-app.ts';
import { insertReport } from '../server/moderation/support/test-db.ts';
import { browserLaunchArgs, chromiumPath, firefoxPath } from '../../harness/browsers.ts';

const NUMBER = '+18445550147';
const TITLE = '<script>window.pwned = 1</script>Windows Defender\u202Eexe.txt';
const URL_TEXT = 'https://alert.example/<img src=x onerror="window.pwned=2">';
const COMMENT = '<b>bold?</b> <img src=x onerror=alert(3)> <iframe src="https://evil.example"></iframe>';
const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** The few things the test does, the same in both drivers. */
interface Driver {
  goto(url: string): Promise<{ status: number; csp: string | undefined }>;
  login(name: string, password: string): Promise<void>;
  url(): string;
  evaluate<T>(fn: () => T): Promise<T>;
  dialogs: string[];
  close(): Promise<void>;
}

async function chromiumDriver(): Promise<Driver> {
  const browser = await playwright.launch({ executablePath: chromiumPath(), headless: true, args: browserLaunchArgs });
  const page = await (await browser.newContext()).newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return {
    dialogs,
    async goto(url) {
      const response = await page.goto(url);
      return { status: response?.status() ?? 0, csp: response?.headers()['content-security-policy'] };
    },
    async login(name, password) {
      await page.fill('input[name="name"]', name);
      await page.fill('input[name="password"]', password);
      await Promise.all([page.waitForNavigation(), page.click('main.login button[type="submit"]')]);
    },
    url: () => page.url(),
    evaluate: (fn) => page.evaluate(fn),
    close: () => browser.close(),
  };
}

async function firefoxDriver(): Promise<Driver> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return {
    dialogs,
    async goto(url) {
      const response = await page.goto(url);
      return { status: response?.status() ?? 0, csp: response?.headers()['content-security-policy'] };
    },
    async login(name, password) {
      await page.type('input[name="name"]', name);
      await page.type('input[name="password"]', password);
      await Promise.all([page.waitForNavigation(), page.click('main.login button[type="submit"]')]);
    },
    url: () => page.url(),
    evaluate: (fn) => page.evaluate(fn),
    close: () => browser.close(),
  };
}

let t: TestApp;
let port = 0;

beforeAll(async () => {
  t = await startTestApp();
  // The browsers run on the real clock; the session must not have expired by the test's clock.
  t.clock.advance(Date.now() - t.clock.now().getTime());
  await addAccount(t, 'mia', 'moderator');
  await insertReport(t.db, { numbers: [NUMBER], title: TITLE, url: URL_TEXT, comment: COMMENT, png: PNG_1x1 });
  // 'localhost' binds both 127.0.0.1 and ::1, whichever the browser resolves localhost to.
  await t.app.listen({ host: 'localhost', port: 0 });
  const address = t.app.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(async () => {
  await t?.app.close();
  await t?.db.close();
});

interface PageFacts {
  injected: string[];
  pwned: unknown;
  text: string;
  screenshotWidth: number;
  invisibleMarkers: string[];
}

function readFacts(): PageFacts {
  const report = document.querySelector('article.report');
  const injected = [...(report?.querySelectorAll('script, iframe, b, img:not(.screenshot), [onerror]') ?? [])].map((e) => e.tagName.toLowerCase());
  const screenshot = report?.querySelector<HTMLImageElement>('img.screenshot');
  return {
    injected: [...injected, ...[...document.querySelectorAll('script')].map((s) => s.tagName.toLowerCase())],
    pwned: (window as unknown as { pwned?: unknown }).pwned,
    text: (report as HTMLElement | null)?.innerText ?? '',
    screenshotWidth: screenshot?.complete ? screenshot.naturalWidth : -1,
    invisibleMarkers: [...(report?.querySelectorAll('.invisible') ?? [])].map((e) => e.textContent ?? ''),
  };
}

for (const [browserName, launch] of [['Chromium', chromiumDriver], ['Firefox', firefoxDriver]] as const) {
  describe(`moderation page in ${browserName}`, () => {
    for (const host of ['localhost', '127.0.0.1']) {
      it(`logs in over http://${host} with the __Host- Secure cookie and shows hostile report text as text`, async () => {
        const driver = await launch();
        try {
          const base = `http://${host}:${port}`;
          const login = await driver.goto(`${base}/moderate/login`);
          expect(login.status).toBe(200);
          expect(login.csp).toBe("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
          await driver.login('mia', PASSWORD);
          // Refused cookies would bring the browser back to the login form (403 for the login cookie, or the
          // queue redirecting to /moderate/login for the session cookie).
          expect(driver.url(), `${browserName} did not keep the __Host- cookies on http://${host}`).toBe(`${base}/moderate/queue`);

          const detail = await driver.goto(`${base}/moderate/numbers/${encodeURIComponent(NUMBER)}`);
          expect(detail.status).toBe(200);
          expect(detail.csp).toContain("default-src 'none'");
          // The screenshot is loading="lazy": bring it into view, then give it a moment.
          await driver.evaluate(() => document.querySelector('img.screenshot')?.scrollIntoView());
          let facts = await driver.evaluate(readFacts);
          for (let i = 0; i < 20 && facts.screenshotWidth <= 0; i++) {
            await new Promise((r) => setTimeout(r, 100));
            facts = await driver.evaluate(readFacts);
          }
          expect(facts.injected).toEqual([]);
          expect(facts.pwned).toBeUndefined();
          expect(driver.dialogs).toEqual([]);
          expect(facts.text).toContain('<script>window.pwned = 1</script>Windows Defender');
          expect(facts.text).toContain('<img src=x onerror="window.pwned=2">');
          expect(facts.text).toContain('<b>bold?</b> <img src=x onerror=alert(3)> <iframe src="https://evil.example"></iframe>');
          expect(facts.invisibleMarkers).toContain('U+202E');
          expect(facts.screenshotWidth).toBe(1);
        } finally {
          await driver.close();
        }
      });
    }
  });
}
