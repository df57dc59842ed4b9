/**
 * The whole report loop on one machine, as a newcomer would walk it: the report service on a throw-away
 * database and key, the extension built against it, the demo page flagged, a report sent from the popup, a
 * reviewer logging in to the moderation page in the same browser and listing the number, the signed list
 * published, the extension syncing it, and a second install (a neighbour who never reported anything)
 * seeing the number as a known fake-helpdesk number on another page. `npm start -- --headless` prints each
 * step; the end-to-end test (test/e2e/service-loop.test.ts) walks the same steps in Chromium and Firefox.
 */
import { reportFromPopup } from '../../harness/report-from-popup.ts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readConfig } from '../../server/config.ts';
import { runAccountCommand } from '../../server/moderation/cli.ts';
import { startService, type Service } from '../../server/service.ts';
import { ChromiumExtension } from '../../harness/chromium.ts';
import { buildVariant } from '../../harness/custom-build.ts';
import { settlesWithin, waitFor, type ExtensionBrowser } from '../../harness/extension-browser.ts';
import { FirefoxExtension } from '../../harness/firefox.ts';
import { startFixtureServer, type FixtureServer } from '../../harness/fixture-server.ts';
import { forwardTo } from '../../harness/forward-route.ts';
import { waitForReportStatus } from '../../harness/report-log.ts';

export const DEMO_HOST = 'fake-helpdesk.demo';
export const SECOND_HOST = 'another-scam-page.demo';
export const DEMO_NUMBER = '+18445550147';
export const REVIEWER = 'demo-reviewer';

export interface LoopSetup {
  readonly service: Service;
  readonly dataDir: string;
  readonly password: string;
  readonly fixtures: FixtureServer;
  readonly dist: string;
  readonly browserName: 'chromium' | 'firefox';
  launch(options?: { headless?: boolean }): Promise<ExtensionBrowser>;
  close(): Promise<void>;
}

