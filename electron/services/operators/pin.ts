import crypto from 'node:crypto';

/**
 * PINs and passphrases are stored only as a salted scrypt hash (Node's crypto, memory-hard, slow
 * on purpose) with its parameters, so they can be raised later without invalidating old hashes:
 * `scrypt$N$r$p$salt$hash` (salt and hash in base64). A four-digit PIN has only 10,000 values,
 * so the hash alone would not stop someone holding the file; the lock after wrong PINs
 * (accounts.ts) is what stops guessing at the keyboard, and the hash keeps the PIN itself (often
 * reused elsewhere) out of the file, the logs and the audit trail.
 */
const N = 16384;
const R = 8;
const P = 1;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** scrypt needs 128 · N · r bytes; Node's default cap (32 MB) is enough, the explicit one documents it. */
const maxmem = (n: number, r: number) => 256 * n * r;

export function hashPin(pin: string): string {
  const salt = crypto.randomBytes(SALT_BYTES);
  const hash = crypto.scryptSync(pin.normalize('NFC'), salt, KEY_BYTES, { N, r: R, p: P, maxmem: maxmem(N, R) });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** Whether `pin` matches a stored hash; false (never an exception) for a malformed one. */
export function verifyPin(pin: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every((v) => Number.isInteger(v) && v > 0)) return false;
  const expected = Buffer.from(hash, 'base64');
  try {
    const actual = crypto.scryptSync(pin.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
      ...params,
      maxmem: maxmem(params.N, params.r),
    });
    return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}
