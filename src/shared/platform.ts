/**
 * The one place browser differences live. Everything else imports `browser` from here and never sniffs
 * the browser itself.
 *
 * - Chrome runs the background as a service worker, Firefox as an event page (manifest-for.ts); both are
 *   non-persistent, so neither keeps state in memory (tab-state.ts).
 * - Firefox asks users to consent to data collection separately from permissions
 *   (https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/), so reporting asks
 *   for it there before the first report is sent.
 */
import browser from 'webextension-polyfill';
import { BUILD } from './build-config.ts';

export { browser };

export const isFirefox = BUILD.target === 'firefox';

/** The origin of the extension's own pages (chrome-extension://id/ or moz-extension://uuid/). */
export function extensionOrigin(): string {
  return browser.runtime.getURL('');
}

export function isExtensionUrl(url: string | undefined): boolean {
  return url !== undefined && url.startsWith(extensionOrigin());
}
