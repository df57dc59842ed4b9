/**
 * One mapping from intake's outcome to the HTTP answer, for the public endpoint and the partner API alike, so
 * an extension and a partner's tool read the same codes (docs/service.md has the table).
 */
import type { FastifyReply } from 'fastify';
import type { IntakeResult } from './accept-report.ts';

export function sendIntakeResult(reply: FastifyReply, result: IntakeResult): FastifyReply {
  switch (result.outcome) {
    case 'stored':
      return reply.code(202).send({ id: result.id, status: result.status });
    case 'duplicate':
      return reply.code(200).send({ id: result.id, status: result.status });
    case 'conflict':
      return reply.code(409).send({ error: 'id-conflict' });
    case 'invalid':
      return reply.code(400).send({ error: 'invalid-report', detail: result.detail });
  }
}
