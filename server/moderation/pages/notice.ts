/**
 * The line at the top of a page after a decision: done (with how many reports changed) or why it was
 * refused. It travels in the redirect's query string as a code, and only known codes become text, so a
 * crafted link cannot put words on a reviewer's page.
 */
import { html, type Html } from '../html.ts';
import { t, type Language, type MessageKey } from '../messages.ts';

const ERRORS: Readonly<Record<string, MessageKey>> = {
  'official-number': 'errorOfficial', 'on-allow-list': 'errorAllowList', 'not-on-list': 'errorNotOnList',
  'unknown-report': 'errorReport', 'not-open': 'errorReport', 'report-has-number': 'errorHasNumber',
};

const PROBLEMS = new Set(['invalid-action', 'invalid-number', 'invalid-brand', 'invalid-organisation', 'invalid-report', 'missing-reason', 'reason-too-long', 'invalid-version']);

export function noticeFor(language: Language, query: unknown): Html {
  const q = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
  const done = typeof q.done === 'string' && /^\d{1,6}$/.test(q.done) ? q.done : undefined;
  if (done !== undefined) return html`<p class="notice" role="status">${t(language, 'doneMessage', { count: done })}</p>`;
  const error = typeof q.error === 'string' ? q.error : '';
  const key = ERRORS[error];
  if (key) return html`<p class="error" role="alert">${t(language, key)}</p>`;
  if (PROBLEMS.has(error)) return html`<p class="error" role="alert">${t(language, 'errorInvalid', { problem: error })}</p>`;
  return html``;
}
