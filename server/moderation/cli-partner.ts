/** `partner …` commands (see cli.ts). A partner's token is printed once; only its SHA-256 is stored. */
import type { Db } from '../store/db.ts';
import { isAccountName } from './accounts/users.ts';
import { addPartner, listPartners, revokePartner, setPartnerTrust } from './accounts/partners.ts';
import { audited, CliError, type CliIo, type ParsedCommand } from './cli-command.ts';

function requireName(command: ParsedCommand): string {
  const name = command.name;
  if (!name || !isAccountName(name)) throw new CliError('a partner name is 2–32 characters: lower-case letters, digits, . _ -');
  return name;
}


export async function runPartnerCommand(db: Db, command: ParsedCommand, io: CliIo): Promise<number> {
  switch (command.verb) {
    case 'add': {
      const name = requireName(command);
      const token = await audited(db, io, { action: 'partner-add', subject: name, reason: command.reason }, (tx) => addPartner(tx, name, command.trusted, io.now(), io.randomBytes));
      if (!token) throw new CliError(`a partner named ${name} exists already`);
      io.out(`added partner ${name}${command.trusted ? ' (trusted)' : ''}. Its bearer token (shown once):`);
      io.out(`  ${token}`);
      return 0;
    }
    case 'list':
      for (const partner of await listPartners(db)) {
        io.out(`${partner.name}\t${partner.trusted ? 'trusted' : 'untrusted'}\t${partner.revokedAt ? `revoked ${partner.revokedAt.toISOString()}` : 'active'}`);
      }
      return 0;
    case 'revoke': {
      const name = requireName(command);
      if (!(await audited(db, io, { action: 'partner-revoke', subject: name, reason: command.reason }, (tx) => revokePartner(tx, name, io.now())))) throw new CliError(`no active partner named ${name}`);
      io.out(`revoked ${name}: its token is refused from now on`);
      return 0;
    }
    case 'trust':
    case 'untrust': {
      const name = requireName(command);
      const trusted = command.verb === 'trust';
      if (!(await audited(db, io, { action: `partner-${command.verb}`, subject: name, reason: command.reason }, (tx) => setPartnerTrust(tx, name, trusted)))) throw new CliError(`no active partner named ${name}`);
      io.out(`${name} is now ${trusted ? 'trusted' : 'untrusted'}`);
      return 0;
    }
    default:
      throw new CliError(`unknown partner command: ${command.verb ?? '(none)'}`);
  }
}
