/**
 * The folder the published list is written to, which the service serves and which any static host or CDN
 * can serve instead. Both files are first written in full to temporary names and flushed; only then are they
 * renamed, the list before its signature. So a full disk or an unwritable folder fails before anything is
 * renamed, and leaves the previous pair in place, matching (the temporaries are removed). Only a crash (or a
 * failed rename) between the two renames can leave a new list beside the old signature: the publisher then
 * writes the pair in force again, and at start the service writes the pair again from the database
 * (publisher.ts); the service itself serves from memory, never from a pair it has not read from the database.
 *
 * The file system is a parameter (node:fs by default), so a test can make a write fail where no small disk
 * can be mounted.
 */
import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { join } from 'node:path';

export const LIST_FILE = 'list.json';
export const SIGNATURE_FILE = 'list.json.sig';

export type ListFolderFs = Pick<typeof nodeFs, 'mkdirSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync' | 'readFileSync'>;

/** A list folder that could not be written; the message names the folder and the system's reason. */
export class ListFolderError extends Error {
  constructor(message: string, readonly listReplaced: boolean, options: ErrorOptions) {
    super(message, options);
  }
}

function writeFlushed(fs: ListFolderFs, path: string, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  const fd = fs.openSync(path, 'w', 0o644);
  try {
    // A nearly full disk takes part of a write without an error; only the next write says ENOSPC. One
    // writeSync would leave a cut-off list behind to be renamed into place.
    for (let done = 0; done < bytes.length; ) {
      const written = fs.writeSync(fd, bytes, done, bytes.length - done);
      if (written <= 0) throw new Error(`no progress writing ${path}`);
      done += written;
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes the folder itself, so the renames survive a power cut too; not every file system allows it. */
function flushFolder(fs: ListFolderFs, dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Best effort: the files themselves are flushed already.
  }
}

export function writeListPair(dir: string, listJson: string, signatureJson: string, fs: ListFolderFs = nodeFs): void {
  // Unique per write, so instances on several hosts sharing one folder never write the same temporary file.
  const suffix = `.tmp-${randomUUID()}`;
  const list = join(dir, LIST_FILE);
  const signature = join(dir, SIGNATURE_FILE);
  let listReplaced = false;
  try {
    fs.mkdirSync(dir, { recursive: true });
    writeFlushed(fs, `${list}${suffix}`, listJson);
    writeFlushed(fs, `${signature}${suffix}`, signatureJson);
    fs.renameSync(`${list}${suffix}`, list);
    listReplaced = true;
    fs.renameSync(`${signature}${suffix}`, signature);
  } catch (error) {
    for (const path of [`${list}${suffix}`, `${signature}${suffix}`]) {
      try {
        fs.rmSync(path, { force: true });
      } catch {
        // Nothing more can be done here; the failure itself is what gets reported.
      }
    }
    throw new ListFolderError(`the list folder ${dir} could not be written: ${error instanceof Error ? error.message : String(error)}`, listReplaced, { cause: error });
  }
  flushFolder(fs, dir);
}

export function readListPair(dir: string, fs: ListFolderFs = nodeFs): { list: string; signature: string } | undefined {
  try {
    return { list: fs.readFileSync(join(dir, LIST_FILE), 'utf8'), signature: fs.readFileSync(join(dir, SIGNATURE_FILE), 'utf8') };
  } catch {
    return undefined;
  }
}
