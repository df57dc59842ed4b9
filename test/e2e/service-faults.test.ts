/**
 * The extension's report queue and the real report service together deliver every report exactly once,
 * across the service's faults, in real Chromium and Firefox:
 *
 * - the service is killed (SIGKILL) and reports are sent from the popup meanwhile: they wait in the queue,
 *   and once the service is back on its data, "Try again now" on the options page delivers them;
 * - the service stores a report but its answer never reaches the browser (a proxy answers 502 after the
 *   commit, as when the service dies right then): the queue sends the same id again, the service answers
 *   200 for what it already has, and the report is not stored twice.
 *
 * At the end the extension's queue is empty, its log has each report once as sent, and the service's
 * database holds each report exactly once, and nothing else.
 */
import { reportFromPopup } from '../../harness/report-from-popup.ts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../server/store/open-store.ts';
import { startServiceProcess, type ServiceProcess } from '../server/support/service-process.ts';
import { buildVariant } from '../../harness/custom-build.ts';
import { waitFor, type ExtensionBrowser } from '../../harness/extension-browser.ts';
import { startFixtureServer, type FixtureServer } from '../../harness/fixture-server.ts';
import { forwardTo } from '../../harness/forward-route.ts';
import { BROWSERS, launch } from './support/targets.ts';

const scamPage = readFileSync('test/fixtures/pages/scam-en-basic.html', 'utf8');

/**
 * What stands in front of the service in production (a load balancer), on a port of its own that the
 * extension is built against: it passes requests to whichever service process runs now, answers 502 while
 * none does, and can lose one answer: it passes the next report through to the service and answers the
 * browser 502 instead of the service's answer, as when the service dies between its commit and its answer.
 * (Cutting the connection instead is not deterministic: Chromium itself silently resends a request whose
 * reused keep-alive connection closes without an answer, and the queue never sees the failure.)
 */
interface Front {
  readonly url: string;
  target: string;
  loseNextAnswer: boolean;
  /** The service's answers that the browser never got. */
  readonly lost: number[];
  close(): Promise<void>;
}

