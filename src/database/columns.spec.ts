import { Resident } from '../residents/resident.entity';
import { columnLength } from './columns';

describe('columnLength', () => {
  it.each([
    ['fullName', 200],
    ['code', 20],
    ['ethnicityCode', 2],
    ['personalId', 12],
  ] as const)('reads Resident.%s from its @Column: %i', (property, length) => {
    expect(columnLength(Resident, property)).toBe(length);
  });

  it.each(['dateOfBirth', 'birthYear', 'guardians'] as const)(
    'refuses Resident.%s, a column without a length',
    (property) => {
      expect(() => columnLength(Resident, property)).toThrow(/not a column with a length/);
    },
  );
});
