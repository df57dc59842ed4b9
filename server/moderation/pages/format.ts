/** Small shared pieces of page text: dates in UTC, and the official-number warning. */
import { html, type Html } from '../html.ts';
import { t, type Language } from '../messages.ts';
import type { OfficialNumber } from '../official-numbers.ts';

/** UTC, to the minute: reviewers in different zones read the same time as the audit log. */
export function when(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function officialWarning(language: Language, official: OfficialNumber | undefined): Html {
  if (!official) return html``;
  const source = t(language, official.source === 'allow-list' ? 'sourceAllow' : official.source === 'official-channels' ? 'sourceChannels' : 'sourceReviewed');
  return html`<p class="warning official" role="alert">⚠ ${t(language, 'officialWarning', { organisation: official.organisation, source })}</p>`;
}

/** A link to a number's page; the number is E.164 from the database, but still escaped and encoded. */
export function numberLink(number: string): Html {
  return html`<a class="number" href="/moderate/numbers/${encodeURIComponent(number)}">${number}</a>`;
}
