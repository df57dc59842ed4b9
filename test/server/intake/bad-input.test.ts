// Whatever arrives at the public intake, the answer is a 4xx and never a 5xx or a crash: generated malformed
// reports (wrong types, missing and extra fields, huge strings, deep nesting, invalid UTF-8, numbers that are
// not numbers), slow senders, oversized headers and bodies refused before they are read.
import { connect, type Socket } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportBody } from '../../../harness/reports.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let port = 0;
beforeAll(async () => {
  t = await startTestApp({ requestTimeoutMs: 1500 });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as { port: number }).port;
});
afterAll(async () => {
  await t.close();
});

const valid = (): Record<string, unknown> => JSON.parse(reportBody({ id: 'aaaaaaaa-0000-4000-8000-00000000abcd' })) as Record<string, unknown>;
const post = (payload: string | Buffer) =>
  t.app.inject({ method: 'POST', url: '/v1/reports', headers: { 'content-type': 'application/json' }, payload });

/** Sets the value at a path of keys inside a copy of `doc`. */
function setAt(doc: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(doc);
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1] as string] = value;
  return copy;
}

const PATHS: readonly (readonly string[])[] = [
  ['format'], ['formatVersion'], ['id'], ['kind'], ['createdAt'], ['page'], ['page', 'url'], ['page', 'title'], ['numbers'],
  ['verdict'], ['verdict', 'level'], ['verdict', 'score'], ['verdict', 'reasons'], ['comment'], ['screenshot'], ['extension'],
  ['extension', 'version'], ['extension', 'browser'], ['language'],
];

describe('malformed reports', () => {
  it('a field of the wrong type or value anywhere gets a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS), fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 3 }), async (path, value) => {
        const answer = await post(JSON.stringify(setAt(valid(), path, value)) ?? 'null');
        expect(answer.statusCode === 202 || (answer.statusCode >= 400 && answer.statusCode < 500), `${path.join('.')} = ${JSON.stringify(value)?.slice(0, 80)}`).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('missing and extra fields get a 400 naming them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS.filter((p) => p.length === 1)), fc.string({ minLength: 1, maxLength: 20 }), async ([key], extra) => {
        const missing = valid();
        delete missing[key as string];
        const answer = await post(JSON.stringify(missing));
        expect(answer.statusCode).toBe(400);
        expect(answer.json().detail).toContain(`missing "${key}"`);
        const added = { ...valid(), [`x-${extra}`]: 1 };
        expect((await post(JSON.stringify(added))).statusCode).toBe(400);
      }),
      { numRuns: 40 },
    );
  });

  it('huge strings, deep nesting, numbers that are not numbers, invalid UTF-8 and random bytes get a 4xx', async () => {
    const before = await t.db.query('SELECT id FROM reports');
    const cases: (string | Buffer)[] = [
      JSON.stringify(setAt(valid(), ['page', 'title'], 'x'.repeat(5_000_000))),
      JSON.stringify(setAt(valid(), ['comment'], '\u202e'.repeat(3000))),
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `{"verdict":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`,
      JSON.stringify(valid()).replace('"score":17', '"score":1e400'),
      JSON.stringify(valid()).replace('"score":17', '"score":"17"'),
      JSON.stringify(setAt(valid(), ['numbers'], Array.from({ length: 100_000 }, () => ({ e164: '+18445550147', status: 'unknown' })))),
      JSON.stringify(setAt(valid(), ['numbers'], [{ e164: '+1844555014７', status: 'unknown' }])),
      JSON.stringify(setAt(valid(), ['comment'], 'a\ud800b')),
      Buffer.concat([Buffer.from(JSON.stringify(valid()).slice(0, 200)), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('"}')]),
      '',
      'null',
      '"a string"',
      '[]',
    ];
    for (const body of cases) {
      const answer = await post(body);
      expect(answer.statusCode, String(body).slice(0, 60)).toBeGreaterThanOrEqual(400);
      expect(answer.statusCode, String(body).slice(0, 60)).toBeLessThan(500);
    }
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const answer = await post(Buffer.from(bytes));
        expect(answer.statusCode).toBeGreaterThanOrEqual(400);
        expect(answer.statusCode).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
    expect(await t.db.query('SELECT id FROM reports')).toEqual(before);
  });
});

/** Writes raw bytes to the listening service and collects what comes back until it closes the connection. */
function raw(write: (socket: Socket) => void, waitMs: number): Promise<{ answer: string; closedAfterMs: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1', () => write(socket));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    const done = (): void => resolve({ answer, closedAfterMs: Date.now() - started });
    socket.on('close', done);
    socket.on('error', () => undefined);
    setTimeout(() => {
      socket.destroy();
    }, waitMs);
  });
}

describe('at the connection', () => {
  it('cuts off a sender that trickles its body', async () => {
    const body = reportBody({ id: 'bbbbbbbb-0000-4000-8000-00000000abcd' });
    const { answer, closedAfterMs } = await raw((socket) => {
      socket.write(`POST /v1/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
      let sent = 0;
      const drip = setInterval(() => {
        if (socket.destroyed || sent >= body.length) return clearInterval(drip);
        socket.write(body.slice(sent, sent + 1));
        sent += 1;
      }, 200);
    }, 10_000);
    expect(closedAfterMs).toBeLessThan(6_000);
    expect(answer === '' || /^HTTP\/1\.1 408/.test(answer)).toBe(true);
    expect(await t.db.query(`SELECT id FROM reports WHERE id = 'bbbbbbbb-0000-4000-8000-00000000abcd'`)).toEqual([]);
  });

  it('refuses a body announced over the cap before reading it, and oversized headers', async () => {
    const big = await raw((socket) => {
      socket.write('POST /v1/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{');
    }, 5_000);
    expect(big.answer).toMatch(/^HTTP\/1\.1 413/);
    expect(big.closedAfterMs).toBeLessThan(4_000);
    const headers = await raw((socket) => {
      socket.write(`GET /v1/list.json HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(40_000)}\r\n\r\n`);
    }, 5_000);
    expect(headers.answer).toMatch(/^HTTP\/1\.1 431/);
  });
});
