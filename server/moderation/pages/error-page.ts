/** A plain page for refusals (CSRF, forbidden, not found): a message and a way back. */
import { html, type Html } from '../html.ts';
import type { Language } from '../messages.ts';
import { document } from './layout.ts';

export function errorPage(language: Language, message: string): Html {
  return document(language, message, html`<main><p class="error">${message}</p><p><a href="/moderate/queue">/moderate/queue</a></p></main>`);
}
