import { diffFields } from './audit.service';

describe('diffFields', () => {
  it('omits unchanged fields and keeps changed ones with before and after', () => {
    expect(
      diffFields(
        { fullName: 'Nguyễn Thị Hoa', role: 'nurse', phone: '0912 345 678' },
        { fullName: 'Nguyễn Thị Hoà', role: 'nurse', phone: '0912 345 678' },
      ),
    ).toEqual({ fullName: { before: 'Nguyễn Thị Hoa', after: 'Nguyễn Thị Hoà' } });
  });

  it('gives an empty diff for identical states', () => {
    expect(diffFields({ a: 1, b: 'x', c: null }, { a: 1, b: 'x', c: null })).toEqual({});
  });

  it('compares dates by value, not by identity', () => {
    const same = diffFields(
      { lockedUntil: new Date('2026-03-01T08:00:00Z') },
      { lockedUntil: new Date('2026-03-01T08:00:00.000Z') },
    );
    expect(same).toEqual({});
    const moved = diffFields(
      { lockedUntil: new Date('2026-03-01T08:00:00Z') },
      { lockedUntil: new Date('2026-03-02T08:00:00Z') },
    );
    expect(moved).toEqual({
      lockedUntil: { before: '2026-03-01T08:00:00.000Z', after: '2026-03-02T08:00:00.000Z' },
    });
  });

  it('records a change of a secret field without its values', () => {
    const diff = diffFields(
      { passwordHash: '$argon2id$old', tokenHash: 'aaa', fullName: 'A' },
      { passwordHash: '$argon2id$new', tokenHash: 'bbb', fullName: 'A' },
    );
    expect(diff).toEqual({
      passwordHash: { before: '[redacted]', after: '[redacted]' },
      tokenHash: { before: '[redacted]', after: '[redacted]' },
    });
    expect(JSON.stringify(diff)).not.toMatch(/argon2|aaa|bbb/);
  });

  it('redacts the fields the caller names', () => {
    expect(diffFields({ hivStatus: 'negative' }, { hivStatus: 'positive' }, ['hivStatus'])).toEqual(
      { hivStatus: { before: '[redacted]', after: '[redacted]' } },
    );
  });

  it('records a creation (before = null) with every set field, secrets redacted', () => {
    const diff = diffFields(null, {
      id: 'u1',
      username: 'hoa',
      phone: null,
      passwordHash: '$argon2id$x',
      createdAt: new Date(),
      updatedAt: new Date(),
      version: 1,
    });
    expect(diff).toEqual({
      id: { before: null, after: 'u1' },
      username: { before: null, after: 'hoa' },
      passwordHash: { before: '[redacted]', after: '[redacted]' },
    });
  });

  it('treats a field missing on one side as null', () => {
    expect(diffFields({ phone: '0912345678' }, {})).toEqual({
      phone: { before: '0912345678', after: null },
    });
    expect(diffFields({}, { email: null })).toEqual({});
  });
});
