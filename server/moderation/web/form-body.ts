/**
 * The HTML forms' body parser, added only inside the moderation plugin so no other route accepts form
 * bodies. Capped small (forms carry a reason of at most 1,000 characters); a repeated field keeps its first
 * value; the result has no prototype, so a field named `__proto__` is just a field.
 */
import type { FastifyInstance } from 'fastify';

export const FORM_BODY_LIMIT = 16 * 1024;

export type FormFields = Readonly<Record<string, string>>;

export function parseForm(body: string): FormFields {
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, value] of new URLSearchParams(body)) if (!(key in fields)) fields[key] = value;
  return fields;
}

export function addFormParser(scope: FastifyInstance): void {
  scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT }, (_request, body, done) => {
    done(null, parseForm(String(body)));
  });
}

/** The parsed body as form fields, or empty when the request had another or no body. */
export function formOf(body: unknown): FormFields {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && !Buffer.isBuffer(body) ? (body as FormFields) : {};
}
