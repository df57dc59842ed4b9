// The embedded database's folder lock: a second process is refused while the first runs; a lock left by a
// process that died is taken over.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderLocked, lockFolder } from '../../../server/store/folder-lock.ts';
import { openDb } from '../../../server/store/open-store.ts';

describe('embedded database folder lock', () => {
  it('refuses a second opener while the holder runs, naming it', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hg-lock-')), 'db');
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(`${dir}.lock`, `${holder.pid}\nthe report service\n`);
      expect(() => lockFolder(dir, 'npm run server -- user')).toThrow(FolderLocked);
      expect(() => lockFolder(dir, 'npm run server -- user')).toThrow(/in use by the report service/);
    } finally {
      holder.kill();
    }
  });

  it('takes over a lock whose process is gone, and releases it on close', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hg-lock-')), 'db');
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => gone.on('exit', resolve));
    writeFileSync(`${dir}.lock`, `${gone.pid}\ncrashed service\n`);
    const db = await openDb({ databaseUrl: undefined, dataDir: dir });
    await expect(openDb({ databaseUrl: undefined, dataDir: dir })).rejects.toThrow(/in use by the report service/);
    await db.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
