/**
 * Account and partner commands for `npm run server -- user …` and `npm run server -- partner …`. Accounts
 * exist only through here: the web pages cannot make an account or raise a role. Each change is written to
 * the audit log with actor `cli`. Secrets (a new password, a TOTP secret, a partner token) are read or shown
 * once and never stored in the clear.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Db } from '../store/db.ts';
import { CliError, type CliIo, type ParsedCommand } from './cli-command.ts';
import { runPartnerCommand } from './cli-partner.ts';
import { runUserCommand } from './cli-user.ts';

export const USAGE = [
  'usage:',
  '  user add <name> --role moderator|admin [--password-file <file>]   (or HG_NEW_PASSWORD in the environment)',
  '  user list | user disable <name> | user password <name> [--password-file <file>] | user totp <name>',
  '  partner add <name> [--trusted] | partner list | partner revoke <name> | partner trust <name> | partner untrust <name>',
  '  every command takes [--reason <text>] for the audit log',
];

function parse(args: string[], io: CliIo): ParsedCommand {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { role: { type: 'string' }, 'password-file': { type: 'string' }, trusted: { type: 'boolean' }, reason: { type: 'string' } },
  });
  const file = values['password-file'];
  const password = async (): Promise<string> => {
    if (file !== undefined) return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    const fromEnv = process.env.HG_NEW_PASSWORD;
    if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
    const first = await io.readSecret('New password: ');
    const second = await io.readSecret('Repeat it: ');
    if (first !== second) throw new CliError('the two passwords differ');
    return first;
  };
  return {
    verb: positionals[0], name: positionals[1], role: values.role, trusted: values.trusted === true,
    reason: values.reason?.trim() || 'command line', password,
  };
}

export type { CliIo } from './cli-command.ts';

export async function runAccountCommand(db: Db, argv: string[], io: CliIo): Promise<number> {
  const [group, ...rest] = argv;
  try {
    const command = parse(rest, io);
    if (group === 'user') return await runUserCommand(db, command, io);
    if (group === 'partner') return await runPartnerCommand(db, command, io);
    throw new CliError(`unknown command group: ${group ?? '(none)'}`);
  } catch (error) {
    if (!(error instanceof CliError) && !(error instanceof TypeError && 'code' in error)) throw error;
    io.err(error.message);
    USAGE.forEach((line) => io.err(line));
    return 1;
  }
}
