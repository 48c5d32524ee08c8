import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import * as argon2 from 'argon2';
import { registerDecorator, ValidationOptions } from 'class-validator';
import { invalid } from '../common/errors/problem.exception';

zxcvbnOptions.setOptions({ dictionary, graphs: adjacencyGraphs });

/** ~49,000 most common passwords, shipped with @zxcvbn-ts/language-common. */
const COMMON = new Set<string>(dictionary.passwords.map((p) => p.toLowerCase()));

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return true;
  // "password1234" or "iloveyou2026!" is as weak as the common word it starts with.
  const stem = lower.replace(/[\d\p{P}\p{S}\s]{1,6}$/u, '');
  return stem.length >= 4 && stem !== lower && COMMON.has(stem);
}

/** Refuses passwords in the shipped list of common passwords (error code `commonPassword`). */
export function NotCommonPassword(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'commonPassword',
      target: target.constructor,
      propertyName,
      options: { message: 'password is too common', ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && !isCommonPassword(value),
      },
    });
}

/**
 * zxcvbn's score (0–4) a password needs: 3 is "safely unguessable" (about 10^8 guesses or more),
 * what zxcvbn's authors advise for accounts an attacker can only try online.
 */
export const PASSWORD_MIN_SCORE = 3;

/**
 * The demo accounts' password (seed/demo-seed.ts, demo mode only). It lives here, below the seed,
 * because the policy refuses it for every real account.
 */
export const DEMO_PASSWORD = 'demo-2026-maiam';

/** Words every password guesser of this service would try first. */
const SERVICE_WORDS = ['maiam', 'mai am', 'mái ấm', 'bảo trợ', 'bao tro', DEMO_PASSWORD];

/** Lower case without diacritics (đ → d): "Nguyễn Thị Hoa" → "nguyen thi hoa". */
const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();

/** The user's own words: the username and its parts; each full name, run together, and its words. */
function ownWords(username: string, fullNames: readonly string[]): string[] {
  const user = fold(username);
  const names = fullNames.flatMap((fullName) => {
    const name = fold(fullName);
    const words = name.split(/\s+/).filter((w) => w.length > 0);
    return [name, words.join(''), ...words];
  });
  return [user, ...user.split(/[._-]+/), ...names];
}

/**
 * Why a password is too weak for this user, or null. Length and the common-password list are
 * checked by the DTO; this adds what needs the user's own words: zxcvbn with the username, the
 * full name and this service's words as its dictionary, and a plain refusal of a password that
 * contains the username (code `weakPassword`). The demo seed alone bypasses it (demo mode only).
 */
export function passwordWeakness(
  password: string,
  user: { username: string; fullNames: readonly string[] },
): 'commonPassword' | 'weakPassword' | null {
  if (isCommonPassword(password)) return 'commonPassword';
  const folded = fold(password);
  const username = fold(user.username);
  if (username.length >= 3 && folded.includes(username)) return 'weakPassword';
  const words = [...ownWords(user.username, user.fullNames), ...SERVICE_WORDS].filter(
    (w) => w.length >= 3,
  );
  return zxcvbn(password, words).score < PASSWORD_MIN_SCORE ? 'weakPassword' : null;
}

/** Refuses (400 naming `password`) a password too weak for this user. */
export function assertStrongPassword(
  password: string,
  user: { username: string; fullNames: readonly string[] },
): void {
  const weakness = passwordWeakness(password, user);
  if (weakness) throw invalid([{ field: 'password', code: weakness }]);
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Verified against when the username does not exist, so both cases take the same time. */
let dummyHash: Promise<string> | undefined;
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-used-for-timing');
  return dummyHash;
}
