import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * Password hashing with scrypt (memory-hard, in Node's own crypto: no native add-on to build).
 *
 * A hash is stored as a self-describing string, so the parameters can be raised later without
 * breaking accounts made earlier:
 *
 *   $scrypt$ln=15,r=8,p=1$<salt, base64>$<key, base64>
 *
 * ln is log2 of N. Verification reads the parameters from the string but only accepts values in
 * a sane range: a tampered string can neither make a check pass nor make it take minutes.
 */

const LOG_N = 15;
const R = 8;
const P = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** scrypt needs 128·N·r bytes (32 MiB at these settings); Node's default cap is exactly 32 MiB. */
const maxmemFor = (n: number, r: number) => 128 * n * r + 16 * 1024 * 1024;

const FORMAT = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d)\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

interface Params {
  logN: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function derive(password: string, salt: Buffer, logN: number, r: number, p: number, length: number): Buffer {
  const N = 2 ** logN;
  return scryptSync(password.normalize('NFC'), salt, length, { N, r, p, maxmem: maxmemFor(N, r) });
}

function parse(encoded: string): Params | null {
  const m = FORMAT.exec(encoded);
  if (!m) return null;
  const [logN, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Never weaker than today's floor, never so costly that a check could hang the app.
  if (logN < 14 || logN > 20 || r < 8 || r > 16 || p < 1 || p > 4) return null;
  const salt = Buffer.from(m[4]!, 'base64');
  const key = Buffer.from(m[5]!, 'base64');
  if (salt.length < SALT_BYTES || key.length !== KEY_BYTES) return null;
  return { logN, r, p, salt, key };
}

/** A new hash of `password` with a fresh random salt. */
export function hashPassword(password: string): string {
  const salt = randomBytes(SALT_BYTES);
  const key = derive(password, salt, LOG_N, R, P, KEY_BYTES);
  return `$scrypt$ln=${LOG_N},r=${R},p=${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** Whether `password` matches `encoded`; false for a malformed or tampered hash. */
export function verifyPassword(password: string, encoded: string): boolean {
  const params = parse(encoded);
  if (!params) return false;
  const key = derive(password, params.salt, params.logN, params.r, params.p, params.key.length);
  return timingSafeEqual(key, params.key);
}

let dummy: string | null = null;

/**
 * Spends the time of one real check and answers false: used when the name is unknown (or the
 * account has no usable hash), so that how long a refusal takes does not tell names apart.
 */
export function verifyAgainstDummy(password: string): false {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  verifyPassword(password, dummy);
  return false;
}
