/**
 * Why an action of the user's failed, as codes the background returns, and their words in the user's
 * language. The background never returns sentences: they would reach the Dutch, German and French popup
 * and options in English. The code stays available to developers (element tooltips, the console).
 */
import type { MessageKey } from './i18n.ts';

export type ActionErrorCode =
  /** The popup asked to report a tab the background has no verdict for. */
  | 'tab-not-checked'
  /** The report to send was not prepared, or was already sent. */
  | 'report-not-prepared'
  /** The report could not be written to storage (full or failing), so it was not sent. */
  | 'not-saved'
  /** The file to import is not JSON, or not the extension's list format. */
  | 'import-not-json'
  | 'import-wrong-format'
  /** Settings the options page sent did not validate. */
  | 'invalid-settings'
  /** A failure nobody expected (storage failing, a bug); the background logs it. */
  | 'unexpected';

export interface ActionError {
  readonly error: ActionErrorCode;
}

// A Record over every code, so a new code does not compile until it has words.
const KEY_OF: Readonly<Record<ActionErrorCode, MessageKey>> = {
  'tab-not-checked': 'errorTabNotChecked',
  'report-not-prepared': 'errorReportNotReady',
  'not-saved': 'reportNotSaved',
  'import-not-json': 'importWrongFile',
  'import-wrong-format': 'importWrongFile',
  'invalid-settings': 'errorUnexpected',
  unexpected: 'errorUnexpected',
};

export const ACTION_ERROR_CODES = Object.keys(KEY_OF) as ActionErrorCode[];

/** The message key for a returned code; anything else (a newer version's code, a crash) gets the general words. */
export function actionErrorKey(code: string): MessageKey {
  return Object.hasOwn(KEY_OF, code) ? KEY_OF[code as ActionErrorCode] : 'errorUnexpected';
}

/**
 * The report queue's last problem in words. The queue records what the send attempt saw ("HTTP 503",
 * "timeout", "network: …"), which stays for developers; the user reads whether the website answered at all.
 */
export function queueErrorKey(recorded: string): MessageKey {
  return /^HTTP \d+/.test(recorded) ? 'queueErrorRefused' : 'queueErrorUnreachable';
}
