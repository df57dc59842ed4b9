/**
 * `npm run eval -- --corpus <dir>`: runs the **built extension** in headless Chromium over a corpus of
 * real scam pages and over the repository's fixture suite, and prints recall per language, the misses and
 * the false positives. Pages are served by a local proxy with the network blocked: only a page's own files
 * are answered, every other request fails. Dialogs are dismissed, a fictional number is supplied in the
 * address for kits that read it from there, and the page gets one click in its middle, as a visitor's.
 *
 *   --corpus <dir>       a folder with manifest.csv (e.g. ../shared/corpus/tss-kits)
 *   --excerpts <file>    labelled excerpts (records.jsonl) rendered as small pages at their own address
 *   --no-fixtures        skip test/fixtures/pages and test/fixtures/adversarial
 *   --no-seed            build a variant without the bundled seed list first, to measure the detector alone
 *   --distinct           one page per near-duplicate family
 *   --json <file>        write every result
 *   --samples <file>     write what each page sent, for re-scoring offline (tools/eval/rescore.ts)
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ChromiumExtension } from '../../harness/chromium.ts';
import { startFixtureServer } from '../../harness/fixture-server.ts';
import { detectLanguage } from '../../src/core/language/detect-language.ts';
import { allFixturePages, corpusPages, excerptPages, type EvalPage } from './corpora.ts';
import { report, type EvalResult } from './report.ts';

const root = resolve(import.meta.dirname, '../..');
const SETTLE_MS = 3000;

/** Where a visitor would click: the first visible button (bait pages ask "Continue?"), else the middle. */
function firstButtonCentre(): { x: number; y: number } | undefined {
  for (const el of document.querySelectorAll('button, [role="button"], input[type="button"], input[type="submit"]')) {
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.height > 0 && box.top >= 0 && box.top < innerHeight) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  return undefined;
}

/** Kits loop dialogs and hog the page; no single step may hold the evaluation up. */
async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function buildWithoutSeed(): string {
  const out = resolve(root, 'artifacts/eval-no-seed');
  const emptyList = resolve(root, 'artifacts/empty-list.json');
  mkdirSync(resolve(root, 'artifacts'), { recursive: true });
  writeFileSync(emptyList, JSON.stringify({ format: 'helpdesk-guard-blocklist', formatVersion: 1, version: 1, generated: '2026-01-01T00:00:00Z', entries: [], allow: JSON.parse(readFileSync(resolve(root, 'lists/seed.json'), 'utf8')).allow, domains: [] }));
  execSync('npx vite build --logLevel error', { cwd: root, stdio: 'inherit', env: { ...process.env, TARGET: 'chrome', HG_SEED_LIST: emptyList, HG_OUT_DIR: out } });
  return out;
}

