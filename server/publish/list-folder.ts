/**
 * The folder the published list is written to, which the service serves and which any static host or CDN
 * can serve instead. Each file is written to a temporary name, flushed and renamed, so a reader sees the old
 * file or the new one, never half of one; the list is renamed before its signature. A crash between the two
 * renames leaves a new list beside the old signature for a moment: at start the service checks the pair and
 * writes it again from the database (publisher.ts), and the service itself serves from memory, never from a
 * pair it has not checked.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const LIST_FILE = 'list.json';
export const SIGNATURE_FILE = 'list.json.sig';

function writeDurably(path: string, text: string): void {
  // Unique per write, so instances on several hosts sharing one folder never write the same temporary file.
  const temporary = `${path}.tmp-${randomUUID()}`;
  const fd = openSync(temporary, 'w', 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

export function writeListPair(dir: string, listJson: string, signatureJson: string): void {
  mkdirSync(dir, { recursive: true });
  writeDurably(join(dir, LIST_FILE), listJson);
  writeDurably(join(dir, SIGNATURE_FILE), signatureJson);
}

export function readListPair(dir: string): { list: string; signature: string } | undefined {
  try {
    return { list: readFileSync(join(dir, LIST_FILE), 'utf8'), signature: readFileSync(join(dir, SIGNATURE_FILE), 'utf8') };
  } catch {
    return undefined;
  }
}
