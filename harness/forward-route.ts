/**
 * Browsers in the end-to-end tests use the fixture server as their proxy, loopback included, so a request to
 * the real report service (on another loopback port) arrives at the fixture server first. This route passes
 * such requests on unchanged, headers and body streamed both ways, and the browser talks to the real service.
 */
import { request as httpRequest } from 'node:http';
import type { Route } from './fixture-server.ts';

/** Forwards every request whose host is `target`'s host:port to it. */
export function forwardTo(target: string): Route {
  const { host, hostname, port } = new URL(target);
  return (request, response, url) => {
    if (url.host !== host) return false;
    return new Promise<boolean>((resolve) => {
      const upstream = httpRequest({ hostname, port, method: request.method, path: `${url.pathname}${url.search}`, headers: request.headers }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        answer.on('end', () => resolve(true));
      });
      upstream.on('error', () => {
        response.writeHead(502);
        response.end();
        resolve(true);
      });
      request.pipe(upstream);
    });
  };
}
