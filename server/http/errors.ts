/**
 * Every error the web framework raises becomes a JSON answer in the API's own shape, and no error ever
 * reveals a stack or a statement: a database that cannot be reached is 503 with Retry-After (the extension
 * keeps the report queued and tries again), anything the client did wrong is its 4xx, anything else a bare 500.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { DatabaseUnavailable } from '../store/db.ts';

const RETRY_AFTER_S = 30;

function clientError(error: FastifyError): { status: number; code: string } | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'too-large' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'unsupported-media-type' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, code: 'bad-request' };
    default:
      return error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? { status: error.statusCode, code: 'bad-request' } : undefined;
  }
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error instanceof DatabaseUnavailable || error.cause instanceof DatabaseUnavailable) {
      request.log.warn({ err: error.message }, 'database unavailable');
      return reply.code(503).header('retry-after', String(RETRY_AFTER_S)).send({ error: 'unavailable' });
    }
    const known = clientError(error);
    if (known) return reply.code(known.status).send({ error: known.code });
    request.log.error(error);
    return reply.code(500).send({ error: 'internal' });
  });
  app.setNotFoundHandler(async (_request, reply) => reply.code(404).send({ error: 'not-found' }));
}
