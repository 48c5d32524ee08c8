import { dictionary } from '@zxcvbn-ts/language-common';
import * as argon2 from 'argon2';
import { registerDecorator, ValidationOptions } from 'class-validator';

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
