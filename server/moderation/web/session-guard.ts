/**
 * Who is asking, checked at the top of every moderation handler. Pages need a live session (else: to the
 * login page); forms also need the session's CSRF token in the body, compared in constant time, and a form
 * content type. The session cookie is SameSite=Strict already; the token is the second, independent lock
 * (a same-site subdomain or a browser without SameSite would still be stopped).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../store/db.ts';
import { findSession, type Session } from '../accounts/sessions.ts';
import { isTokenShape, sameToken } from '../accounts/tokens.ts';
import { t } from '../messages.ts';
import { errorPage } from '../pages/error-page.ts';
import { readCookie, SESSION_COOKIE } from './cookies.ts';
import { formOf, type FormFields } from './form-body.ts';
import { sendPage } from './send-page.ts';

export interface GuardDeps {
  readonly db: Db;
  readonly now: () => Date;
}

export async function currentSession(deps: GuardDeps, request: FastifyRequest): Promise<Session | undefined> {
  const token = readCookie(request.headers.cookie, SESSION_COOKIE);
  return token && isTokenShape(token) ? findSession(deps.db, token, deps.now()) : undefined;
}

/** For pages: the session, or undefined after redirecting to the login page. */
export async function pageSession(deps: GuardDeps, request: FastifyRequest, reply: FastifyReply): Promise<Session | undefined> {
  const session = await currentSession(deps, request);
  if (!session) await reply.redirect('/moderate/login', 303);
  return session;
}

function isForm(request: FastifyRequest): boolean {
  return /^application\/x-www-form-urlencoded\b/i.test(request.headers['content-type'] ?? '');
}

/** For forms: the session and the fields, or undefined after answering 415 or 403. Nothing is changed before this passes. */
export async function formSession(deps: GuardDeps, request: FastifyRequest, reply: FastifyReply): Promise<{ session: Session; form: FormFields } | undefined> {
  if (!isForm(request)) {
    await sendPage(reply, 415, errorPage('en', 'Send this form from the moderation page.'));
    return undefined;
  }
  const session = await currentSession(deps, request);
  const form = formOf(request.body);
  const sent = form.csrf ?? '';
  if (!session || !sameToken(sent, session.csrfToken)) {
    await sendPage(reply, 403, errorPage(session?.language ?? 'en', t(session?.language ?? 'en', 'csrfRefused')));
    return undefined;
  }
  return { session, form };
}
