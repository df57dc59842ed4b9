/**
 * Why a list was rejected. The codes are recorded for the options page and tested one by one; the message
 * is for maintainers' logs.
 */
export type ListErrorCode =
  | 'malformed' | 'invalid-entry' | 'oversized' | 'truncated' | 'unsigned' | 'bad-signature' | 'unknown-key'
  | 'older-version' | 'same-version' | 'http-error' | 'timeout' | 'network' | 'stored-unreadable'
  | 'not-stored';

export class ListError extends Error {
  readonly code: ListErrorCode;

  constructor(code: ListErrorCode, message: string) {
    super(message);
    this.name = 'ListError';
    this.code = code;
  }
}

export function isListError(error: unknown): error is ListError {
  return error instanceof ListError;
}
