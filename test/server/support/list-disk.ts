/**
 * A list folder whose disk a test can fill up or make read-only, to show what publishing does then.
 *
 * Where `mount` is permitted (root in a container or on a CI machine, as here), the folder is on a tiny tmpfs
 * of its own: a full disk is a real full disk (the kernel's short write, then ENOSPC) and read-only is a real
 * read-only remount (EROFS), which even root cannot write to. Without that permission no file system can be
 * filled up safely from a test, so the same faults are injected at the one file-system boundary the list
 * folder has (list-folder.ts takes its `fs` as a parameter): a write that takes part of its bytes and then
 * ENOSPC, an open for writing that gets EROFS. The test says which one it used.
 */
import { execFileSync } from 'node:child_process';
import * as nodeFs from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ListFolderFs } from '../../../server/publish/list-folder.ts';

export interface ListDisk {
  /** The list folder, on that disk. */
  readonly dir: string;
  readonly mechanism: 'tmpfs' | 'injected';
  /** What the service must use for the list folder: node:fs itself on a tmpfs, with the faults otherwise. */
  readonly fs: ListFolderFs;
  /** No space left. */
  fill(): void;
  unfill(): void;
  readOnly(): void;
  writable(): void;
  close(): void;
}

const errno = (code: string, message: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: ${message}`), { code });

function tryMount(target: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0755', 'hg-list-disk', target], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

function tmpfsDisk(mountPoint: string): ListDisk {
  const filler = join(mountPoint, 'filler');
  const remount = (mode: 'ro' | 'rw'): void => void execFileSync('mount', ['-o', `remount,${mode}`, mountPoint], { stdio: 'pipe' });
  return {
    dir: join(mountPoint, 'list'),
    mechanism: 'tmpfs',
    fs: nodeFs,
    fill() {
      const fd = nodeFs.openSync(filler, 'w');
      const chunk = Buffer.alloc(4096, 1);
      try {
        for (;;) nodeFs.writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        nodeFs.closeSync(fd);
      }
    },
    unfill: () => rmSync(filler, { force: true }),
    readOnly: () => remount('ro'),
    writable: () => remount('rw'),
    close() {
      execFileSync('umount', [mountPoint], { stdio: 'pipe' });
      rmSync(mountPoint, { recursive: true, force: true });
    },
  };
}

function injectedDisk(root: string): ListDisk {
  const state = { full: false, readOnly: false };
  const isWrite = (flags: unknown): boolean => flags !== undefined && flags !== 'r';
  const fs: ListFolderFs = {
    ...nodeFs,
    openSync: ((path: nodeFs.PathLike, flags?: nodeFs.OpenMode, mode?: nodeFs.Mode) => {
      if (state.readOnly && isWrite(flags)) throw errno('EROFS', `read-only file system, open '${String(path)}'`);
      return nodeFs.openSync(path, flags ?? 'r', mode);
    }) as typeof nodeFs.openSync,
    writeSync: ((fd: number, buffer: NodeJS.ArrayBufferView, offset?: number, length?: number) => {
      if (!state.full) return nodeFs.writeSync(fd, buffer, offset, length);
      // As the kernel does on a nearly full disk: part of the bytes, then ENOSPC on the next write.
      if (typeof length === 'number' && length > 1 && (offset ?? 0) === 0) return nodeFs.writeSync(fd, buffer, offset, Math.floor(length / 2));
      throw errno('ENOSPC', 'no space left on device, write');
    }) as typeof nodeFs.writeSync,
  };
  return {
    dir: join(root, 'list'),
    mechanism: 'injected',
    fs,
    fill: () => void (state.full = true),
    unfill: () => void (state.full = false),
    readOnly: () => void (state.readOnly = true),
    writable: () => void (state.readOnly = false),
    close: () => rmSync(root, { recursive: true, force: true }),
  };
}

export function openListDisk(): ListDisk {
  const root = mkdtempSync(join(tmpdir(), 'hg-list-disk-'));
  return tryMount(root) ? tmpfsDisk(root) : injectedDisk(root);
}
