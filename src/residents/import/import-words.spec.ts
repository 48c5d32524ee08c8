import { CATEGORY_WORDS, SEX_WORDS, Vocabulary, wordKey } from './import-words';

describe('import words', () => {
  it('reads a code or its words whatever the case, diacritics, hyphens and spaces', () => {
    expect(SEX_WORDS.code('NỮ')).toBe('female');
    expect(SEX_WORDS.code('nu')).toBe('female');
    expect(SEX_WORDS.code('female')).toBe('female');
    expect(CATEGORY_WORDS.code('trẻ em mồ côi cả cha và mẹ')).toBe('k1_child_orphan');
    expect(CATEGORY_WORDS.code('Tre em mo coi (khoan 1)')).toBe('k1_child_orphan');
    expect(wordKey('Khơ-mú')).toBe(wordKey('khomu'));
    expect(SEX_WORDS.code('Khác')).toBeUndefined();
  });

  it("reads a word that folds like another code's only as written", () => {
    const v = new Vocabulary([
      ['06', ['Mường']],
      ['99', ['Muong']],
      ['01', ['Kinh']],
    ]);
    expect(v.code('Mường')).toBe('06');
    expect(v.code('muong')).toBe('99');
    expect(v.code('MƯỜNG')).toBe('06');
    expect(v.code('Mương')).toBeUndefined();
    expect(v.code('kinh')).toBe('01');
    expect(v.label('06')).toBe('Mường');
  });
});
