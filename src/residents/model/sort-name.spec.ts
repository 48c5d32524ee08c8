import { SORT_NAME_LENGTH, sortNameOf } from './identifiers';

describe('sortNameOf', () => {
  it('sorts by the given name first, without diacritics', () => {
    expect(sortNameOf('Nguyễn Thị Ánh')).toBe('anh nguyen thi anh');
  });

  it('fits its column even for a one-word name of the longest length', () => {
    const key = sortNameOf('Đ'.repeat(200));
    expect(key).toHaveLength(SORT_NAME_LENGTH);
    expect(key.startsWith('d'.repeat(200))).toBe(true);
  });
});
