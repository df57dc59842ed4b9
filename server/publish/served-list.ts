/**
 * The list pair one instance serves, with the validators that make a sync nearly free: a strong ETag from the
 * list's bytes, and Last-Modified from its publish time.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface ServedList {
  readonly version: number;
  readonly list: string;
  /** The list gzipped once per publish: a list of a few hundred thousand numbers shrinks about fivefold. */
  readonly listGzip: Buffer;
  readonly signature: string;
  readonly etag: string;
  readonly signatureEtag: string;
  readonly lastModified: string;
}

const tag = (text: string): string => `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;

export function servedListFrom(version: number, list: string, signature: string, at: Date): ServedList {
  // HTTP dates have whole seconds; a conditional request compares against this exact string's time.
  return { version, list, listGzip: gzipSync(list, { level: 9 }), signature, etag: tag(list), signatureEtag: tag(signature), lastModified: new Date(Math.floor(at.getTime() / 1000) * 1000).toUTCString() };
}
