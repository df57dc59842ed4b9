/**
 * `npm run server`: the report service on its embedded database, data in ~/.helpdesk-guard/server (or
 * HG_DATA_DIR), until Ctrl-C. `npm run server -- user …` and `npm run server -- partner …` manage reviewers'
 * accounts and partners' tokens (server/moderation/cli.ts). Every setting: server/config.ts.
 */
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { ConfigError, readConfig, type ServiceConfig } from './config.ts';
import { openSecretBox } from './moderation/accounts/secret-box.ts';
import { runAccountCommand } from './moderation/cli.ts';
import { startService } from './service.ts';
import { openDb } from './store/open-store.ts';

/** Reads a password without echoing it: the prompt is written, what is typed is not. */
function readSecret(prompt: string): Promise<string> {
  process.stdout.write(prompt);
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: muted, terminal: process.stdin.isTTY === true });
  return new Promise((resolve) => {
    rl.question('', (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function accounts(config: ServiceConfig, argv: string[]): Promise<number> {
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : `${config.dataDir}/db`, purpose: `npm run server -- ${argv[0] ?? ''}` });
  try {
    const bytes = (n: number): Uint8Array => new Uint8Array(randomBytes(n));
    const secrets = await openSecretBox(db, config.totpKeyPath, bytes, (line) => console.error(line));
    return await runAccountCommand(db, argv, {
      out: (line) => console.log(line),
      err: (line) => console.error(line),
      readSecret,
      now: () => new Date(),
      randomBytes: bytes,
      secrets,
    });
  } finally {
    await db.close();
  }
}

async function serve(config: ServiceConfig): Promise<void> {
  const service = await startService(config, undefined, config.log);
  console.log(`Helpdesk Guard report service: ${service.url}`);
  console.log(`  moderation page  ${service.url}/moderate`);
  console.log(`  list             ${service.url}/v1/list.json (folder ${config.listDir})`);
  console.log(`  database         ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded, in ${config.dataDir}/db`}`);
  console.log(`  signing key      ${service.signingKeyPath ?? 'none: publishing is stopped until HG_SIGNING_KEY is set'}`);
  const stop = (): void => void service.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === 'user' || argv[0] === 'partner') {
    process.exitCode = await accounts(readConfig(process.env), argv);
    return;
  }
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string' } } });
  await serve(readConfig(process.env, values.port ? { port: Number(values.port) } : {}));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `configuration: ${error.message}` : error);
  process.exitCode = 1;
});
