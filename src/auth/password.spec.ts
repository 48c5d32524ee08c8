import 'reflect-metadata';
import { validateSync } from 'class-validator';
import {
  hashPassword,
  isCommonPassword,
  NotCommonPassword,
  passwordWeakness,
  PASSWORD_MIN_LENGTH,
  verifyPassword,
} from './password';

describe('isCommonPassword', () => {
  it.each([
    'password',
    'PASSWORD',
    'Password',
    '123456',
    '123456789012',
    'qwerty',
    'iloveyou',
    'trustno1',
    'football',
    'P@ssw0rd',
    // Vietnamese favourites are in the shipped list too.
    'anhyeuem',
    'matkhau',
  ])('refuses the common password %j', (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it.each([
    // A common word with digits, punctuation or spaces appended is as weak as the word.
    'password1234',
    'Password1234',
    'password!',
    'password2026!',
    'iloveyou2026!',
    'superman12345678',
    'dragon1234567',
    'football 2026',
    'anhyeuem123',
    'matkhau123456',
  ])('refuses %j, a common password with a short suffix', (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it.each([
    'Mèo con đi học về',
    'trời xanh mây trắng 2026',
    'hoa-sen-nở-rộ-giữa-hè',
    'hoa-chăm-sóc-2026',
    'toi yeu viet nam',
    'conmeoden-ngu-trua',
    'nguyenvana1990',
    'demo-2026-maiam',
    'correct horse battery staple',
    'a1b2c3d4e5f6',
  ])('allows the uncommon passphrase %j', (password) => {
    expect(isCommonPassword(password)).toBe(false);
  });

  it('does not strip a stem shorter than 4 characters down to a common word', () => {
    // "dog" is common; the suffix rule only applies to stems of at least 4 characters.
    expect(isCommonPassword('dog')).toBe(true);
    expect(isCommonPassword('dog#2')).toBe(false);
    expect(isCommonPassword('cat.;#')).toBe(false);
  });
});

describe('NotCommonPassword', () => {
  class Dto {
    @NotCommonPassword() password!: unknown;
  }
  const errorsFor = (password: unknown) => {
    const dto = new Dto();
    dto.password = password;
    return validateSync(dto);
  };

  it('refuses a common password with the code commonPassword', () => {
    const errors = errorsFor('password1234');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.property).toBe('password');
    expect(Object.keys(errors[0]?.constraints ?? {})).toEqual(['commonPassword']);
  });

  it('accepts an uncommon passphrase', () => {
    expect(errorsFor('trời xanh mây trắng 2026')).toEqual([]);
  });

  it('refuses a value that is not a string', () => {
    expect(errorsFor(123456789012)).toHaveLength(1);
  });

  it('requires at least 12 characters elsewhere (PASSWORD_MIN_LENGTH)', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
  });
});

describe('hashPassword / verifyPassword', () => {
  it('hashes with argon2id and a fresh salt, and verifies only the right password', async () => {
    const a = await hashPassword('trời xanh mây trắng 2026');
    const b = await hashPassword('trời xanh mây trắng 2026');
    expect(a).toMatch(/^\$argon2id\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('trời');
    await expect(verifyPassword(a, 'trời xanh mây trắng 2026')).resolves.toBe(true);
    await expect(verifyPassword(a, 'trời xanh mây trắng 2027')).resolves.toBe(false);
  });

  it('answers false, not an exception, for a hash it cannot read', async () => {
    await expect(verifyPassword('not-a-hash', 'whatever')).resolves.toBe(false);
    await expect(verifyPassword('', 'whatever')).resolves.toBe(false);
  });
});

describe('passwordWeakness (zxcvbn with the user’s own words)', () => {
  const user = { username: 'thu.le', fullNames: ['Lê Thị Thu'] };

  it.each([
    ['one letter repeated', 'aaaaaaaaaaaa'],
    ['twelve spaces', '            '],
    ['a keyboard row', 'qwertyuiopas'],
    ['the demo password', 'demo-2026-maiam'],
    ['the username with more', 'thu.le-correct-horse-battery'],
    ['the username in capitals', 'THU.LE!sông-núi-xa'],
    ['the full name without diacritics', 'lethithu1990!'],
  ])('refuses %s', (_what, password) => {
    expect(passwordWeakness(password, user)).toBe('weakPassword');
  });

  it('refuses a common password with its own code', () => {
    expect(passwordWeakness('password1234', user)).toBe('commonPassword');
  });

  it('checks every full name it is given', () => {
    expect(passwordWeakness('phamquockhanh88', user)).toBeNull();
    expect(
      passwordWeakness('phamquockhanh88', {
        ...user,
        fullNames: ['Lê Thị Thu', 'Phạm Quốc Khánh'],
      }),
    ).toBe('weakPassword');
  });

  it.each(['mây-trắng-bay-2026-xyz', 'gió-đồng-nội-2027-qrs', 'correct horse battery staple'])(
    'accepts %j',
    (password) => {
      expect(passwordWeakness(password, user)).toBeNull();
    },
  );
});
