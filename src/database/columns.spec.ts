import { Column } from 'typeorm';
import { columnLength } from './columns';

/** Columns like the register's, on the spec's own class: the database layer imports no feature. */
class Person {
  @Column({ type: 'varchar', length: 200 }) fullName!: string;
  @Column({ type: 'varchar', length: 20 }) code!: string;
  @Column({ type: 'char', length: 2 }) ethnicityCode!: string;
  @Column({ type: 'varchar', length: 12 }) personalId!: string;
  @Column({ type: 'date', nullable: true }) dateOfBirth!: string | null;
  @Column({ type: 'smallint', nullable: true }) birthYear!: number | null;
  @Column({ type: 'jsonb' }) guardians!: unknown[];
}

describe('columnLength', () => {
  it.each([
    ['fullName', 200],
    ['code', 20],
    ['ethnicityCode', 2],
    ['personalId', 12],
  ] as const)('reads Person.%s from its @Column: %i', (property, length) => {
    expect(columnLength(Person, property)).toBe(length);
  });

  it.each(['dateOfBirth', 'birthYear', 'guardians'] as const)(
    'refuses Person.%s, a column without a length',
    (property) => {
      expect(() => columnLength(Person, property)).toThrow(/not a column with a length/);
    },
  );
});
