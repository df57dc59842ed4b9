/**
 * Joins the compiled block list with the user's own lists into the NumberLists the detector asks. The
 * user's word wins: a number they trust is never flagged, a number they reported always is.
 */
import { isAllowedNumber, isBlocked, type CompiledList } from '../blocklist/compiled-list.ts';
import type { E164 } from '../phone/e164.ts';
import type { NumberLists } from './number-lists.ts';

export interface UserNumbers {
  readonly blocked: ReadonlySet<string>;
  readonly trusted: ReadonlySet<string>;
}

export function combineLists(list: CompiledList | undefined, user: UserNumbers): NumberLists {
  return {
    blockedBy(number: E164) {
      if (user.trusted.has(number)) return undefined;
      if (user.blocked.has(number)) return 'user';
      return list && isBlocked(list, number) ? 'list' : undefined;
    },
    isAllowed(number: E164) {
      if (user.blocked.has(number)) return false;
      return user.trusted.has(number) || (list !== undefined && isAllowedNumber(list, number));
    },
  };
}
