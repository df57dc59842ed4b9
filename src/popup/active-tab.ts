/**
 * Which tab the popup speaks about: the active tab when opened from the toolbar, or the one named in the
 * address (`?tab=`) when the banner's buttons open these views in a tab of their own. Opening the popup
 * grants activeTab, so the active tab's address is readable and pages the extension cannot scan (browser
 * pages, the store, PDFs) can be told apart from pages not yet scanned.
 */
import { browser } from '../shared/platform.ts';

export interface TargetTab {
  readonly id: number;
  /** Known only for the active tab; undefined when the popup was opened for another tab. */
  readonly readable: boolean | undefined;
}

export async function targetTab(location: Location): Promise<TargetTab | undefined> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl !== null && /^\d+$/.test(fromUrl)) return { id: Number(fromUrl), readable: undefined };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  return { id: tab.id, readable: tab.url === undefined ? undefined : /^https?:/.test(tab.url) && !/\.pdf(?:$|[?#])/i.test(tab.url) };
}
