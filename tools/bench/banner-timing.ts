/**
 * How long after the load event the warning banner appears, in the page's own clock: a script added before
 * the page's own records when the banner's host element arrives. Chromium reads it on every traced load
 * (chromium-loads.ts); Firefox, which has no such trace over WebDriver BiDi, gets its own loads here.
 */
import { FirefoxExtension } from '../../harness/firefox.ts';
import type { FixtureServer } from '../../harness/fixture-server.ts';
import { pause, type PageCase } from './page-cases.ts';

/** Records when the banner host appears, in the page's own clock, next to the load event. */
export function watchBanner(): void {
  const w = window as unknown as { hgBanner?: number };
  const observer = new MutationObserver(() => {
    if (w.hgBanner === undefined && document.querySelector('helpdesk-guard-banner')) {
      w.hgBanner = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** The banner's delay after the load in `runs` fresh Firefox tabs (loads without a banner are left out). */
export async function firefoxBannerTimes(server: FixtureServer, test: PageCase, runs: number): Promise<number[]> {
  const browser = await FirefoxExtension.launch({ proxyPort: server.port });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const tab = await browser.openTab();
    await tab.page.evaluateOnNewDocument(watchBanner);
    await tab.goto(server.page(test.host, `/ff-${i}`, test.html));
    await pause(2000);
    const ms = await tab.evaluate(() => {
      const banner = (window as unknown as { hgBanner?: number }).hgBanner;
      const load = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0;
      return banner === undefined ? -1 : Math.max(0, banner - load);
    }, undefined);
    if (ms >= 0) times.push(ms);
    await tab.close();
  }
  await browser.close();
  return times;
}
