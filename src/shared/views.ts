/**
 * What the background hands to the user interfaces: the banner model (all text already in the user's
 * language, so the content script needs no translations) and the popup's view of a tab.
 */
import type { Verdict } from '../core/verdict/verdict.ts';
import type { ListStatus } from './storage/list-status.ts';
import type { Settings } from './storage/settings.ts';

export interface BannerModel {
  readonly level: 'scam' | 'suspicious';
  /** BCP 47 tag of the strings below, for the banner's lang attribute (screen readers pronounce by it). */
  readonly lang: string;
  readonly headline: string;
  readonly reason: string;
  readonly numbersLabel: string;
  /** The numbers concerned, formatted for reading. */
  readonly numbers: readonly string[];
  /** The numbers as the page wrote them, to find and mark in the page. */
  readonly written: readonly string[];
  readonly markLabel: string;
  readonly regionLabel: string;
  readonly actions: { readonly leave: string; readonly report: string; readonly dismiss: string; readonly notScam: string };
  /** Asked before a red warning is hidden, so that hiding it is never one stray click; none on amber pages. */
  readonly confirmHide?: { readonly question: string; readonly yes: string; readonly no: string };
  /** A scam page is defused (fullscreen left, dialogs stopped, media muted) so the user can get away. */
  readonly defuse: boolean;
}

export type TabScanStatus = 'scanned' | 'not-scanned' | 'unreadable';

export interface TabStateView {
  readonly tabId: number;
  readonly status: TabScanStatus;
  readonly host: string | undefined;
  readonly verdict: Verdict | undefined;
  readonly trustedSite: boolean;
  readonly dismissed: boolean;
  /** Each number of the verdict in reading format (the popup does not load the phone library). */
  readonly display: Readonly<Record<string, string>>;
}

/** The block list as the options page shows it. */
export interface ListStatusView extends Omit<ListStatus, 'failures'> {
  /** The URL in use: the user's, or the one fixed at build time; undefined when there is none. */
  readonly listUrl: string | undefined;
  readonly buildListUrl: string | undefined;
}

export interface SettingsView {
  readonly settings: Settings;
  /** Stored settings were unreadable and defaults are in use (the options page says so). */
  readonly repaired: boolean;
  readonly buildListUrl: string | undefined;
  readonly defaultSyncHours: number;
  /** The built-in report service's endpoint; undefined in a build without one. */
  readonly serviceEndpoint: string | undefined;
  /** Where a report sent now would go (settings.reportTarget resolved); undefined when nothing is sent. */
  readonly reportDestination: string | undefined;
}
