/**
 * Admins' TOTP secrets are kept sealed (AES-256-GCM) with a key that lives in a file beside the service, not
 * in the database: a leaked dump or backup of the database then holds password hashes and sealed secrets,
 * and neither logs anyone in. Each sealed value is bound to its account's name (the GCM additional data), so
 * a secret copied from one row into another does not open.
 *
 * The key is 32 random bytes, base64, in the data folder (keys/totp.key) or in HG_TOTP_KEY (config.ts), made
 * on first use. Several instances sharing one PostgreSQL database must share the file too. A lost key locks admins
 * out of the moderation page until `npm run server -- user totp <name>` gives each a new secret; the service
 * says so at start (unopenedSecrets).
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Queryable } from '../../store/db.ts';

const PREFIX = 'hg1:';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretKeyError extends Error {}

export interface SecretBox {
  /** `plain` sealed for the account `name`: `hg1:<iv>:<ciphertext and tag>`, base64url. */
  seal(plain: string, name: string): string;
  /** The secret, or undefined when `sealed` is not a sealed value, was sealed for another account or key. */
  open(sealed: string, name: string): string | undefined;
}

const aad = (name: string): Buffer => Buffer.from(`totp:${name}`, 'utf8');

export function secretBox(key: Uint8Array, randomBytes: (n: number) => Uint8Array): SecretBox {
  if (key.length !== KEY_BYTES) throw new SecretKeyError(`a TOTP key is ${KEY_BYTES} bytes, not ${key.length}`);
  return {
    seal(plain, name) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(aad(name));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${PREFIX}${Buffer.from(iv).toString('base64url')}:${body.toString('base64url')}`;
    },
    open(sealed, name) {
      if (!sealed.startsWith(PREFIX)) return undefined;
      const [ivText, bodyText, extra] = sealed.slice(PREFIX.length).split(':');
      if (ivText === undefined || bodyText === undefined || extra !== undefined) return undefined;
      const iv = Buffer.from(ivText, 'base64url');
      const body = Buffer.from(bodyText, 'base64url');
      if (iv.length !== IV_BYTES || body.length <= TAG_BYTES) return undefined;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(aad(name));
        decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
        return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/** The key in `path`, made there (mode 0600, its folder 0700) when there is none yet. */
export function loadOrCreateSecretKey(path: string, randomBytes: (n: number) => Uint8Array): Uint8Array {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // `wx`: two instances starting at once must not each write a key of their own over the other's.
    try {
      writeFileSync(path, `${Buffer.from(randomBytes(KEY_BYTES)).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8').trim();
  } catch (error) {
    throw new SecretKeyError(`the TOTP key ${path} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const key = Buffer.from(text, 'base64');
  if (key.length !== KEY_BYTES || key.toString('base64') !== text) {
    throw new SecretKeyError(`the TOTP key ${path} is not ${KEY_BYTES} bytes of base64 (move it away and a new one is made; admins then need new secrets)`);
  }
  return new Uint8Array(key);
}

/**
 * Seals every secret still stored in the clear (databases from before sealing); returns how many. Each row is
 * rewritten only if it still holds what was read, so two instances starting together seal it once. Run at
 * every start of the service and of the account command line.
 */
export async function sealStoredSecrets(db: Queryable, box: SecretBox): Promise<number> {
  const rows = await db.query<{ name: string; totp_secret: string }>('SELECT name, totp_secret FROM users WHERE totp_secret IS NOT NULL AND totp_secret NOT LIKE $1', [`${PREFIX}%`]);
  for (const row of rows) {
    await db.query('UPDATE users SET totp_secret = $2 WHERE name = $1 AND totp_secret = $3', [row.name, box.seal(row.totp_secret, row.name), row.totp_secret]);
  }
  return rows.length;
}

/** Names of accounts whose sealed secret does not open with this key (a lost or replaced key file). */
export async function unopenedSecrets(db: Queryable, box: SecretBox): Promise<string[]> {
  const rows = await db.query<{ name: string; totp_secret: string }>('SELECT name, totp_secret FROM users WHERE totp_secret IS NOT NULL AND disabled_at IS NULL ORDER BY name');
  return rows.filter((row) => box.open(row.totp_secret, row.name) === undefined).map((row) => row.name);
}

/**
 * The box for a service or command line starting on `db`: the key loaded (or made), secrets stored in the
 * clear sealed, and the accounts whose secret does not open named, so the operator learns of a lost key at
 * start rather than from an admin who cannot log in.
 */
export async function openSecretBox(db: Queryable, keyPath: string, randomBytes: (n: number) => Uint8Array, warn: (line: string) => void): Promise<SecretBox> {
  const box = secretBox(loadOrCreateSecretKey(keyPath, randomBytes), randomBytes);
  const sealed = await sealStoredSecrets(db, box);
  if (sealed > 0) warn(`sealed ${sealed} TOTP secret(s) that were stored in the clear, with the key ${keyPath}`);
  const unopened = await unopenedSecrets(db, box);
  if (unopened.length > 0) {
    warn(`the TOTP secrets of ${unopened.join(', ')} do not open with the key ${keyPath}; those admins cannot log in until \`npm run server -- user totp <name>\` gives each a new one`);
  }
  return box;
}
