import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/**
 * Editors' passwords, hashed with scrypt from node:crypto (memory-hard, no native module to
 * build): `scrypt$N$r$p$<salt>$<key>`, salt and key in base64url. The cost is written into each
 * hash, so it can rise without breaking the hashes made before.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;
/** scrypt needs 128 · N · r bytes; Node's default ceiling is 32 MiB. */
const maxmem = (o: { N: number; r: number }) => 128 * o.N * o.r + 1024 * 1024;

function derive(password: string, salt: Buffer, options: ScryptOptions & { N: number; r: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password.normalize("NFC"), salt, KEY_BYTES, { ...options, maxmem: maxmem(options) }, (e, key) => (e ? reject(e) : resolve(key))));
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return ["scrypt", COST.N, COST.r, COST.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

const HASH = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9_-]{16,})\$([A-Za-z0-9_-]{43})$/;

/** Whether `hash` has the form hashPassword writes (and a cost this machine can pay). */
export function isPasswordHash(hash: string): boolean {
  const m = HASH.exec(hash);
  return Boolean(m && Number(m[1]) >= 2 ** 14 && Number(m[1]) <= 2 ** 20 && Number(m[2]) <= 32 && Number(m[3]) <= 16);
}

/** Whether `password` is the one `hash` was made from; takes as long whether it is or not. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  if (!isPasswordHash(hash)) return false;
  const [, n, r, p, salt, key] = HASH.exec(hash)!;
  const expected = Buffer.from(key!, "base64url");
  const actual = await derive(password, Buffer.from(salt!, "base64url"), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of no password anyone has: checked against for an unknown name, so that takes as long as a known one. */
export const UNUSABLE_HASH = `scrypt$${COST.N}$${COST.r}$${COST.p}$${"A".repeat(22)}$${"A".repeat(43)}`;