/** Starts the service (publishing a second after a decision, so the walk takes seconds) and builds against it. */
export async function setUpLoop(browserName: 'chromium' | 'firefox', log: (line: string) => void): Promise<LoopSetup> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hg-loop-'));
  const service = await startService(readConfig({ HG_DATA_DIR: dataDir, HG_PORT: '0', HG_PUBLISH_DELAY_S: '1' }));
  log(`service       ${service.url} (embedded database and a throw-away signing key in ${dataDir})`);
  const password = `demo-${Math.random().toString(36).slice(2, 10)}-${Math.random().toString(36).slice(2, 10)}`;
  const passwordFile = join(dataDir, 'reviewer-password');
  writeFileSync(passwordFile, password, { mode: 0o600 });
  const quiet = { out: () => undefined, err: (line: string) => log(line), readSecret: async () => password, now: () => new Date(), randomBytes: (n: number) => new Uint8Array(globalThis.crypto.getRandomValues(new Uint8Array(n))), secrets: service.secrets };
  if ((await runAccountCommand(service.db, ['user', 'add', REVIEWER, '--role', 'moderator', '--password-file', passwordFile, '--reason', 'npm start demo'], quiet)) !== 0) {
    throw new Error('could not make the demo reviewer account');
  }
  log(`reviewer      ${REVIEWER} / ${password} at ${service.url}/moderate`);
  const target = browserName === 'chromium' ? 'chrome' : 'firefox';
  const dist = buildVariant(`loop-${target}`, target, {
    HG_SERVICE_URL: service.url, HG_TRUSTED_KEYS: join(dataDir, 'trusted-keys.json'), HG_SERVER_DATA: dataDir,
  });
  log(`extension     built against the service in ${dist}`);
  const fixtures = await startFixtureServer();
  fixtures.route(forwardTo(service.url));
  const demo = readFileSync(resolve('demo/fake-helpdesk.html'), 'utf8');
  fixtures.page(DEMO_HOST, '/', demo);
  fixtures.page(SECOND_HOST, '/support', demo.replace('Windows Defender', 'Windows Security').replace('Error # 0x268d3', 'Error # 0x80070'));
  return {
    service, dataDir, password, fixtures, dist, browserName,
    launch: (options = {}) =>
      browserName === 'chromium'
        ? ChromiumExtension.launch({ proxyPort: fixtures.port, dist, ...(options.headless === false ? { headless: false } : {}) })
        : FirefoxExtension.launch({ proxyPort: fixtures.port, dist, ...(options.headless === false ? { headless: false } : {}) }),
    async close() {
      await fixtures.close();
      await service.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface StoredVerdict {
  readonly level: string;
  readonly reasons: readonly { readonly key: string }[];
  readonly numbers: readonly { readonly e164: string; readonly status: string }[];
}

/** The tab's verdict as the background stored it (read with plain arrow functions: tsx's name helpers do not exist in a browser). */
const verdictOf = (browser: ExtensionBrowser, tabId: number): Promise<StoredVerdict | undefined> =>
  browser.extension(async (id) => ((await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.session.get(`tab:${id}`))[`tab:${id}`] as { verdict?: StoredVerdict } | undefined)?.verdict, tabId);
const levelOf = async (browser: ExtensionBrowser, tabId: number): Promise<string | undefined> => (await verdictOf(browser, tabId))?.level;

const englishReason = (key: string, number: string): string =>
  ((JSON.parse(readFileSync(resolve('_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>)[key]?.message ?? key).replace('$NUMBER$', number);

/** The reviewer's part, in an ordinary tab: log in, open the number, list it with its brand. */
async function reviewAndList(browser: ExtensionBrowser, setup: LoopSetup): Promise<void> {
  // Each browser call bounded and named: a CI run once stopped in this step for two minutes without saying
  // at which call (the browsers' own action timeouts do not cover opening tabs, CDP reads or closing).
  const step = <T>(what: string, work: Promise<T>): Promise<T> => settlesWithin(work, 30_000, `the review step: ${what}`);
  const page = await step('open the login page', browser.openTab(`${setup.service.url}/moderate/login`));
  await step('fill in the name', page.fill('input[name="name"]', REVIEWER));
  await step('fill in the password', page.fill('input[name="password"]', setup.password));
  await step('log in', page.click('form[action="/moderate/login"] button[type="submit"]'));
  await waitFor('the queue after logging in', async () => ((await page.evaluate(() => location.pathname, undefined)).startsWith('/moderate/queue') ? true : undefined), 15_000);
  await step('open the number', page.goto(`${setup.service.url}/moderate/numbers/${encodeURIComponent(DEMO_NUMBER)}`));
  await step('choose the brand', page.select('form.decision-list select[name="brand"]', 'microsoft'));
  await step('write the reason', page.fill('form.decision-list input[name="reason"]', 'demo page imitates Microsoft support and shows this number'));
  // The moderation page lists scam numbers with brands and victims' words: the extension must leave its own
  // service alone (src/shared/own-service.ts), or reviewers would get a red warning over their work.
  await new Promise((done) => setTimeout(done, 2000));
  if ((await step('read the verdict', verdictOf(browser, page.tabId))) !== undefined || (await step('look for a banner', page.banner())) !== undefined) {
    throw new Error('the extension judged its own moderation page');
  }
  await step('submit the decision', page.click('form.decision-list button[type="submit"]'));
  await waitFor('the decision to be recorded', async () => {
    const [row] = await setup.service.db.query<{ state: string }>('SELECT state FROM numbers WHERE number = $1', [DEMO_NUMBER]);
    return row?.state === 'listed' ? true : undefined;
  }, 15_000);
  await step('close the tab', page.close());
}

async function publishedWith(setup: LoopSetup): Promise<number> {
  return waitFor('a published list with the number', async () => {
    const served = setup.service.publisher.served();
    return served?.list.includes(`"number":"${DEMO_NUMBER}"`) ? served.version : undefined;
  }, 30_000, 250);
}

async function syncNow(browser: ExtensionBrowser): Promise<number> {
  const options = await browser.openExtensionPage('src/options/options.html');
  await options.click('#sync-now');
  await options.close();
  return waitFor('the extension to hold the new list', async () => {
    const status = await browser.extension(async () => ((await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.local.get('listStatus'))['listStatus'] as { version?: number } | undefined)?.version, undefined);
    return status;
  }, 20_000, 250);
}

export interface LoopResult {
  readonly firstLevel: string;
  readonly reportId: string;
  readonly storedKind: string;
  readonly publishedVersion: number;
  readonly reporterListVersion: number;
  readonly reporterStatus: string;
  /** The second install's verdict on the second page. */
  readonly neighbour: StoredVerdict;
}

/** Called with the second install and its tab before the browsers close, for a test to look further. */
export type Inspect = (neighbour: ExtensionBrowser, tabId: number) => Promise<void>;

/** Walks every step, printing each; throws with the step's name when one does not happen. */
export async function walkLoop(setup: LoopSetup, log: (line: string) => void, inspect?: Inspect): Promise<LoopResult> {
  const browser = await setup.launch();
  let neighbour: ExtensionBrowser | undefined;
  try {
    const tab = await browser.openTab(`http://${DEMO_HOST}/`);
    const firstLevel = await waitFor('the demo page to be judged', () => levelOf(browser, tab.tabId), 15_000);
    log(`1. demo page   ${firstLevel === 'scam' ? 'red warning' : firstLevel} on http://${DEMO_HOST}/ (number ${DEMO_NUMBER}, not on any list yet)`);
    const reportId = await reportFromPopup(browser, tab);
    const stored = await waitFor('the service to store the report', async () => {
      const [row] = await setup.service.db.query<{ kind: string }>('SELECT kind FROM reports WHERE id = $1', [reportId]);
      return row;
    }, 20_000, 250);
    log(`2. reported    report ${reportId} sent from the popup and stored by the service (${stored.kind})`);
    await reviewAndList(browser, setup);
    log(`3. reviewed    ${REVIEWER} logged in to ${setup.service.url}/moderate and listed ${DEMO_NUMBER} as Microsoft`);
    const publishedVersion = await publishedWith(setup);
    log(`4. published   signed list version ${publishedVersion} at ${setup.service.url}/v1/list.json`);
    const reporterListVersion = await waitFor('the reporter to sync that version', async () => {
      const version = await syncNow(browser);
      return version >= publishedVersion ? version : undefined;
    }, 30_000, 500);
    const status = await waitForReportStatus(browser, reportId, 'listed', 20_000);
    log(`5. synced      the reporter's extension holds list ${reporterListVersion}; its popup says: "${status.text}"`);
    neighbour = await setup.launch();
    await waitFor('the neighbour to sync at install', async () => {
      const version = await neighbour?.extension(async () => ((await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.local.get('listStatus'))['listStatus'] as { version?: number } | undefined)?.version, undefined);
      return version !== undefined && version >= publishedVersion ? version : undefined;
    }, 30_000, 500);
    const other = await neighbour.openTab(`http://${SECOND_HOST}/support`);
    const verdict = await waitFor('the second page to be judged', () => verdictOf(neighbour as ExtensionBrowser, other.tabId), 15_000);
    const known = verdict.reasons.some((r) => r.key === 'reasonListedNumber') ? `"${englishReason('reasonListedNumber', DEMO_NUMBER)}"` : 'the number is not known';
    log(`6. known       another install, another page (http://${SECOND_HOST}/support): ${verdict.level === 'scam' ? 'red warning' : verdict.level}; ${known}`);
    await inspect?.(neighbour, other.tabId);
    return { firstLevel, reportId, storedKind: stored.kind, publishedVersion, reporterListVersion, reporterStatus: status.status, neighbour: verdict };
  } finally {
    await neighbour?.close().catch(() => undefined);
    await browser.close().catch(() => undefined);
  }
}
