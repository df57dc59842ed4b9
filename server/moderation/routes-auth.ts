/** Login, logout and the language switch. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { attemptLogin } from './accounts/login.ts';
import { deleteSession } from './accounts/sessions.ts';
import { newToken, sameToken } from './accounts/tokens.ts';
import { setLanguage } from './accounts/users.ts';
import { languageFromHeader, LANGUAGES, t, type Language } from './messages.ts';
import { errorPage } from './pages/error-page.ts';
import { loginPage } from './pages/login-page.ts';
import type { RouteDeps } from './routes.ts';
import { clearCookie, LOGIN_COOKIE, readCookie, SESSION_COOKIE, setCookie } from './web/cookies.ts';
import { formOf } from './web/form-body.ts';
import { currentSession, formSession } from './web/session-guard.ts';
import { sendPage } from './web/send-page.ts';

const LOGIN_FORM_SECONDS = 60 * 60;

function requestedLanguage(request: FastifyRequest, fromForm?: string): Language {
  const asked = fromForm ?? (request.query as Record<string, unknown> | undefined)?.lang;
  return LANGUAGES.find((l) => l === asked) ?? languageFromHeader(request.headers['accept-language']);
}

export function registerAuthRoutes(scope: FastifyInstance, deps: RouteDeps): void {
  scope.get('/moderate', async (_request, reply) => reply.redirect('/moderate/queue', 303));

  scope.get('/moderate/login', async (request, reply) => {
    if (await currentSession(deps, request)) return reply.redirect('/moderate/queue', 303);
    const csrf = newToken(deps.randomBytes);
    reply.header('set-cookie', setCookie(LOGIN_COOKIE, csrf, LOGIN_FORM_SECONDS));
    return sendPage(reply, 200, loginPage(requestedLanguage(request), csrf, undefined));
  });

  scope.post('/moderate/login', async (request, reply) => {
    const form = formOf(request.body);
    const language = requestedLanguage(request, form.lang);
    const cookie = readCookie(request.headers.cookie, LOGIN_COOKIE);
    if (!cookie || !sameToken(form.csrf ?? '', cookie)) return sendPage(reply, 403, errorPage(language, t(language, 'csrfRefused')));
    if (!deps.passwordSlots.tryTake()) {
      return sendPage(reply.header('retry-after', '5'), 503, loginPage(language, cookie, t(language, 'loginBusy')));
    }
    const result = await attemptLogin(
      { ...deps, sessionLifetimeMs: deps.settings.sessionHours * 3_600_000, throttle: deps.settings.throttle },
      { name: form.name ?? '', password: form.password ?? '', code: form.code ?? '', clientAddress: request.ip },
    ).finally(() => deps.passwordSlots.release());
    if (result.outcome === 'throttled') {
      const message = t(language, 'loginThrottled', { minutes: deps.settings.throttle.windowMinutes });
      return sendPage(reply.header('retry-after', String(deps.settings.throttle.windowMinutes * 60)), 429, loginPage(language, cookie, message));
    }
    if (result.outcome === 'invalid') return sendPage(reply, 401, loginPage(language, cookie, t(language, 'loginFailed')));
    const seconds = (result.session.expiresAt.getTime() - deps.now().getTime()) / 1000;
    reply.header('set-cookie', [setCookie(SESSION_COOKIE, result.session.token, seconds), clearCookie(LOGIN_COOKIE)]);
    return reply.redirect('/moderate/queue', 303);
  });

  scope.post('/moderate/logout', async (request, reply) => {
    if (!(await formSession(deps, request, reply))) return reply;
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (token) await deleteSession(deps.db, token);
    reply.header('set-cookie', clearCookie(SESSION_COOKIE));
    return reply.redirect('/moderate/login', 303);
  });

  scope.post('/moderate/language', async (request, reply) => {
    const checked = await formSession(deps, request, reply);
    if (!checked) return reply;
    const language = LANGUAGES.find((l) => l === checked.form.language);
    if (language) await setLanguage(deps.db, checked.session.userId, language);
    return reply.redirect('/moderate/queue', 303);
  });
}
