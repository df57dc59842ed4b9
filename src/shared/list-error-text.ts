/**
 * A recorded block-list problem in words a user understands, in their language. The options page shows
 * this; the error's code and the maintainer's message stay available as the element's tooltip.
 */
import type { ListErrorCode } from '../core/blocklist/list-errors.ts';

type ListErrorKey = 'listErrorUnreadable' | 'listErrorNotStored' | 'listErrorRefused' | 'listErrorUnreachable';

// A Record over every code, so a new code does not compile until it has words.
const KEY_OF: Readonly<Record<ListErrorCode, ListErrorKey>> = {
  'stored-unreadable': 'listErrorUnreadable',
  'not-stored': 'listErrorNotStored',
  malformed: 'listErrorRefused',
  'invalid-entry': 'listErrorRefused',
  oversized: 'listErrorRefused',
  truncated: 'listErrorRefused',
  unsigned: 'listErrorRefused',
  'bad-signature': 'listErrorRefused',
  'unknown-key': 'listErrorRefused',
  'older-version': 'listErrorRefused',
  'same-version': 'listErrorRefused',
  'http-error': 'listErrorUnreachable',
  timeout: 'listErrorUnreachable',
  network: 'listErrorUnreachable',
};

/** The message key for a recorded code; a code from a newer version reads as a refused list. */
export function listErrorKey(code: string): ListErrorKey {
  return Object.hasOwn(KEY_OF, code) ? KEY_OF[code as ListErrorCode] : 'listErrorRefused';
}

export const LIST_ERROR_CODES = Object.keys(KEY_OF) as ListErrorCode[];
