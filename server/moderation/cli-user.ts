/** `user …` commands (see cli.ts). Admins get a TOTP secret at creation, shown once. */
import type { Db } from '../store/db.ts';
import { hashPassword, passwordProblem } from './accounts/password.ts';
import { newTotpSecret, otpauthUri } from './accounts/totp.ts';
import { disableUser, findUser, insertUser, isAccountName, isRole, listUsers, setPasswordHash, setTotpSecret } from './accounts/users.ts';
import { audited, CliError, type CliIo, type ParsedCommand } from './cli-command.ts';

function requireName(command: ParsedCommand): string {
  const name = command.name;
  if (!name || !isAccountName(name)) throw new CliError('an account name is 2–32 characters: lower-case letters, digits, . _ -');
  return name;
}

async function newPasswordHash(command: ParsedCommand, io: CliIo): Promise<string> {
  const password = await command.password();
  const problem = passwordProblem(password);
  if (problem) throw new CliError(problem);
  return hashPassword(password, io.randomBytes);
}

function sealFor(io: CliIo, name: string, secret: string): string {
  if (!io.secrets) throw new Error('the account command line was started without the TOTP key');
  return io.secrets.seal(secret, name);
}

function showTotp(io: CliIo, name: string, secret: string): void {
  io.out('TOTP secret (shown once; add it to an authenticator app now):');
  io.out(`  ${secret}`);
  io.out(`  ${otpauthUri(name, secret)}`);
}


export async function runUserCommand(db: Db, command: ParsedCommand, io: CliIo): Promise<number> {
  switch (command.verb) {
    case 'add': {
      const name = requireName(command);
      if (!isRole(command.role)) throw new CliError('--role must be moderator or admin');
      const role = command.role;
      const passwordHash = await newPasswordHash(command, io);
      const secret = role === 'admin' ? newTotpSecret(io.randomBytes) : null;
      const added = await audited(db, io, { action: 'user-add', subject: name, reason: command.reason }, (tx) => insertUser(tx, { name, role, passwordHash, sealedTotpSecret: secret && sealFor(io, name, secret), at: io.now() }));
      if (!added) throw new CliError(`an account named ${name} exists already`);
      io.out(`added ${role} ${name}`);
      if (secret) showTotp(io, name, secret);
      return 0;
    }
    case 'list':
      for (const user of await listUsers(db)) {
        io.out(`${user.name}\t${user.role}\t${user.disabledAt ? `disabled ${user.disabledAt.toISOString()}` : 'active'}\t${user.sealedTotpSecret ? 'totp' : 'no-totp'}`);
      }
      return 0;
    case 'disable': {
      const name = requireName(command);
      if (!(await audited(db, io, { action: 'user-disable', subject: name, reason: command.reason }, (tx) => disableUser(tx, name, io.now())))) throw new CliError(`no active account named ${name}`);
      io.out(`disabled ${name}; its sessions have ended`);
      return 0;
    }
    case 'password': {
      const name = requireName(command);
      if (!(await findUser(db, name))) throw new CliError(`no account named ${name}`);
      const hash = await newPasswordHash(command, io);
      await audited(db, io, { action: 'user-password', subject: name, reason: command.reason }, (tx) => setPasswordHash(tx, name, hash));
      io.out(`new password set for ${name}; its sessions have ended`);
      return 0;
    }
    case 'totp': {
      const name = requireName(command);
      const secret = newTotpSecret(io.randomBytes);
      if (!(await audited(db, io, { action: 'user-totp', subject: name, reason: command.reason }, (tx) => setTotpSecret(tx, name, sealFor(io, name, secret))))) throw new CliError(`no account named ${name}`);
      showTotp(io, name, secret);
      return 0;
    }
    default:
      throw new CliError(`unknown user command: ${command.verb ?? '(none)'}`);
  }
}
