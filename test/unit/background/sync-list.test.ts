/**
 * The block-list sync against a real HTTP server on localhost: every way a download can go wrong is
 * rejected with the right recorded error and the list in force stays; 304 and key rotation work.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webcrypto } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compileList } from '../../../src/core/blocklist/compiled-list.ts';
import { canonicalListJson, type BlockList } from '../../../src/core/blocklist/list-format.ts';
import type { SubtleVerifier } from '../../../src/core/blocklist/verify-signature.ts';
import type { E164 } from '../../../src/core/phone/e164.ts';
import type { ListStore, StoredList } from '../../../src/background/lists/list-store.ts';
import { syncList, type SyncDeps } from '../../../src/background/lists/sync-list.ts';
import { readStatus } from '../../../src/background/lists/sync-status.ts';
import { generateKeyPair, signBytes, signatureDocument, type KeyPair } from '../../../tools/list/keys.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const list = (version: number, numbers: string[]): BlockList => ({
  format: 'helpdesk-guard-blocklist', formatVersion: 1, version, generated: '2026-11-28T12:00:00Z',
  entries: numbers.map((n) => ({ number: n as E164, brands: ['microsoft'], source: 'https://example.test/r' })), allow: [], domains: [],
});

class MemoryListStore implements ListStore {
  value: StoredList | undefined;
  readonly lastLoadFailed = false;
  async load() {
    return this.value;
  }
  async save(l: StoredList) {
    this.value = l;
  }
  async clear() {
    this.value = undefined;
  }
}

interface Served {
  body: Buffer | string;
  sig?: string | undefined;
  status?: number;
  etag?: string;
  delayMs?: number;
  truncate?: boolean;
}

let server: Server;
let base = '';
let served: Served;
let requests: { url: string; headers: Record<string, string | string[] | undefined> }[] = [];
let keyA: KeyPair;
let keyB: KeyPair;
let stranger: KeyPair;

function send(response: ServerResponse, status: number, body: Buffer | string, headers: Record<string, string> = {}): void {
  response.writeHead(status, headers);
  response.end(body);
}

beforeAll(async () => {
  [keyA, keyB, stranger] = await Promise.all([generateKeyPair('2026-a'), generateKeyPair('2026-b'), generateKeyPair('2026-a')]);
  server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', headers: request.headers });
    const respond = (): void => {
      if (request.url === '/list.json.sig') {
        if (served.sig === undefined) send(response, 404, 'no');
        else send(response, 200, served.sig);
        return;
      }
      if (request.url !== '/list.json') return send(response, 404, 'no');
      if (served.status && served.status !== 200) return send(response, served.status, 'error');
      if (served.etag && request.headers['if-none-match'] === served.etag) return send(response, 304, '');
      const body = Buffer.from(served.body);
      if (served.truncate) {
        response.writeHead(200, { 'content-length': String(body.length) });
        response.write(body.subarray(0, body.length / 2));
        setTimeout(() => response.destroy(), 20);
        return;
      }
      send(response, 200, body, served.etag ? { etag: served.etag } : {});
    };
    if (served.delayMs) setTimeout(respond, served.delayMs);
    else respond();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

async function signed(doc: BlockList | string, key: KeyPair = keyA): Promise<Served> {
  const body = typeof doc === 'string' ? doc : canonicalListJson(doc);
  const bytes = new TextEncoder().encode(body) as Uint8Array<ArrayBuffer>;
  return { body, sig: signatureDocument(key.trusted.id, await signBytes(bytes, key.privateJwk)) };
}

let store: MemoryListStore;
let status: MemoryStorage;
const deps = (): SyncDeps => ({
  fetch, subtle: webcrypto.subtle as unknown as SubtleVerifier, keys: [keyA.trusted, keyB.trusted], store, status,
  now: () => 1_000_000, random: () => 0.5, timeoutMs: 400, maxBytes: 64 * 1024, intervalMs: 6 * 3600_000,
});

describe('block-list sync', () => {
  beforeEach(() => {
    requests = [];
    store = new MemoryListStore();
    status = new MemoryStorage();
    store.value = { compiled: compileList(list(10, ['+18445550101'])), etag: undefined, lastModified: undefined, storedAt: 0 };
  });

  it('accepts a newer, well-signed list and records its version and size', async () => {
    served = await signed(list(11, ['+18445550101', '+18445550102']));
    expect(await syncList(`${base}/list.json`, 10, deps())).toBe('updated');
    expect(store.value?.compiled.version).toBe(11);
    expect(await readStatus(status)).toMatchObject({ version: 11, entries: 2, source: 'download', lastSuccess: 1_000_000, failures: 0 });
  });

  it('sends nothing that identifies the user: no cookies, no referrer, no query', async () => {
    served = await signed(list(11, ['+18445550101']));
    await syncList(`${base}/list.json`, 10, deps());
    for (const request of requests) {
      expect(request.headers['cookie']).toBeUndefined();
      expect(request.headers['referer']).toBeUndefined();
      expect(request.url).not.toContain('?');
    }
  });

  it('makes a conditional request and takes 304 Not Modified as success', async () => {
    served = { ...(await signed(list(11, ['+18445550101']))), etag: '"v11"' };
    await syncList(`${base}/list.json`, 10, deps());
    requests = [];
    expect(await syncList(`${base}/list.json`, 11, deps())).toBe('not-modified');
    expect(requests[0]?.headers['if-none-match']).toBe('"v11"');
    expect(requests.some((r) => r.url.endsWith('.sig'))).toBe(false);
  });

  it('accepts a list signed with the second trusted key (key rotation)', async () => {
    served = await signed(list(12, ['+18445550103']), keyB);
    expect(await syncList(`${base}/list.json`, 10, deps())).toBe('updated');
  });

  const failures: [string, () => Promise<Served>, string][] = [
    ['a tampered byte', async () => {
      const good = await signed(list(11, ['+18445550101']));
      return { ...good, body: String(good.body).replace('+18445550101', '+18445550109') };
    }, 'bad-signature'],
    ['a key it does not trust (same id)', async () => signed(list(11, ['+18445550101']), stranger), 'bad-signature'],
    ['no signature', async () => ({ body: canonicalListJson(list(11, ['+1844555010'])) }), 'unsigned'],
    ['signed but malformed JSON', async () => signed('{"format": "helpdesk-guard-blocklist", "version": '), 'truncated'],
    ['signed but not a list', async () => signed('{"hello": "world"}'), 'malformed'],
    ['a truncated body', async () => ({ ...(await signed(list(11, Array.from({ length: 300 }, (_, i) => `+1844555${String(i).padStart(4, '0')}`)))), truncate: true }), 'truncated'],
    ['an oversized body', async () => signed(list(11, Array.from({ length: 2000 }, (_, i) => `+1844555${String(i).padStart(4, '0')}`))), 'oversized'],
    ['an older version', async () => signed(list(9, ['+18445550101'])), 'older-version'],
    ['a slow server', async () => ({ ...(await signed(list(11, ['+18445550101']))), delayMs: 1500 }), 'timeout'],
    ['HTTP 404', async () => ({ body: '', status: 404 }), 'http-error'],
    ['HTTP 500', async () => ({ body: '', status: 500 }), 'http-error'],
  ];
  for (const [what, serve, code] of failures) {
    it(`rejects ${what} (${code}) and keeps the list in force`, async () => {
      served = await serve();
      expect(await syncList(`${base}/list.json`, 10, deps())).toBe('failed');
      expect(store.value?.compiled.version).toBe(10);
      const recorded = await readStatus(status);
      expect(recorded.lastError?.code).toBe(code);
      expect(recorded.failures).toBe(1);
      expect(recorded.nextRetry).toBeGreaterThan(1_000_000);
    });
  }

  it('a full disk (the new list cannot be stored) is recorded as such, and the list in force stays', async () => {
    served = await signed(list(11, ['+18445550102']));
    store.save = async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    expect(await syncList(`${base}/list.json`, 10, deps())).toBe('failed');
    expect(store.value?.compiled.version).toBe(10);
    expect((await readStatus(status)).lastError?.code).toBe('not-stored');
  });

  it('never throws, even when the status itself cannot be written', async () => {
    served = { body: '', status: 500 };
    status.failWrites = true;
    await expect(syncList(`${base}/list.json`, 10, deps())).resolves.toBe('failed');
    expect(store.value?.compiled.version).toBe(10);
  });

  it('backs off further after each failure, up to the sync interval', async () => {
    served = { body: '', status: 500 };
    const retries: number[] = [];
    for (let i = 0; i < 12; i++) {
      await syncList(`${base}/list.json`, 10, deps());
      retries.push(((await readStatus(status)).nextRetry ?? 0) - 1_000_000);
    }
    expect(retries[1]).toBeGreaterThan(retries[0] ?? 0);
    expect(retries[4]).toBeGreaterThan(retries[1] ?? 0);
    expect(Math.max(...retries)).toBeLessThanOrEqual(6 * 3600_000);
  });

  it('an unreachable server is a network error', async () => {
    expect(await syncList('http://127.0.0.1:9/list.json', 10, deps())).toBe('failed');
    expect((await readStatus(status)).lastError?.code).toMatch(/network|timeout/);
  });
});
