/**
 * One local HTTP server for every end-to-end test. It serves the fixture pages and the demo page, and it is
 * also an HTTP proxy: browsers are started with it as their proxy, so `http://support.microsoft.com/…` is
 * answered here from a fixture and never leaves the machine. Tests that need more (a block-list server, a
 * report endpoint) add routes.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
};

export type Route = (request: IncomingMessage, response: ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface FixtureServer {
  readonly port: number;
  /** http://127.0.0.1:port */
  readonly origin: string;
  /** Serves `body` at `http://<host><path>` (through the proxy) until the server closes. */
  page(host: string, path: string, body: string, type?: string): string;
  route(route: Route): void;
  close(): Promise<void>;
}

/** Files under these folders are served at /<folder>/…; anything else is 404. */
const SERVED = ['test/fixtures', 'demo'];

function serveFile(response: ServerResponse, pathname: string): boolean {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^\/+/, '');
  if (!SERVED.some((folder) => relative.startsWith(`${folder}/`))) return false;
  const file = join(ROOT, relative);
  if (!file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile()) return false;
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  response.end(readFileSync(file));
  return true;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const virtual = new Map<string, { body: string; type: string }>();
  const routes: Route[] = [];
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    // Through the proxy the request line holds the absolute URL; directly it holds the path.
    const target = new URL(request.url ?? '/', `http://${request.headers.host ?? '127.0.0.1'}`);
    for (const route of routes) if (await route(request, response, target)) return;
    const hosted = virtual.get(`${target.host}${target.pathname}`);
    if (hosted) {
      response.writeHead(200, { 'content-type': hosted.type, 'cache-control': 'no-store' });
      response.end(hosted.body);
      return;
    }
    if (serveFile(response, target.pathname)) return;
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  };
  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  // Browsers may try HTTPS through the proxy (CONNECT); nothing here speaks TLS, so refuse at once. A CONNECT
  // socket is handed over without the server's error handling, and a browser often resets it as soon as it
  // reads the refusal: without a listener that reset is an uncaught ECONNRESET in the test run.
  server.on('connect', (_request, socket) => {
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    page(host, path, body, type = 'text/html; charset=utf-8') {
      virtual.set(`${host}${path}`, { body, type });
      return `http://${host}${path}`;
    },
    route(route) {
      routes.push(route);
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
