/** Sends a rendered page as HTML (the security headers are added by the plugin's onSend hook). */
import type { FastifyReply } from 'fastify';
import { toDocument, type Html } from '../html.ts';

export function sendPage(reply: FastifyReply, status: number, page: Html): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(toDocument(page));
}
