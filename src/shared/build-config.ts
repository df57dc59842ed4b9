/**
 * Settings fixed when the extension was built (tools/build/build-settings.ts); vite replaces `__HG_BUILD__`
 * with a literal, so nothing here is read at run time from anywhere a page could reach.
 */
import type { TrustedKey } from '../core/blocklist/verify-signature.ts';

export interface BuildConfig {
  readonly target: 'chrome' | 'firefox';
  /** The report service's base URL (tools/build/build-settings.ts); undefined in a build without one. */
  readonly serviceUrl: string | undefined;
  /** That URL's origin (own-service.ts), or undefined; the content script stays off pages of this origin. */
  readonly serviceOrigin: string | undefined;
  readonly listUrl: string | undefined;
  readonly trustedKeys: readonly TrustedKey[];
  readonly syncHours: number;
  /** The built-in report endpoint (`<serviceUrl>/v1/reports`): where reports go unless the user chose otherwise. */
  readonly reportEndpoint: string | undefined;
}

declare const __HG_BUILD__: BuildConfig;

export const BUILD: BuildConfig = __HG_BUILD__;
