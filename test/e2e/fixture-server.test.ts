/**
 * The fixture server is the browsers' proxy. A browser that asks it for a TLS tunnel and resets the
 * connection on reading the refusal once crashed a whole CI run with an uncaught ECONNRESET; this replays it.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../harness/fixture-server.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

it('refuses a CONNECT tunnel and survives the browser resetting the socket', async () => {
  const uncaught: unknown[] = [];
  const record = (error: unknown): void => void uncaught.push(error);
  process.on('uncaughtException', record);
  try {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1', () => {
        socket.write('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');
      });
      socket.on('error', reject);
      socket.once('data', (chunk: Buffer) => {
        socket.resetAndDestroy();
        resolve(chunk.toString('latin1'));
      });
    });
    expect(answer).toMatch(/^HTTP\/1\.1 502/);
    // Give the reset time to reach the server's side of the socket.
    await new Promise((done) => setTimeout(done, 200));
    expect(uncaught).toEqual([]);
    const page = await fetch(`${server.origin}/test/fixtures/e2e/amber.html`);
    expect(page.status).toBe(200);
  } finally {
    process.off('uncaughtException', record);
  }
});
