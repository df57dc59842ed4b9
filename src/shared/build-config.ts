/**
 * Settings fixed when the extension was built (tools/build/build-settings.ts); vite replaces `__HG_BUILD__`
 * with a literal, so nothing here is read at run time from anywhere a page could reach.
 */
import type { TrustedKey } from '../core/blocklist/verify-signature.ts';

export interface BuildConfig {
  readonly target: 'chrome' | 'firefox';
  readonly listUrl: string | undefined;
  readonly trustedKeys: readonly TrustedKey[];
  readonly syncHours: number;
  readonly reportEndpoint: string | undefined;
}

declare const __HG_BUILD__: BuildConfig;

export const BUILD: BuildConfig = __HG_BUILD__;