interface TabRecordLike {
  frames?: Record<string, unknown>;
  verdict?: { level: string; score: number; numbers: { e164: string; status: string }[]; reasons: { key: string }[] };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' }, excerpts: { type: 'string' }, 'no-fixtures': { type: 'boolean' }, 'no-seed': { type: 'boolean' },
      distinct: { type: 'boolean' }, json: { type: 'string' }, dist: { type: 'string' }, samples: { type: 'string' },
    },
  });
  let pages: EvalPage[] = [];
  if (values.corpus) pages.push(...corpusPages(resolve(values.corpus)));
  if (values.excerpts) pages.push(...excerptPages(resolve(values.excerpts)));
  if (!values['no-fixtures']) pages.push(...allFixturePages());
  if (values.distinct) {
    const seen = new Set<string>();
    pages = pages.filter((p) => (seen.has(`${p.set}:${p.group}`) ? false : (seen.add(`${p.set}:${p.group}`), true)));
  }
  const dist = values['no-seed'] ? buildWithoutSeed() : resolve(values.dist ?? 'dist/chrome');
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} has no build: run npm run build first`);

  const server = await startFixtureServer();
  const byHost = new Map<string, EvalPage>();
  for (const page of pages) {
    const url = new URL(page.url);
    byHost.set(url.host, page);
    if (page.html !== undefined) server.page(url.host, url.pathname, page.html);
  }
  // Network blocked: a page's host is answered from its own folder, any other host gets nothing.
  server.route((_request, response, target) => {
    const page = byHost.get(target.host);
    const file = page?.root ? join(page.root, decodeURIComponent(target.pathname)) : undefined;
    if (file && file.startsWith(page?.root ?? '\0') && existsSync(file) && statSync(file).isFile()) {
      // Kit pages saved as .php or .txt are HTML the operators serve as pages.
      const type = /\.(html?|php|txt)$/.test(file) ? 'text/html; charset=utf-8' : extname(file) === '.js' ? 'text/javascript' : extname(file) === '.css' ? 'text/css' : 'application/octet-stream';
      response.writeHead(200, { 'content-type': type });
      response.end(readFileSync(file));
      return true;
    }
    if (page?.html !== undefined) return false;
    response.writeHead(404);
    response.end();
    return true;
  });

  const browser = await ChromiumExtension.launch({ dist, proxyPort: server.port });
  const results: EvalResult[] = [];
  const samples: { id: string; set: string; label: string; lang: string; frames: unknown }[] = [];
  const started = Date.now();
  for (const [i, page] of pages.entries()) {
    const tab = await browser.openTab();
    tab.page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
    let level = 'clean';
    let record: TabRecordLike | undefined;
    let lang = page.lang;
    try {
      const loaded = await tab.page.goto(page.url, { waitUntil: 'load', timeout: 15_000 }).then(() => true, () => false);
      // Hosts on the browsers' HSTS preload list (github.com …) are forced to https, which this offline proxy
      // does not speak; such a page is served under a mirror host instead (none of them is a brand's site).
      if (!loaded && page.html !== undefined) {
        const mirror = new URL(page.url);
        mirror.host = `${mirror.hostname.replace(/\./g, '-')}.mirror.test`;
        server.page(mirror.host, mirror.pathname, page.html);
        byHost.set(mirror.host, page);
        await tab.page.goto(mirror.href, { waitUntil: 'load', timeout: 15_000 }).catch(() => undefined);
      }
      // One click, as a visitor would make: bait pages only show their scam after it.
      const target = await withTimeout(tab.page.evaluate(firstButtonCentre), 1500);
      await withTimeout(tab.page.mouse.click(target?.x ?? 600, target?.y ?? 420), 1500);
      const end = Date.now() + SETTLE_MS;
      while (Date.now() < end) {
        record = (await withTimeout(browser.extension((id) => chrome.storage.session.get(`tab:${id}`).then((r) => r[`tab:${id}`]), tab.tabId), 2000)) as TabRecordLike | undefined ?? record;
        level = record?.verdict?.level ?? 'clean';
        if (level === 'scam') break;
        await new Promise((r) => setTimeout(r, 200));
      }
      // A corpus row without a language label is reported under the language of its visible text.
      if (lang === 'unknown') {
        const text = await withTimeout(tab.page.evaluate(() => document.body?.innerText ?? ''), 2000);
        const guess = text ? detectLanguage(text) : 'unknown';
        if (guess !== 'unknown') lang = `${guess} (detected)`;
      }
    } finally {
      await withTimeout(tab.page.close({ runBeforeUnload: false }), 3000);
    }
    samples.push({ id: page.id, set: page.set, label: page.label, lang: page.lang, frames: record?.frames ?? {} });
    results.push({
      page: { ...page, lang },
      level,
      score: record?.verdict?.score ?? 0,
      numbers: record?.verdict?.numbers.map((n) => `${n.e164}/${n.status}`) ?? [],
      reasons: record?.verdict?.reasons.map((r) => r.key) ?? [],
    });
    if ((i + 1) % 20 === 0) process.stderr.write(`  ${i + 1}/${pages.length} pages\n`);
  }
  await browser.close();
  await server.close();
  console.log(report(results, { dist, seconds: (Date.now() - started) / 1000, command: `npm run eval -- ${process.argv.slice(2).join(' ')}` }));
  // The samples each page sent, for re-scoring offline while tuning (tools/eval/rescore.ts).
  if (values.samples) writeFileSync(values.samples, JSON.stringify(samples));
  if (values.json) writeFileSync(values.json, JSON.stringify(results.map((r) => ({ ...r, page: { ...r.page, html: undefined } })), null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
