/**
 * PGlite has one process per database folder and takes no lock of its own: a second process opening the same
 * folder (the account command line while the service runs) can corrupt it. So whoever opens an embedded
 * database first writes a lock file with its process id, and a second opener is refused with a message that
 * says what to do. A lock left by a process that no longer exists (a crash, SIGKILL) is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

export class FolderLocked extends Error {}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock on `dir` for this process; returns the function that releases it. */
export function lockFolder(dir: string, purpose: string): () => void {
  // Beside the folder, not in it: the folder is PostgreSQL's own data directory.
  const path = `${dir.replace(/\/+$/, '')}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n${purpose}\n`);
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const [pid, holder] = readFileSync(path, 'utf8').split('\n');
      if (pid && isRunning(Number(pid))) {
        throw new FolderLocked(`the database in ${dir} is in use by ${holder || 'another process'} (process ${pid}); stop it first, or use a PostgreSQL server (DATABASE_URL), which several processes can share`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new FolderLocked(`could not lock ${dir}`);
}
