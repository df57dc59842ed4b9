/**
 * The detector's answer for one page: a level, a score, the numbers with their status, and the reasons as
 * i18n keys with the evidence to fill in, so the banner and popup can say *why* in the user's language.
 */
import type { BrandId } from '../brands/brand-lexicon.ts';
import type { E164 } from '../phone/e164.ts';
import type { NumberKind } from '../phone/parse-phone.ts';

export type VerdictLevel = 'scam' | 'suspicious' | 'clean';

export type NumberStatus = 'listed' | 'reported' | 'official' | 'unknown';

export interface VerdictNumber {
  readonly e164: E164;
  readonly status: NumberStatus;
  readonly kind: NumberKind;
  readonly country: string | undefined;
  /** The number as the page wrote it, so the content script can find and mark it. */
  readonly written: readonly string[];
  /** Shown as the way to reach a brand or "support", rather than somewhere on the page. */
  readonly presentedAsContact: boolean;
}

export type ReasonKey =
  | 'reasonListedNumber' | 'reasonReportedNumber' | 'reasonImpersonation' | 'reasonDisguisedBrand'
  | 'reasonDisguisedNumber' | 'reasonScareLanguage' | 'reasonLockClaim' | 'reasonRemoteAccess' | 'reasonRefundLure'
  | 'reasonNumberInUrl' | 'reasonForeignNumber' | 'reasonManyCountries' | 'reasonLockScreenBehaviour'
  | 'reasonNumberNearBrand' | 'reasonPremiumNumber' | 'reasonCallbackForm';

export interface Reason {
  readonly key: ReasonKey;
  /** Values for the message's placeholders, in order (a brand, a number). */
  readonly values: readonly string[];
}

/** One signal's share of the score, for maintainers tuning weights (tools/eval/explain.ts). */
export interface ScorePart {
  readonly signal: string;
  readonly points: number;
}

export interface Verdict {
  readonly level: VerdictLevel;
  readonly score: number;
  readonly breakdown: readonly ScorePart[];
  /** The brand the page poses as, when there is one. */
  readonly brand: BrandId | undefined;
  readonly numbers: readonly VerdictNumber[];
  readonly reasons: readonly Reason[];
}

export const CLEAN_VERDICT: Verdict = { level: 'clean', score: 0, breakdown: [], brand: undefined, numbers: [], reasons: [] };
