/**
 * Prints the page bench's figures as the Markdown tables docs/performance.md quotes: Chromium per page, Firefox
 * per page from its own profiler, the phone numbers each load reported, and the reference watcher. Medians with
 * their range, so a reader sees how noisy each figure was.
 */
import { median, type PageBenchResult } from './page-figures.ts';

/** "median (min–max)" at `digits` decimals; "–" for no values. */
export const range = (xs: readonly number[], digits = 1): string =>
  xs.length === 0 ? '–' : `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

export function formatPageFigures({ runs, pages, referenceMs, firefoxReference, bundle }: PageBenchResult): string {
  const lines = [
    `content script: ${(bundle.raw / 1024).toFixed(1)} KB raw, ${(bundle.gzip / 1024).toFixed(1)} KB gzip; page-world script: ${(bundle.pageRaw / 1024).toFixed(1)} KB raw, ${(bundle.pageGzip / 1024).toFixed(1)} KB gzip`,
    '',
    `Chromium, ${runs} runs each, median (min–max):`,
    '',
    '| page | extension main-thread ms | longest stretch ms | floor (TreeWalker read) ms | ratio to floor | share of main-thread busy time | content-script heap | banner after load ms (Chromium / Firefox) |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const p of pages) {
    // Below the timer's 0.1 ms resolution the floor is noise, and so would be a ratio to it.
    const ratio = median(p.floorMs) >= 0.5 ? `${(median(p.scriptMs) / median(p.floorMs)).toFixed(2)}×` : '–';
    const banner = p.bannerAfterLoadMs.length > 0 ? `${range(p.bannerAfterLoadMs, 0)} / ${range(p.firefoxBannerAfterLoadMs, 0)}` : '–';
    lines.push(
      `| ${p.name} | ${range(p.scriptMs, 2)} | ${range(p.longestMs, 2)} | ${range(p.floorMs, 2)} | ${ratio} | ${(100 * median(p.shareOfBusy)).toFixed(1)}% | ${(p.heapDeltaBytes / 1024).toFixed(0)} KB | ${banner} |`,
    );
  }
  if (pages.some((p) => p.firefoxScriptMs.length > 0)) {
    lines.push(
      '',
      `Firefox ESR, ${runs} runs each, from Firefox's own profiler (main threads, 0.2 ms samples), median (min–max):`,
      '',
      '| page | extension main-thread ms (its own code + Firefox machinery serving it) | of which its own code | longest stretch ms | share of main-thread busy time |',
      '|---|---|---|---|---|',
    );
    for (const p of pages) {
      lines.push(`| ${p.name} | ${range(p.firefoxScriptMs, 2)} | ${range(p.firefoxOwnMs, 2)} | ${range(p.firefoxLongestMs, 2)} | ${(100 * median(p.firefoxShareOfBusy)).toFixed(1)}% |`);
    }
    lines.push(
      '',
      `reference watcher in Firefox on the no-digit page: ${range(firefoxReference.map((c) => c.scriptMs), 2)} ms, of which its own code ${range(firefoxReference.map((c) => c.ownMs), 2)} ms`,
    );
  }
  for (const p of pages) {
    if (!p.falseNumbers) continue;
    const wrong = [...new Set(p.falseNumbers.flat())];
    lines.push(
      '',
      `${p.name}: false phone matches per run: ${p.falseNumbers.map((f) => f.length).join(', ')}${wrong.length > 0 ? ` (${wrong.join(', ')})` : ''}; real numbers found per run: ${(p.realFound ?? []).join(', ')}`,
    );
  }
  lines.push(
    '',
    `reference watcher (a content script that only observes mutations and messages its service worker) on the no-digit page: ${range(referenceMs, 2)} ms`,
  );
  return lines.join('\n');
}
