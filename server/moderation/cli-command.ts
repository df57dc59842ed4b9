/** What the `user` and `partner` command handlers share: the parsed command, the I/O, and audited changes. */
import type { Db, Queryable } from '../store/db.ts';
import { appendAudit } from './audit.ts';
import type { SecretBox } from './accounts/secret-box.ts';

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly readSecret: (prompt: string) => Promise<string>;
  readonly now: () => Date;
  readonly randomBytes: (n: number) => Uint8Array;
  /** Seals admins' TOTP secrets (secret-box.ts); only the `user` commands that make one need it. */
  readonly secrets?: SecretBox;
}

export interface ParsedCommand {
  readonly verb: string | undefined;
  readonly name: string | undefined;
  readonly role: string | undefined;
  readonly trusted: boolean;
  readonly reason: string;
  readonly password: () => Promise<string>;
}

/** A refusal the user can act on: printed without a stack, exit code 1. */
export class CliError extends Error {}

/** Runs one change and its audit row in one transaction; the row is written only if the change happened. */
export async function audited<T>(db: Db, io: CliIo, what: { action: string; subject: string; reason: string }, change: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const result = await change(tx);
    if (result) await appendAudit(tx, { at: io.now(), actor: 'cli', ...what });
    return result;
  });
}
