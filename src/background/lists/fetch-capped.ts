/**
 * Downloads with the limits a hostile or broken server cannot talk its way past: a timeout for the whole
 * transfer (a slow-drip server is a timeout, not a hang), a byte cap checked while reading (a lying or
 * missing Content-Length does not matter), and no credentials, referrer or cache: the request says nothing
 * about the user or the pages they visit.
 */
import { ListError } from '../../core/blocklist/list-errors.ts';

export interface CappedResponse {
  readonly status: number;
  readonly bytes: Uint8Array;
  readonly etag: string | undefined;
  readonly lastModified: string | undefined;
}

export interface FetchLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** 'error' for requests that must reach exactly the address asked (report status); lists follow redirects. */
  readonly redirect?: RequestRedirect;
}

/**
 * Every refusal cancels the body first: a thrown error alone leaves the connection open and the server
 * sending up to the whole refused list.
 */
async function refuse(cancel: () => Promise<void>, error: ListError): Promise<never> {
  await cancel().catch(() => undefined);
  throw error;
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    return refuse(async () => response.body?.cancel(), new ListError('oversized', `the server announced ${declared} bytes, more than ${maxBytes}`));
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let part: ReadableStreamReadResult<Uint8Array>;
    try {
      part = await reader.read();
    } catch (error) {
      if (error instanceof ListError) return refuse(() => reader.cancel(), error);
      return refuse(() => reader.cancel(), new ListError('truncated', `the download broke off after ${total} bytes: ${String(error)}`));
    }
    if (part.done) break;
    total += part.value.length;
    if (total > maxBytes) return refuse(() => reader.cancel(), new ListError('oversized', `the list is larger than ${maxBytes} bytes`));
    chunks.push(part.value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

export async function fetchCapped(fetcher: typeof fetch, url: string, limits: FetchLimits): Promise<CappedResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetcher(url, {
        signal: controller.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        redirect: limits.redirect ?? 'follow',
        headers: { ...limits.headers },
      });
    } catch (error) {
      throw controller.signal.aborted
        ? new ListError('timeout', `no answer from ${url} within ${limits.timeoutMs / 1000} s`)
        : new ListError('network', `could not reach ${url}: ${String(error)}`);
    }
    const bytes = response.status === 304 ? new Uint8Array(0) : await readCapped(response, limits.maxBytes).catch((error: unknown) => {
      if (controller.signal.aborted) throw new ListError('timeout', `the download from ${url} took longer than ${limits.timeoutMs / 1000} s`);
      throw error;
    });
    return {
      status: response.status,
      bytes,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
    };
  } finally {
    clearTimeout(timer);
  }
}
