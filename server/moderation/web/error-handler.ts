/**
 * Errors inside the moderation pages answer as pages, not as the API's JSON: a reviewer sees what happened
 * and the security headers still apply. A database that cannot be reached is 503 with Retry-After (as in
 * the API); a client's mistake keeps its 4xx; anything else is a bare 500 that reveals no stack or statement.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { DatabaseUnavailable } from '../../store/db.ts';
import { errorPage } from '../pages/error-page.ts';
import { sendPage } from './send-page.ts';

const RETRY_AFTER_S = 30;

export function setPageErrorHandler(scope: FastifyInstance): void {
  scope.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error instanceof DatabaseUnavailable || error.cause instanceof DatabaseUnavailable) {
      request.log.warn({ err: error.message }, 'database unavailable');
      return sendPage(reply.header('retry-after', String(RETRY_AFTER_S)), 503, errorPage('en', 'The database is unavailable. Try again in a minute.'));
    }
    const status = error.statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      return sendPage(reply, status, errorPage('en', status === 413 ? 'That form was too large.' : status === 415 ? 'Send this form from the moderation page.' : 'That request was not understood.'));
    }
    request.log.error(error);
    return sendPage(reply, 500, errorPage('en', 'Something went wrong. Reload the page to see what was saved.'));
  });
}
