import { checkCccd, foldName, isHealthInsuranceNumber } from './identifiers';
import type { Sex } from './resident.enums';

describe('checkCccd', () => {
  it.each<[string, Sex | null, number | null, ReturnType<typeof checkCccd>]>([
    // 4th digit 0/1 = male/female born 1900s; 5th–6th the year.
    ['033190123456', 'female', 1990, null],
    ['033090123456', 'male', 1990, null],
    ['001099000001', 'male', 1999, null],
    ['079100000000', 'female', 1900, null],
    // 2/3 = 2000s.
    ['033205123456', 'male', 2005, null],
    ['033305123456', 'female', 2005, null],
    ['033200123456', 'male', 2000, null],
    // 4/5 = 2100s.
    ['033400123456', 'male', 2100, null],
    ['033501123456', 'female', 2101, null],
    // Nothing known about the person: only the shape is checked.
    ['033190123456', null, null, null],
    ['033905123456', null, null, 'century'],
    // Shape.
    ['03319012345', 'female', 1990, 'format'],
    ['0331901234567', 'female', 1990, 'format'],
    ['03319012345a', 'female', 1990, 'format'],
    ['033 90123456', 'female', 1990, 'format'],
    ['', null, null, 'format'],
    // Sex contradicts the 4th digit.
    ['033190123456', 'male', 1990, 'sex'],
    ['033205123456', 'female', 2005, 'sex'],
    ['033400123456', 'female', null, 'sex'],
    // Century contradicts the 4th digit.
    ['033190123456', 'female', 2090, 'century'],
    ['033205123456', 'male', 1905, 'century'],
    ['033605123456', 'male', 2005, 'century'],
    ['033705123456', 'female', 2005, 'century'],
    // Year digits contradict the birth year.
    ['033190123456', 'female', 1991, 'birthYear'],
    ['033205123456', 'male', 2006, 'birthYear'],
    ['033200123456', 'male', 2010, 'birthYear'],
  ])('%s, %s born %s → %s', (id, sex, year, expected) => {
    expect(checkCccd(id, sex, year)).toBe(expected);
  });
});

describe('foldName', () => {
  it.each([
    ['Đặng Thị Ánh', 'dang thi anh'],
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    ['NGUYỄN VĂN AN', 'nguyen van an'],
    ['  Lò   Thị\tMai ', 'lo thi mai'],
    ['đỗ đình đạt', 'do dinh dat'],
    ['Hà Thị Hương', 'ha thi huong'],
    ['Ơ Đu', 'o du'],
    ['Phạm Quốc Bảo', 'pham quoc bao'],
  ])('%j → %j', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });

  it('folds a decomposed (NFD) name exactly like the composed one', () => {
    const nfc = 'Đặng Thị Ánh'.normalize('NFC');
    const nfd = 'Đặng Thị Ánh'.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(foldName(nfd)).toBe('dang thi anh');
    expect(foldName(nfd)).toBe(foldName(nfc));
  });

  it('keeps names that differ in letters apart', () => {
    expect(foldName('Nguyễn Văn An')).not.toBe(foldName('Nguyễn Văn Anh'));
  });
});

describe('isHealthInsuranceNumber', () => {
  it.each([
    ['0123456789', true],
    ['9999999999', true],
    ['DN4010123456789', true],
    ['GD4792021234567', true],
    ['012345678', false],
    ['01234567890', false],
    ['dn4010123456789', false],
    ['DN401012345678', false],
    ['DN40101234567890', false],
    ['D14010123456789', false],
    ['DN4A10123456789', false],
    ['012345678a', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isHealthInsuranceNumber(value)).toBe(expected);
  });
});
