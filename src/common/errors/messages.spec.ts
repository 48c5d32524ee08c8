import { FIELD_MESSAGES, fieldMessage, pickLang, PROBLEM_TITLES } from './messages';

describe('pickLang', () => {
  it.each<[string | undefined, 'vi' | 'en']>([
    [undefined, 'vi'],
    ['', 'vi'],
    ['vi', 'vi'],
    ['en', 'en'],
    ['EN', 'en'],
    ['en-US', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7', 'vi'],
    ['en-US,en;q=0.9,vi;q=0.8', 'en'],
    ['fr-FR, fr;q=0.9, en;q=0.8', 'en'],
    ['fr', 'vi'],
    ['*', 'vi'],
    ['de, vi;q=0.5', 'vi'],
    [' en ', 'en'],
    // Quality values decide, not the order they are written in (RFC 9110 §12.5.4).
    ['en;q=0.1, vi;q=0.9', 'vi'],
    ['vi;q=0.2, en', 'en'],
    // q=0 means "not acceptable".
    ['en;q=0', 'vi'],
    // Only the primary subtag counts: "enx" is not English.
    ['enx', 'vi'],
  ])('%j → %s', (header, expected) => {
    expect(pickLang(header)).toBe(expected);
  });
});

describe('fieldMessage', () => {
  it('gives the catalog text in the chosen language', () => {
    expect(fieldMessage('isDefined', 'vi', 'x is required')).toBe('Trường này là bắt buộc');
    expect(fieldMessage('isDefined', 'en', 'x is required')).toBe('This field is required');
  });

  it('puts the rule number into the message', () => {
    expect(fieldMessage('maxLength', 'en', 'too long', 120)).toBe('Must be at most 120 characters');
    expect(fieldMessage('maxLength', 'vi', 'too long', 120)).toBe('Không được dài quá 120 ký tự');
  });

  it('falls back to the validator text in English and a generic text in Vietnamese', () => {
    expect(fieldMessage('someNewRule', 'en', 'x must be odd')).toBe('x must be odd');
    expect(fieldMessage('someNewRule', 'vi', 'x must be odd')).toBe('Giá trị không hợp lệ');
  });

  it('has both languages, non-empty and distinct, for every title and field message', () => {
    for (const text of [...Object.values(PROBLEM_TITLES), ...Object.values(FIELD_MESSAGES)]) {
      expect(text.vi.length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
      expect(text.vi).not.toBe(text.en);
    }
  });
});