async function startFront(): Promise<Front> {
  const front = { target: '', loseNextAnswer: false, lost: [] as number[] };
  const server = createServer((request, response) => {
    const lose = front.loseNextAnswer && request.method === 'POST' && request.url === '/v1/reports';
    if (lose) front.loseNextAnswer = false;
    const { hostname, port } = new URL(front.target);
    const upstream = httpRequest({ hostname, port, method: request.method, path: request.url, headers: request.headers }, (answer) => {
      if (!lose) {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        return;
      }
      front.lost.push(answer.statusCode ?? 0);
      answer.resume();
      answer.on('end', () => response.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway'));
    });
    upstream.on('error', () => response.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway'));
    request.pipe(upstream);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return Object.assign(front, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  });
}

interface QueueState {
  readonly pending: string[];
  readonly sent: { id: string; outcome: string | undefined }[];
}

const queueOf = (browser: ExtensionBrowser): Promise<QueueState> =>
  browser.extension(async () => {
    const stored = await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.local.get(['reportQueue', 'reportsSent']);
    return {
      // The queue is stored as { schema, reports } since version 2; a queue written before that is a bare list.
      pending: ((q: unknown) => (Array.isArray(q) ? q : ((q as { reports?: unknown[] } | undefined)?.reports ?? [])))(stored['reportQueue']).map((r) => (r as { id: string }).id),
      sent: ((stored['reportsSent'] ?? []) as { id: string; outcome?: string }[]).map((r) => ({ id: r.id, outcome: r.outcome })),
    };
  }, undefined);

async function tryAgainNow(browser: ExtensionBrowser): Promise<void> {
  const options = await browser.openExtensionPage('src/options/options.html');
  await options.waitFor('#retry-reports:not([hidden])');
  await options.click('#retry-reports');
  await options.close();
}

const levelOf = (browser: ExtensionBrowser, tabId: number): Promise<string | undefined> =>
  browser.extension(async (id) => ((await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.session.get(`tab:${id}`))[`tab:${id}`] as { verdict?: { level: string } } | undefined)?.verdict?.level, tabId);

for (const name of BROWSERS) {
  describe(`reports across the service's faults [${name}]`, () => {
    let dataDir: string;
    let service: ServiceProcess | undefined;
    let front: Front;
    let fixtures: FixtureServer;
    let browser: ExtensionBrowser | undefined;
    const restart = async (): Promise<ServiceProcess> => {
      const started = await startServiceProcess({ HG_DATA_DIR: dataDir });
      front.target = started.url;
      return started;
    };

    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'hg-e2e-faults-'));
      front = await startFront();
      service = await restart();
      const dist = buildVariant('e2e-faults', name === 'chromium' ? 'chrome' : 'firefox', {
        HG_SERVICE_URL: front.url, HG_TRUSTED_KEYS: join(dataDir, 'trusted-keys.json'), HG_SERVER_DATA: dataDir,
      });
      fixtures = await startFixtureServer();
      // Chromium sends loopback requests through its proxy too; Firefox goes to the front directly.
      fixtures.route(forwardTo(front.url));
      browser = await launch(name, fixtures, name === 'chromium' ? { chromeDist: dist } : { firefoxDist: dist });
    });

    afterAll(async () => {
      await browser?.close();
      await fixtures?.close();
      await front?.close();
      await service?.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('delivers every report exactly once: sent while the service is down, and with the answer lost after the commit', async () => {
      if (!browser || !service) throw new Error('not set up');
      const b = browser;
      const tab = await b.openTab(fixtures.page('windows-alert.example', '/faults', scamPage));
      await waitFor('the verdict', async () => ((await levelOf(b, tab.tabId)) === 'scam' ? true : undefined), 15_000);
      const ids: string[] = [await reportFromPopup(b, tab)];
      await waitFor('the first report to be delivered', async () => ((await queueOf(b)).sent.length === 1 ? true : undefined), 15_000);

      // Killed: reports wait in the queue.
      await service.kill('SIGKILL');
      ids.push(await reportFromPopup(b, tab), await reportFromPopup(b, tab));
      await waitFor('two reports queued', async () => ((await queueOf(b)).pending.length === 2 ? true : undefined), 15_000);

      // Back on the same data, the options page's "Try again now" delivers them.
      service = await restart();
      await tryAgainNow(b);
      await waitFor('the queued reports to be delivered', async () => ((await queueOf(b)).pending.length === 0 ? true : undefined), 20_000, 250);

      // Stored, but the answer is lost: the queue keeps it and sends it again.
      front.loseNextAnswer = true;
      ids.push(await reportFromPopup(b, tab));
      await waitFor('the delivery whose answer is lost', async () => (front.lost.length === 1 ? true : undefined), 15_000);
      expect(front.lost).toEqual([202]);
      expect((await queueOf(b)).pending).toEqual([ids[3]]);
      await tryAgainNow(b);
      await waitFor('the repeated delivery', async () => ((await queueOf(b)).pending.length === 0 ? true : undefined), 20_000, 250);
      const repeat = await fetch(`${service.url}/v1/reports/${ids[3]}`);
      expect(repeat.status).toBe(200);

      const queue = await queueOf(b);
      expect(queue.sent.map((s) => s.id).sort()).toEqual([...ids].sort());
      expect(queue.sent.every((s) => s.outcome === 'sent')).toBe(true);

      await service.kill('SIGTERM');
      service = undefined;
      const db = await openDb({ databaseUrl: undefined, dataDir: join(dataDir, 'db') });
      try {
        const stored = await db.query<{ id: string }>('SELECT id FROM reports');
        expect(stored.map((r) => r.id).sort()).toEqual([...ids].sort());
      } finally {
        await db.close();
      }
    });
  });
}
