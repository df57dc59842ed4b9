/**
 * What the detector asks of the block list and the user's own lists. The background implements it with the
 * compiled list (blocklist/compiled-list.ts); tests and tools pass small fakes.
 */
import type { E164 } from '../phone/e164.ts';
import type { NumberStatus } from './verdict.ts';

export type ListedBy = 'list' | 'user';

export interface NumberLists {
  /** Known scam number: on the signed block list, or reported by this user. */
  blockedBy(number: E164): ListedBy | undefined;
  /** Official or anti-fraud number (allow section), or one the user trusts: never flagged. */
  isAllowed(number: E164): boolean;
}

export const NO_LISTS: NumberLists = {
  blockedBy: () => undefined,
  isAllowed: () => false,
};

/** What the lists say of one number, in the words the verdict and the number check both show. */
export function numberStatus(number: E164, lists: NumberLists): NumberStatus {
  if (lists.isAllowed(number)) return 'official';
  const listed = lists.blockedBy(number);
  if (listed === 'list') return 'listed';
  if (listed === 'user') return 'reported';
  return 'unknown';
}
